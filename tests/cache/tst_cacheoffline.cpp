// Offline equals online: the rows of an in-process fentu-sandbox, written through to the
// cache, come back from the cache for every filter exactly as the server returns them, in
// the same order, through the store and through the table model.

#include "cachetestsupport.h"
#include "connectedclient.h"
#include "testsandbox.h"

#include "localzone.h"
#include "api/apiclient.h"
#include "pages/cachepagesource.h"
#include "cache/cachestore.h"
#include "pages/writethroughpagesource.h"
#include "filter/workorderfilter.h"
#include "pages/apipagesource.h"
#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

template <typename T> ApiResult<T> awaitApi(std::function<void(ApiClient::Callback<T>)> start)
{
    return await<ApiResult<T>>(std::move(start));
}

template <typename Key> Key mostFrequent(const QList<Key> &keys)
{
    QHash<Key, int> counts;
    for (const Key &key : keys)
        ++counts[key];
    Key best{};
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

class TestCacheOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cacheAnswersLikeTheServer_data();
    void cacheAnswersLikeTheServer();
    void localDayAroundMidnightOfflineEqualsOnline_data();
    void localDayAroundMidnightOfflineEqualsOnline();
    void tableModelPagesTheCacheLikeTheApi();
    void writeThroughThenOfflineShowsTheSameRows();
    void detailWriteThroughRoundTrips();
    void fullSyncRemovesWhatTheServerDeleted();
    void aCacheFailureIsNotBlamedOnTheServer();

private:
    QList<WorkOrderSummary> fetchAllFromApi(WorkOrderQuery query, PageMeta *firstMeta = nullptr);
    void writeThroughEverything();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_store;
    QList<WorkOrderSummary> m_all;
};

void TestCacheOffline::initTestCase()
{
    QString error;
    m_server = startedSandbox(400, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_client = connectedClient(*m_server);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<CacheStore>(m_dir->path());
    const auto report = await<CacheOpenReport>(
        [&](auto done) { m_store->open(m_server->baseUrl(), nullptr, done); });
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);

    writeThroughEverything();
    QCOMPARE(m_all.size(), 400);
}

