// Every operation of the API client against an in-process fentu-sandbox over loopback.
#include "api/apiclient.h"
#include "apitestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

class TestApiOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheFirstPage();
    void pagePastTheEndIsEmpty();
    void filtersByStatus();
    void filtersByCustomer();
    void filtersByTechnician();
    void filtersByDateRange();
    void getsOneOrder();
    void createsAnOrder();
    void updatesPartiallyAndClearsWithNull();
    void deletesThenAnswers404();
    void searchesCustomers();
    void getsACustomerWithContacts();
    void listsTechnicians();

private:
    Page<WorkOrderSummary> list(const WorkOrderQuery &query);
    WorkOrder create(const NewWorkOrder &order);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    Page<WorkOrderSummary> m_all; // every seeded order, for choosing filter values
};

void TestApiOperations::initTestCase()
{
    QString error;
    m_server = startedSandbox(80, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_client = connectedClient(*m_server);

    WorkOrderQuery all;
    all.perPage = 100;
    m_all = list(all);
    QCOMPARE(m_all.items.size(), 80);
}

Page<WorkOrderSummary> TestApiOperations::list(const WorkOrderQuery &query)
{
    Recorder<Page<WorkOrderSummary>> done;
    m_client->listWorkOrders(query, this, done.callback());
    if (!done.wait() || !done.result().isOk()) {
        qWarning("list failed: %s",
                 done.count() ? qPrintable(done.result().error().technicalDetail()) : "no answer");
        return {};
    }
    return done.result().value();
}

WorkOrder TestApiOperations::create(const NewWorkOrder &order)
{
    Recorder<WorkOrder> done;
    m_client->createWorkOrder(order, this, done.callback());
    if (!done.wait() || !done.result().isOk()) {
        qWarning("create failed: %s",
                 done.count() ? qPrintable(done.result().error().technicalDetail()) : "no answer");
        return {};
    }
    return done.result().value();
}

void TestApiOperations::listsTheFirstPage()
{
    WorkOrderQuery query;
    query.perPage = 10;
    const Page<WorkOrderSummary> page = list(query);
    QCOMPARE(page.items.size(), 10);
    QCOMPARE(page.meta.currentPage, 1);
    QCOMPARE(page.meta.totalCount, 80);
    QCOMPARE(page.meta.totalPages, 8);
    for (const WorkOrderSummary &order : page.items) {
        QVERIFY(!order.id.isEmpty());
        QVERIFY(order.number.startsWith(u"WO-"_s));
        QVERIFY(!order.customer.name.isEmpty());
    }
    // Page 2 continues where page 1 stopped.
    query.page = 2;
    const Page<WorkOrderSummary> second = list(query);
    QCOMPARE(second.items.size(), 10);
    QCOMPARE(second.items.first().id, m_all.items.at(10).id);
}

void TestApiOperations::pagePastTheEndIsEmpty()
{
    WorkOrderQuery query;
    query.page = 99;
    query.perPage = 10;
    const Page<WorkOrderSummary> page = list(query);
    QVERIFY(page.items.isEmpty());
    QCOMPARE(page.meta.totalCount, 80);
}

void TestApiOperations::filtersByStatus()
{
    int expected = 0;
    for (const WorkOrderSummary &order : m_all.items)
        expected += order.status == Status::Completed ? 1 : 0;
    QVERIFY(expected > 0);
    WorkOrderQuery query;
    query.status = Status::Completed;
    const Page<WorkOrderSummary> page = list(query);
    QCOMPARE(page.items.size(), expected);
    for (const WorkOrderSummary &order : page.items)
        QCOMPARE(order.status, Status::Completed);
}

void TestApiOperations::filtersByCustomer()
{
    const QString customer = m_all.items.first().customer.id;
    int expected = 0;
    for (const WorkOrderSummary &order : m_all.items)
        expected += order.customer.id == customer ? 1 : 0;
    WorkOrderQuery query;
    query.customerId = customer;
    const Page<WorkOrderSummary> page = list(query);
    QCOMPARE(page.items.size(), expected);
    for (const WorkOrderSummary &order : page.items)
        QCOMPARE(order.customer.id, customer);
}

void TestApiOperations::filtersByTechnician()
{
    // Rows may not carry the technician; the detail of an order does.
    QString technician;
    for (const WorkOrderSummary &order : m_all.items) {
        Recorder<WorkOrder> detail;
        m_client->getWorkOrder(order.id, this, detail.callback());
        QVERIFY(detail.wait());
        QVERIFY(detail.result().isOk());
        if (detail.result().value().technician) {
            technician = detail.result().value().technician->id;
            break;
        }
    }
    QVERIFY(!technician.isEmpty());
    WorkOrderQuery query;
    query.technicianId = technician;
    const Page<WorkOrderSummary> page = list(query);
    QVERIFY(!page.items.isEmpty());
    QVERIFY(page.items.size() < m_all.items.size());
    for (const WorkOrderSummary &order : page.items) {
        Recorder<WorkOrder> detail;
        m_client->getWorkOrder(order.id, this, detail.callback());
        QVERIFY(detail.wait());
        QVERIFY(detail.result().isOk());
        QVERIFY(detail.result().value().technician.has_value());
        QCOMPARE(detail.result().value().technician->id, technician);
    }
}

void TestApiOperations::filtersByDateRange()
{
    const QDate from = m_all.items.at(20).scheduledDate.date();
    const QDate to = from.addDays(7);
    int expected = 0;
    for (const WorkOrderSummary &order : m_all.items) {
        const QDate day = order.scheduledDate.date();
        expected += order.scheduledDate.isValid() && day >= from && day <= to ? 1 : 0;
    }
    QVERIFY(expected > 0);
    WorkOrderQuery query;
    query.fromDate = from;
    query.toDate = to;
    const Page<WorkOrderSummary> page = list(query);
    QCOMPARE(page.items.size(), expected);
    for (const WorkOrderSummary &order : page.items) {
        QVERIFY(order.scheduledDate.isValid());
        QVERIFY(order.scheduledDate.date() >= from);
        QVERIFY(order.scheduledDate.date() <= to);
    }
}

void TestApiOperations::getsOneOrder()
{
    const WorkOrderSummary &row = m_all.items.at(5);
    Recorder<WorkOrder> done;
    m_client->getWorkOrder(row.id, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(done.result().isOk());
    const WorkOrder &order = done.result().value();
    QCOMPARE(order.id, row.id);
    QCOMPARE(order.number, row.number);
    QCOMPARE(order.status, row.status);
    QCOMPARE(order.customer.id, row.customer.id);
    QVERIFY(!order.description.isEmpty());
    QVERIFY(order.createdAt.isValid());
}

void TestApiOperations::createsAnOrder()
{
    NewWorkOrder input;
    input.customerId = m_all.items.first().customer.id;
    input.workOrderType = u"service"_s;
    input.priority = Priority::High;
    input.description = u"Replace the compressor & check \"refrigerant\" — ünïcode"_s;
    input.scheduledDate = QDateTime(QDate(2031, 2, 1), QTime(10, 0), Qt::UTC);
    input.estimatedDuration = 90;
    const WorkOrder created = create(input);
    QVERIFY(!created.id.isEmpty());
    QVERIFY(created.number.startsWith(u"WO-"_s));
    QCOMPARE(created.status, Status::Open);

    Recorder<WorkOrder> fetched;
    m_client->getWorkOrder(created.id, this, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY(fetched.result().isOk());
    QCOMPARE(fetched.result().value().description, input.description);
    QCOMPARE(fetched.result().value().priority, Priority::High);
    QCOMPARE(fetched.result().value().scheduledDate, input.scheduledDate);
    QCOMPARE(fetched.result().value().estimatedDuration, std::optional<int>(90));
    QCOMPARE(fetched.result().value().customer.id, input.customerId);
}

void TestApiOperations::updatesPartiallyAndClearsWithNull()
{
    // An order with everything optional set, to clear some of it.
    Recorder<Page<Technician>> technicians;
    m_client->listTechnicians(1, 100, this, technicians.callback());
    QVERIFY(technicians.wait());
    QVERIFY(technicians.result().isOk());
    QVERIFY(!technicians.result().value().items.isEmpty());
    NewWorkOrder input;
    input.customerId = m_all.items.first().customer.id;
    input.description = u"Partial update target"_s;
    input.technicianId = technicians.result().value().items.first().id;
    input.scheduledDate = QDateTime(QDate(2031, 3, 1), QTime(8, 0), Qt::UTC);
    input.estimatedDuration = 45;
    input.notes = u"Ring twice"_s;
    const WorkOrder created = create(input);
    QVERIFY(!created.id.isEmpty());

    WorkOrderPatch patch;
    patch.setStatus(Status::OnHold);
    patch.setNotes(QString());                // null: clears
    patch.setEstimatedDuration(std::nullopt); // null: clears
    patch.setScheduledDate(QDateTime());      // null: clears
    Recorder<WorkOrder> updated;
    m_client->updateWorkOrder(created.id, patch, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated.result().isOk(), qPrintable(describe(updated.result())));
    const WorkOrder &after = updated.result().value();
    QCOMPARE(after.id, created.id);
    QCOMPARE(after.status, Status::OnHold);
    QVERIFY(after.notes.isEmpty());
    QVERIFY(!after.estimatedDuration.has_value());
    QVERIFY(!after.scheduledDate.isValid());
    // Fields absent from the patch are untouched.
    QCOMPARE(after.description, input.description);
    QVERIFY(after.technician.has_value());
    QCOMPARE(after.technician->id, input.technicianId);

    Recorder<WorkOrder> fetched;
    m_client->getWorkOrder(created.id, this, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY(fetched.result().isOk());
    QCOMPARE(fetched.result().value().status, Status::OnHold);
    QVERIFY(fetched.result().value().notes.isEmpty());
    QVERIFY(!fetched.result().value().scheduledDate.isValid());
}

void TestApiOperations::deletesThenAnswers404()
{
    NewWorkOrder input;
    input.customerId = m_all.items.first().customer.id;
    input.description = u"To be deleted"_s;
    const WorkOrder created = create(input);
    QVERIFY(!created.id.isEmpty());

    Recorder<NoContent> removed;
    m_client->deleteWorkOrder(created.id, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.result().isOk());

    Recorder<WorkOrder> fetched;
    m_client->getWorkOrder(created.id, this, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY(!fetched.result().isOk());
    QCOMPARE(fetched.result().error().kind(), ApiError::Kind::Http);
    QCOMPARE(fetched.result().error().httpStatus(), 404);
    QCOMPARE(fetched.result().error().userMessage(),
             u"That work order no longer exists (it may have been deleted)."_s);

    Recorder<NoContent> again;
    m_client->deleteWorkOrder(created.id, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(!again.result().isOk());
    QCOMPARE(again.result().error().httpStatus(), 404);
}

void TestApiOperations::searchesCustomers()
{
    Recorder<Page<Customer>> everyone;
    m_client->listCustomers(CustomerQuery{}, this, everyone.callback());
    QVERIFY(everyone.wait());
    QVERIFY(everyone.result().isOk());
    const QList<Customer> customers = everyone.result().value().items;
    QVERIFY(customers.size() > 1);

    // A fragment of one name, in the wrong case, must find it and narrow the list.
    const QString name = customers.at(1).name;
    const QString fragment = name.left(qMin<qsizetype>(5, name.size())).toUpper();
    CustomerQuery query;
    query.search = fragment;
    Recorder<Page<Customer>> found;
    m_client->listCustomers(query, this, found.callback());
    QVERIFY(found.wait());
    QVERIFY(found.result().isOk());
    const QList<Customer> matches = found.result().value().items;
    QVERIFY(!matches.isEmpty());
    QVERIFY(matches.size() < customers.size());
    bool sawIt = false;
    for (const Customer &customer : matches) {
        QVERIFY(customer.name.contains(fragment, Qt::CaseInsensitive));
        sawIt = sawIt || customer.id == customers.at(1).id;
    }
    QVERIFY(sawIt);
}

void TestApiOperations::getsACustomerWithContacts()
{
    Recorder<Customer> done;
    const QString id = m_all.items.first().customer.id;
    m_client->getCustomer(id, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(done.result().isOk());
    const Customer &customer = done.result().value();
    QCOMPARE(customer.id, id);
    QCOMPARE(customer.name, m_all.items.first().customer.name);
    QVERIFY(!customer.contacts.isEmpty());
    for (const Contact &contact : customer.contacts) {
        QVERIFY(!contact.id.isEmpty());
        QVERIFY(!contact.name.isEmpty());
    }
}

void TestApiOperations::listsTechnicians()
{
    Recorder<Page<Technician>> done;
    m_client->listTechnicians(1, 5, this, done.callback());
    QVERIFY(done.wait());
    QVERIFY(done.result().isOk());
    const Page<Technician> &page = done.result().value();
    QCOMPARE(page.items.size(), 5);
    QVERIFY(page.meta.totalCount >= 5);
    for (const Technician &technician : page.items) {
        QVERIFY(!technician.id.isEmpty());
        QVERIFY(!technician.name.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestApiOperations)
#include "tst_apioperations.moc"
