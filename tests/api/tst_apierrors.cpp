// Every way an API call can fail over HTTP, against an in-process fentu-sandbox: the error
// mapping, the retries of GETs (and the absence of retries for writes), and bad bodies.
#include "api/apiclient.h"
#include "apitestsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace fentu;
using namespace fentu::test;

class TestApiErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void badRequestIs400();
    void wrongKeyIs401();
    void readOnlyKeyReadsButCannotWrite();
    void unknownOrderIs404();
    void dotIdsAddressNoOtherResource();
    void validationErrorCarriesDetails();
    void rateLimitHonoursRetryAfter();
    void rateLimitBeyondTheCapFailsWithTheWait();
    void serverErrorIsRetriedThenSucceeds();
    void serverErrorsExhaustTheAttempts();
    void writesAreNeverRetried();
    void malformedJsonIsMalformedBody();
    void truncatedBodyIsNetworkError();
    void htmlErrorPageIsCleanHttpError();
    void slowServerTimesOut();

private:
    WorkOrderSummary anyOrder();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiErrors::initTestCase()
{
    QString error;
    m_server = startedSandbox(30, &error);
    QVERIFY2(m_server, qPrintable(error));
}

void TestApiErrors::init()
{
    // A fresh client per test: settings changed by one test never leak into the next.
    m_server->setFaults({});
    m_client = connectedClient(*m_server, quickRetries());
}

WorkOrderSummary TestApiErrors::anyOrder()
{
    WorkOrderQuery query;
    query.perPage = 1;
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders(query, this, done.callback());
    if (!done.wait() || !done.result().isOk() || done.result().value().items.isEmpty())
        return {};
    return done.result().value().items.first();
}

void TestApiErrors::badRequestIs400()
{
    const int before = m_server->requestCount();
    WorkOrderQuery query;
    query.perPage = 500; // the reference caps per_page at 100
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders(query, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY(!error.serverMessage().isEmpty());
    QVERIFY(error.userMessage().contains(error.serverMessage()));
    QCOMPARE(m_server->requestCount() - before, 1); // a 400 is not worth repeating
    QCOMPARE(error.attempts(), 1);
}

void TestApiErrors::wrongKeyIs401()
{
    const QString wrongKey = u"not-the-demo-key-0123456789"_s;
    m_client->setApiKey(wrongKey);
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.userMessage(), u"The API key was refused. Update it in Settings."_s);
    QVERIFY(!error.userMessage().contains(wrongKey));
    QVERIFY(!error.technicalDetail().contains(wrongKey));
    QVERIFY(!error.serverMessage().contains(wrongKey));

    m_client->setApiKey(QString());
    QVERIFY(!m_client->hasApiKey());
    Recorder<Page<WorkOrderSummary>> keyless;
    m_client->listWorkOrders({}, this, keyless.callback());
    QVERIFY(keyless.wait());
    QVERIFY(!keyless.result().isOk());
    QCOMPARE(keyless.result().error().httpStatus(), 401);
}

void TestApiErrors::readOnlyKeyReadsButCannotWrite()
{
    const WorkOrderSummary order = anyOrder();
    QVERIFY(!order.id.isEmpty());
    m_client->setApiKey(m_server->options().readOnlyKey);

    Recorder<WorkOrder> read;
    m_client->getWorkOrder(order.id, this, read.callback());
    QVERIFY(read.wait());
    QVERIFY(read.result().isOk());

    NewWorkOrder input;
    input.customerId = order.customer.id;
    input.description = u"read-only attempt"_s;
    Recorder<WorkOrder> created;
    m_client->createWorkOrder(input, this, created.callback());
    WorkOrderPatch patch;
    patch.setDescription(u"changed"_s);
    Recorder<WorkOrder> updated;
    m_client->updateWorkOrder(order.id, patch, this, updated.callback());
    Recorder<NoContent> removed;
    m_client->deleteWorkOrder(order.id, this, removed.callback());
    QVERIFY(created.wait());
    QVERIFY(updated.wait());
    QVERIFY(removed.wait());
    for (const ApiError &error :
         {created.result().error(), updated.result().error(), removed.result().error()}) {
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), 403);
        QCOMPARE(error.userMessage(),
                 u"This API key may only read; it cannot change work orders."_s);
    }

    // Nothing changed.
    m_client->setApiKey(m_server->options().key);
    Recorder<WorkOrder> after;
    m_client->getWorkOrder(order.id, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(after.result().isOk());
    QCOMPARE(after.result().value().description, read.result().value().description);
}

