// StatusCounter against an in-process fentu-sandbox, counting the requests it costs: one set of
// pages per filter, none for a new status alone, one for a burst of filters.
#include "api/apiclient.h"
#include "connectedclient.h"
#include "itemmodels/statuscounter.h"
#include "pages/apipagesource.h"
#include "sandboxserver.h"
#include "testsandbox.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

constexpr int kWaitMs = 15000;
constexpr int kPagesPerCount = int(kAllStatuses.size()) + 1; // every status, and all of them

} // namespace

class TestStatusCounter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsAreTheServersInOneSetOfPages();
    void aNewStatusAloneAsksNothing();
    void theSameFilterAgainCountsAgain();
    void aBurstOfFiltersCostsOneSet();
    void anotherCustomerCountsAgain();

private:
    /// Counts `filter` and waits for the counts; the number of requests it cost.
    int countAndWait(const WorkOrderFilter &filter);
    /// Every order's status, tallied here from the full list (per customer when given).
    QHash<Status, int> tally(const QString &customerId = {}) const;
    void expectCounts(const QHash<Status, int> &expected);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiPageSource> m_source;
    std::unique_ptr<StatusCounter> m_counter;
    QList<WorkOrderSummary> m_all;
};

void TestStatusCounter::initTestCase()
{
    QString error;
    m_server = test::startedSandbox(150, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_client = test::connectedClient(*m_server);
    m_source = std::make_unique<ApiPageSource>(m_client.get());

    WorkOrderQuery query;
    query.perPage = 100;
    for (query.page = 1;; ++query.page) {
        QList<WorkOrderSummary> items;
        bool done = false;
        m_source->fetchPage(query, this, [&](ApiResult<Page<WorkOrderSummary>> result) {
            if (result)
                items = result.value().items;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        if (items.isEmpty())
            break;
        m_all.append(items);
    }
    QCOMPARE(m_all.size(), 150);
}

void TestStatusCounter::init()
{
    m_counter = std::make_unique<StatusCounter>(m_source.get());
}

void TestStatusCounter::cleanup()
{
    m_counter.reset();
}

int TestStatusCounter::countAndWait(const WorkOrderFilter &filter)
{
    const int before = m_server->requestCount();
    QSignalSpy changed(m_counter.get(), &StatusCounter::countsChanged);
    m_counter->count(filter);
    if (!changed.wait(kWaitMs))
        return -1;
    return m_server->requestCount() - before;
}

QHash<Status, int> TestStatusCounter::tally(const QString &customerId) const
{
    QHash<Status, int> counts;
    for (const WorkOrderSummary &order : m_all) {
        if (customerId.isEmpty() || order.customer.id == customerId)
            ++counts[order.status];
    }
    return counts;
}

void TestStatusCounter::expectCounts(const QHash<Status, int> &expected)
{
    int all = 0;
    for (Status status : kAllStatuses) {
        QCOMPARE(m_counter->countOf(status), expected.value(status));
        all += expected.value(status);
    }
    QCOMPARE(m_counter->countOf(std::nullopt), all);
}

void TestStatusCounter::countsAreTheServersInOneSetOfPages()
{
    QCOMPARE(countAndWait(WorkOrderFilter()), kPagesPerCount);
    QVERIFY(m_counter->hasCounts());
    expectCounts(tally());
}

void TestStatusCounter::aNewStatusAloneAsksNothing()
{
    QCOMPARE(countAndWait(WorkOrderFilter()), kPagesPerCount);
    const int before = m_server->requestCount();
    QSignalSpy changed(m_counter.get(), &StatusCounter::countsChanged);
    for (Status status : kAllStatuses) {
        WorkOrderFilter byStatus;
        byStatus.status = status;
        m_counter->count(byStatus); // page 1 of another status: the counts ignore it
    }
    QVERIFY(!m_counter->isCounting());
    QTest::qWait(StatusCounter::kSettleMs * 3); // nothing may leave later either
    QCOMPARE(m_server->requestCount(), before);
    QVERIFY(changed.isEmpty());
    expectCounts(tally());
}

void TestStatusCounter::theSameFilterAgainCountsAgain()
{
    // A refresh or a switch of source: the data may have changed, so the counts are asked for.
    WorkOrderFilter open;
    open.status = Status::Open;
    QCOMPARE(countAndWait(open), kPagesPerCount);
    QCOMPARE(countAndWait(open), kPagesPerCount);
    expectCounts(tally());
}

void TestStatusCounter::aBurstOfFiltersCostsOneSet()
{
    const QString customer = m_all.first().customer.id;
    const int before = m_server->requestCount();
    QSignalSpy changed(m_counter.get(), &StatusCounter::countsChanged);
    for (int i = 0; i < 5; ++i) {
        WorkOrderFilter filter; // as when refresh is pressed again and again
        m_counter->count(filter);
    }
    WorkOrderFilter last;
    last.customerId = customer;
    m_counter->count(last);
    QVERIFY(m_counter->isCounting());
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(m_server->requestCount() - before, kPagesPerCount);
    expectCounts(tally(customer));
    QTest::qWait(StatusCounter::kSettleMs * 3);
    QCOMPARE(m_server->requestCount() - before, kPagesPerCount);
    QCOMPARE(changed.size(), 1);
}

void TestStatusCounter::anotherCustomerCountsAgain()
{
    QCOMPARE(countAndWait(WorkOrderFilter()), kPagesPerCount);
    const QString customer = m_all.last().customer.id;
    WorkOrderFilter filter;
    filter.customerId = customer;
    filter.status = Status::Open; // a new status together with a new customer still counts
    QCOMPARE(countAndWait(filter), kPagesPerCount);
    expectCounts(tally(customer));
}

QTEST_GUILESS_MAIN(TestStatusCounter)
#include "tst_statuscounter.moc"