void TestCacheOffline::cleanupTestCase()
{
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

QList<WorkOrderSummary> TestCacheOffline::fetchAllFromApi(WorkOrderQuery query, PageMeta *firstMeta)
{
    QList<WorkOrderSummary> all;
    for (query.page = 1;; ++query.page) {
        const auto page = awaitApi<Page<WorkOrderSummary>>(
            [&](auto done) { m_client->listWorkOrders(query, this, done); });
        if (!page) {
            qWarning() << "API page failed:" << page.error().technicalDetail();
            return {};
        }
        if (query.page == 1 && firstMeta)
            *firstMeta = page.value().meta;
        if (page.value().items.isEmpty())
            return all;
        all.append(page.value().items);
    }
}

// Write-through: every page fetched is upserted as it arrives.
void TestCacheOffline::writeThroughEverything()
{
    WorkOrderQuery query;
    query.perPage = 100;
    m_all.clear();
    for (query.page = 1;; ++query.page) {
        const auto page = awaitApi<Page<WorkOrderSummary>>(
            [&](auto done) { m_client->listWorkOrders(query, this, done); });
        QVERIFY2(page.isOk(), qPrintable(failureText(page)));
        if (page.value().items.isEmpty())
            break;
        const auto written = await<CacheResult<CacheDone>>(
            [&](auto done) { m_store->upsertSummaries(page.value().items, nullptr, done); });
        QVERIFY2(written.isOk(), qPrintable(failureText(written)));
        m_all.append(page.value().items);
    }
}

void TestCacheOffline::cacheAnswersLikeTheServer_data()
{
    // Filter values taken from the seeded data, so every filter selects something.
    QList<QString> statuses, customers, technicians;
    QList<QDate> days;
    for (const WorkOrderSummary &order : std::as_const(m_all)) {
        statuses.append(order.statusText);
        customers.append(order.customer.id);
        if (order.technician)
            technicians.append(order.technician->id);
        if (order.scheduledDate.isValid())
            days.append(order.scheduledDate.toUTC().date());
    }
    std::sort(days.begin(), days.end());
    QVERIFY(days.size() > 20);
    const Status status = statusFromApi(mostFrequent(statuses)).value_or(Status::Open);
    const QString customer = mostFrequent(customers);
    const QString technician = mostFrequent(technicians);
    const QDate from = days.at(days.size() / 4);
    const QDate to = days.at(days.size() * 3 / 5);
    const QDate busiestDay = mostFrequent(days);

    QTest::addColumn<WorkOrderQuery>("query");
    for (int mask = 0; mask < 32; ++mask) {
        WorkOrderQuery query;
        if (mask & 1)
            query.status = status;
        if (mask & 2)
            query.customerId = customer;
        if (mask & 4)
            query.technicianId = technician;
        if (mask & 8)
            query.fromDate = from;
        if (mask & 16)
            query.toDate = to;
        QTest::addRow("combination %d", mask) << query;
    }
    for (Status each : kAllStatuses) {
        WorkOrderQuery query;
        query.status = each;
        QTest::addRow("status %s", qPrintable(statusToApi(each))) << query;
    }
    WorkOrderQuery day;
    day.fromDate = busiestDay;
    day.toDate = busiestDay;
    QTest::addRow("single day") << day;
    WorkOrderQuery fromOnly;
    fromOnly.fromDate = to;
    QTest::addRow("from only") << fromOnly;
    WorkOrderQuery toOnly;
    toOnly.toDate = from;
    QTest::addRow("to only") << toOnly;
    WorkOrderQuery reversed;
    reversed.fromDate = to;
    reversed.toDate = from;
    QTest::addRow("from after to") << reversed;
}

void TestCacheOffline::cacheAnswersLikeTheServer()
{
    QFETCH(WorkOrderQuery, query);
    query.perPage = 37; // pages of an odd size, the last one partial
    PageMeta apiMeta;
    PageMeta cacheMeta;
    const QStringList online = idsOf(fetchAllFromApi(query, &apiMeta));
    const QStringList offline = idsOf(allCachedPages(*m_store, query, &cacheMeta));
    QCOMPARE(offline, online);
    QCOMPARE(cacheMeta, apiMeta);
}

void TestCacheOffline::localDayAroundMidnightOfflineEqualsOnline_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Auckland") << "Pacific/Auckland"_ba;
    QTest::newRow("Los Angeles") << "America/Los_Angeles"_ba;
}

void TestCacheOffline::localDayAroundMidnightOfflineEqualsOnline()
{
    // "Today" in a zone far from UTC: the server is asked for the UTC dates the local day
    // touches, and both answers are narrowed to the local day by the filter's local part.
    QFETCH(QByteArray, zone);
    const test::LocalZone local(zone.constData());
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    // The local day of the order scheduled closest to a local midnight: its neighbours on the
    // other side of midnight are in the server's answer but not in the day.
    QDate day;
    int bestDistance = std::numeric_limits<int>::max();
    for (const WorkOrderSummary &order : std::as_const(m_all)) {
        if (!order.scheduledDate.isValid())
            continue;
        const QDateTime there = order.scheduledDate.toTimeZone(timeZone);
        const int secs = there.time().msecsSinceStartOfDay() / 1000;
        const int distance = std::min(secs, 24 * 3600 - secs);
        if (distance < bestDistance) {
            bestDistance = distance;
            day = there.date();
        }
    }
    QVERIFY(day.isValid());
    const WorkOrderFilter today = WorkOrderFilter::today(day);
    QVERIFY(today.toQuery(1, 1).fromDate != today.toQuery(1, 1).toDate); // two UTC dates

    QStringList expected; // worked out independently, in the named zone
    for (const WorkOrderSummary &order : std::as_const(m_all)) {
        if (order.scheduledDate.isValid() && order.scheduledDate.toTimeZone(timeZone).date() == day)
            expected << order.id;
    }
    QVERIFY(!expected.isEmpty());
    const auto narrowed = [&today](const QList<WorkOrderSummary> &orders) {
        QStringList ids;
        for (const WorkOrderSummary &order : orders) {
            if (today.matchesLocally(order))
                ids << order.id;
        }
        return ids;
    };
    WorkOrderQuery query = today.toQuery(1, 37);
    const QList<WorkOrderSummary> onlineRows = fetchAllFromApi(query);
    const QList<WorkOrderSummary> offlineRows = allCachedPages(*m_store, query);
    QCOMPARE(idsOf(offlineRows), idsOf(onlineRows));
    QVERIFY(onlineRows.size() > expected.size()); // the UTC dates reach past the local day
    const QStringList online = narrowed(onlineRows);
    QCOMPARE(narrowed(offlineRows), online);
    QCOMPARE(QSet<QString>(online.cbegin(), online.cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));
}