void TestApiErrors::unknownOrderIs404()
{
    Recorder<WorkOrder> done;
    m_client->getWorkOrder(u"wo-does-not-exist"_s, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    QCOMPARE(done.result().error().kind(), ApiError::Kind::Http);
    QCOMPARE(done.result().error().httpStatus(), 404);
    QCOMPARE(done.result().error().subject(), ApiError::Subject::WorkOrder);
    QCOMPARE(done.result().error().userMessage(),
             u"That work order no longer exists (it may have been deleted)."_s);

    // An id with URL delimiters stays one path segment: still a 404 for that id, not
    // another resource.
    Recorder<WorkOrder> tricky;
    m_client->getWorkOrder(u"../customers?x=1#y"_s, this, tricky.callback());
    QVERIFY(tricky.wait());
    QVERIFY(!tricky.result().isOk());
    QCOMPARE(tricky.result().error().httpStatus(), 404);

    // An empty id is refused without a request: it would address the list.
    const int before = m_server->requestCount();
    Recorder<WorkOrder> empty;
    m_client->getWorkOrder(QString(), this, empty.callback());
    QCOMPARE(empty.count(), 0);
    QVERIFY(empty.wait());
    QCOMPARE(empty.result().error().httpStatus(), 404);
    QCOMPARE(empty.result().error().attempts(), 0);
    QCOMPARE(m_server->requestCount(), before);
}

void TestApiErrors::dotIdsAddressNoOtherResource()
{
    // "." and ".." are dot segments: sent as they are, "/work-orders/." becomes the list and
    // "/work-orders/.." the API root. Whatever the client does with them, the sandbox must see
    // no other resource: a 404 for that id (or no request at all), and nothing deleted.
    WorkOrderQuery all;
    all.perPage = 1;
    Recorder<Page<WorkOrderSummary>> before;
    m_client->listWorkOrders(all, this, before.callback());
    QVERIFY(before.wait());
    QVERIFY(before.result().isOk());
    const qint64 total = before.result().value().meta.totalCount;

    for (const QString &id : {u"."_s, u".."_s, u"../x"_s, u"%2e"_s, u"a/b"_s}) {
        Recorder<WorkOrder> got;
        m_client->getWorkOrder(id, this, got.callback());
        QVERIFY(got.wait());
        QVERIFY2(!got.result().isOk() && got.result().error().httpStatus() == 404,
                 qPrintable(id + u": "_s + describe(got.result())));

        WorkOrderPatch patch;
        patch.setNotes(u"not for the list"_s);
        Recorder<WorkOrder> put;
        m_client->updateWorkOrder(id, patch, this, put.callback());
        QVERIFY(put.wait());
        QVERIFY2(!put.result().isOk() && put.result().error().httpStatus() == 404,
                 qPrintable(id + u": "_s + describe(put.result())));

        Recorder<NoContent> removed;
        m_client->deleteWorkOrder(id, this, removed.callback());
        QVERIFY(removed.wait());
        QVERIFY2(!removed.result().isOk() && removed.result().error().httpStatus() == 404,
                 qPrintable(id + u": "_s + describe(removed.result())));

        Recorder<Customer> customer;
        m_client->getCustomer(id, this, customer.callback());
        QVERIFY(customer.wait());
        QVERIFY2(!customer.result().isOk() && customer.result().error().httpStatus() == 404,
                 qPrintable(id + u": "_s + describe(customer.result())));
    }

    Recorder<Page<WorkOrderSummary>> after;
    m_client->listWorkOrders(all, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(after.result().isOk());
    QCOMPARE(after.result().value().meta.totalCount, total);
}

void TestApiErrors::validationErrorCarriesDetails()
{
    NewWorkOrder input;
    input.customerId = u"cust-that-does-not-exist"_s;
    input.description = u"Will be refused"_s;
    Recorder<WorkOrder> done;
    m_client->createWorkOrder(input, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.code(), u"validation_error"_s);
    QVERIFY(!error.details().isEmpty());
    QCOMPARE(error.details().first().field, u"customer_id"_s);
    QVERIFY(!error.details().first().message.isEmpty());
    QVERIFY(error.userMessage().startsWith(u"The server refused the changes:"_s));
    QVERIFY(error.userMessage().contains(u"customer_id"_s));
    QVERIFY(error.userMessage().contains(error.details().first().message));
}

void TestApiErrors::rateLimitHonoursRetryAfter()
{
    const int before = m_server->requestCount();
    m_server->failNext(1, 429, 1);
    QElapsedTimer clock;
    clock.start();
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(done.result().isOk(), qPrintable(describe(done.result())));
    QVERIFY2(elapsed >= 1000, qPrintable(u"retried after only %1 ms"_s.arg(elapsed)));
    QCOMPARE(m_server->requestCount() - before, 2);
}

void TestApiErrors::rateLimitBeyondTheCapFailsWithTheWait()
{
    RetryPolicy policy = quickRetries();
    policy.maxRetryAfter = 500ms; // the server's 3 s is more than we are willing to wait
    m_client->setRetryPolicy(policy);
    const int before = m_server->requestCount();
    m_server->failNext(1, 429, 3);
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.retryAfterSeconds(), 3);
    QVERIFY(error.userMessage().contains(u"rate limited"_s));
    QVERIFY(error.userMessage().contains(u"Try again in 3"_s));
    QCOMPARE(m_server->requestCount() - before, 1);
}

void TestApiErrors::serverErrorIsRetriedThenSucceeds()
{
    const int before = m_server->requestCount();
    m_server->failNext(2, 503);
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY2(done.result().isOk(), qPrintable(describe(done.result())));
    QVERIFY(!done.result().value().items.isEmpty());
    QCOMPARE(m_server->requestCount() - before, 3);
}

void TestApiErrors::serverErrorsExhaustTheAttempts()
{
    m_client->setRetryPolicy(quickRetries(3));
    const int before = m_server->requestCount();
    m_server->failNext(3, 500);
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 500);
    QCOMPARE(error.attempts(), 3);
    QCOMPARE(m_server->requestCount() - before, 3);
    QVERIFY(error.userMessage().startsWith(u"The server had a problem (HTTP 500)."_s));
    QVERIFY(error.userMessage().contains(u"3"_s));
}