void TestCacheOffline::tableModelPagesTheCacheLikeTheApi()
{
    CachePageSource source(m_store.get());
    WorkOrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);

    WorkOrderFilter filter;
    const QString customer = m_all.at(m_all.size() / 2).customer.id;
    filter.customerId = customer;
    model.setFilter(filter);
    model.setSource(&source);
    for (;;) {
        QTRY_VERIFY(!model.isLoading());
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    QVERIFY(!model.lastError().isError());
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, 0).data(WorkOrderTableModel::IdRole).toString());

    WorkOrderQuery query = filter.toQuery(1, 100);
    PageMeta apiMeta;
    const QStringList online = idsOf(fetchAllFromApi(query, &apiMeta));
    QVERIFY(!online.isEmpty());
    QCOMPARE(shown, online);
    QCOMPARE(model.totalCount(), apiMeta.totalCount);

    // A filter change resets and pages the cache again.
    filter = WorkOrderFilter();
    filter.status = m_all.first().status;
    model.setFilter(filter);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, 0).data(WorkOrderTableModel::IdRole).toString(),
             fetchAllFromApi(filter.toQuery(1, 100)).first().id);

    // A cancelled page reports Cancelled and never a stale page.
    bool called = false;
    ApiCall *call = source.fetchPage(query, this, [&](ApiResult<Page<WorkOrderSummary>> result) {
        called = true;
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().kind(), ApiError::Kind::Cancelled);
    });
    call->cancel();
    QTRY_VERIFY(called);
}

namespace {

// Scrolls `model` to its end, page by page, as a view would.
QStringList loadAll(WorkOrderTableModel &model)
{
    for (;;) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
            return {};
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(WorkOrderTableModel::IdRole).toString());
    return ids;
}

} // namespace