void TestApiErrors::writesAreNeverRetried()
{
    const WorkOrderSummary order = anyOrder();
    QVERIFY(!order.id.isEmpty());

    NewWorkOrder input;
    input.customerId = order.customer.id;
    input.description = u"Must not be created twice"_s;
    int before = m_server->requestCount();
    m_server->failNext(1, 500);
    Recorder<WorkOrder> created;
    m_client->createWorkOrder(input, this, created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created.result().error().httpStatus(), 500);
    QCOMPARE(created.result().error().attempts(), 1);
    QCOMPARE(m_server->requestCount() - before, 1);

    before = m_server->requestCount();
    m_server->failNext(1, 503);
    WorkOrderPatch patch;
    patch.setDescription(u"x"_s);
    Recorder<WorkOrder> updated;
    m_client->updateWorkOrder(order.id, patch, this, updated.callback());
    QVERIFY(updated.wait());
    QCOMPARE(updated.result().error().httpStatus(), 503);
    QCOMPARE(m_server->requestCount() - before, 1);

    before = m_server->requestCount();
    m_server->failNext(1, 500);
    Recorder<NoContent> removed;
    m_client->deleteWorkOrder(order.id, this, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.result().error().httpStatus(), 500);
    QCOMPARE(m_server->requestCount() - before, 1);

    // The failed delete really did nothing: the order is still there.
    Recorder<WorkOrder> still;
    m_client->getWorkOrder(order.id, this, still.callback());
    QVERIFY(still.wait());
    QVERIFY(still.result().isOk());
}