void TestCacheOffline::writeThroughThenOfflineShowsTheSameRows()
{
    // A fresh, empty cache: only what the online model pages through gets into it.
    QTemporaryDir dir;
    CacheStore store(dir.path());
    QCOMPARE(await<CacheOpenReport>([&](auto done) {
                 store.open(m_server->baseUrl(), nullptr, done);
             }).outcome,
             CacheOpenReport::Outcome::Opened);
    ApiPageSource api(m_client.get());
    WriteThroughPageSource online(&api, &store);
    CachePageSource offline(&store);

    QList<WorkOrderFilter> filters(3);
    filters[1].technicianId = m_all.at(3).technician ? m_all.at(3).technician->id : QString();
    filters[2].status = m_all.at(5).status;
    filters[2].fromDate = m_all.at(5).scheduledDate.isValid()
                              ? m_all.at(5).scheduledDate.toUTC().date().addDays(-10)
                              : QDate(2024, 1, 1);
    for (const WorkOrderFilter &filter : std::as_const(filters)) {
        WorkOrderTableModel onlineModel;
        QAbstractItemModelTester onlineTester(
            &onlineModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        onlineModel.setPageSize(40);
        onlineModel.setFilter(filter);
        onlineModel.setSource(&online);
        const QStringList shownOnline = loadAll(onlineModel);
        QVERIFY(!shownOnline.isEmpty());
        QVERIFY(!onlineModel.lastError().isError());

        WorkOrderTableModel offlineModel;
        QAbstractItemModelTester offlineTester(
            &offlineModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        offlineModel.setPageSize(40);
        offlineModel.setFilter(filter);
        offlineModel.setSource(&offline);
        QCOMPARE(loadAll(offlineModel), shownOnline);
        QCOMPARE(offlineModel.totalCount(), onlineModel.totalCount());
    }
}

void TestCacheOffline::detailWriteThroughRoundTrips()
{
    const QString id = m_all.at(7).id;
    const auto online =
        awaitApi<WorkOrder>([&](auto done) { m_client->getWorkOrder(id, this, done); });
    QVERIFY(online.isOk());
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_store->upsertWorkOrder(online.value(), nullptr, done); }));
    const auto cached = await<CacheResult<std::optional<CachedWorkOrder>>>(
        [&](auto done) { m_store->getWorkOrder(id, nullptr, done); });
    QVERIFY(cached.isOk() && cached.value().has_value());
    QVERIFY(cached.value()->hasDetail);
    const WorkOrder &order = cached.value()->order;
    QCOMPARE(order.raw, online.value().raw);
    QCOMPARE(order.description, online.value().description);
    QCOMPARE(order.notes, online.value().notes);
    QCOMPARE(order.tasks, online.value().tasks);
    QCOMPARE(order.contact, online.value().contact);
    QCOMPARE(order.customer, online.value().customer);
    QCOMPARE(order.scheduledDate, online.value().scheduledDate);
    QCOMPARE(order.updatedAt, online.value().updatedAt);

    // The list still answers like the server after a detail was written.
    WorkOrderQuery query;
    query.perPage = 100;
    QCOMPARE(idsOf(allCachedPages(*m_store, query)), idsOf(fetchAllFromApi(query)));
}

void TestCacheOffline::fullSyncRemovesWhatTheServerDeleted()
{
    const QString gone = m_all.at(11).id;
    QVERIFY(awaitApi<NoContent>([&](auto done) { m_client->deleteWorkOrder(gone, this, done); }));

    QVERIFY(await<CacheResult<qint64>>([&](auto done) { m_store->beginFullSync(nullptr, done); }));
    writeThroughEverything();
    const auto removed =
        await<CacheResult<int>>([&](auto done) { m_store->endFullSync(true, nullptr, done); });
    QVERIFY(removed.isOk());
    QCOMPARE(removed.value(), 1);

    WorkOrderQuery query;
    query.perPage = 100;
    const QStringList offline = idsOf(allCachedPages(*m_store, query));
    QVERIFY(!offline.contains(gone));
    QCOMPARE(offline, idsOf(fetchAllFromApi(query)));
}

QTEST_GUILESS_MAIN(TestCacheOffline)
void TestCacheOffline::aCacheFailureIsNotBlamedOnTheServer()
{
    // No store behind the source: the page fails on this computer, and says so.
    CachePageSource source(nullptr);
    std::optional<ApiError> failure;
    source.fetchPage(WorkOrderFilter().toQuery(1, 50), this,
                     [&failure](ApiResult<Page<WorkOrderSummary>> result) {
                         if (!result.isOk())
                             failure = result.error();
                     });
    QTRY_VERIFY(failure.has_value());
    QCOMPARE(failure->kind(), ApiError::Kind::LocalStorage);
    QVERIFY(!failure->isTransient());
    const QString message = failure->userMessage();
    QVERIFY2(message.contains(u"on this computer"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"server"_s), qPrintable(message));
}

#include "tst_cacheoffline.moc"