void TestApiErrors::malformedJsonIsMalformedBody()
{
    m_client->setRetryPolicy(quickRetries(2));
    sandbox::Faults faults;
    faults.malformedShare = 1.0;
    m_server->setFaults(faults);
    const int before = m_server->requestCount();
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.kind(), ApiError::Kind::MalformedBody);
    QVERIFY(!error.technicalDetail().isEmpty()); // the codec's explanation
    QCOMPARE(error.userMessage(), u"The server sent an answer Fentu Desk cannot read."_s);
    // Retried like any transient failure of a GET (see ApiError::isTransient).
    QCOMPARE(error.attempts(), 2);
    QCOMPARE(m_server->requestCount() - before, 2);

    // The sync's call decodes off the GUI thread; the same garbled page ends in the same
    // error, retries included.
    Recorder<ReceivedOrderPage> received;
    m_client->listWorkOrdersAsReceived({}, this, received.callback());
    QVERIFY(received.wait());
    QVERIFY(!received.result().isOk());
    const ApiError &offThread = received.result().error();
    QCOMPARE(offThread.kind(), error.kind());
    QCOMPARE(offThread.technicalDetail(), error.technicalDetail());
    QCOMPARE(offThread.userMessage(), error.userMessage());
    QCOMPARE(offThread.attempts(), 2);
    QCOMPARE(int(offThread.subject()), int(error.subject()));
    QCOMPARE(offThread.endpoint(), error.endpoint());
    QCOMPARE(m_server->requestCount() - before, 4);
}

void TestApiErrors::truncatedBodyIsNetworkError()
{
    m_client->setRetryPolicy(quickRetries(1));
    sandbox::Faults faults;
    faults.truncatedShare = 1.0;
    m_server->setFaults(faults);
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    QCOMPARE(done.result().error().kind(), ApiError::Kind::Network);
    QVERIFY(!done.result().error().userMessage().isEmpty());
}

void TestApiErrors::htmlErrorPageIsCleanHttpError()
{
    m_client->setRetryPolicy(quickRetries(2));
    sandbox::Faults faults;
    faults.serverErrorShare = 1.0;
    m_server->setFaults(faults);
    Recorder<WorkOrder> done;
    m_client->getWorkOrder(u"wo-any"_s, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    const ApiError &error = done.result().error();
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QVERIFY(error.httpStatus() >= 500);
    QVERIFY(error.details().isEmpty());
    QVERIFY(!error.userMessage().contains(u'<'));
    QVERIFY(error.userMessage().contains(u"HTTP %1"_s.arg(error.httpStatus())));
    QCOMPARE(error.attempts(), 2);
}

void TestApiErrors::slowServerTimesOut()
{
    m_client->setRetryPolicy(quickRetries(1));
    m_client->setTimeout(300ms);
    sandbox::Faults faults;
    faults.slowFirstByteMs = 3000;
    m_server->setFaults(faults);
    QElapsedTimer clock;
    clock.start();
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders({}, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(!done.result().isOk());
    QCOMPARE(done.result().error().kind(), ApiError::Kind::Timeout);
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(done.result().error().userMessage().contains(u"did not answer in time"_s));
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
