// CacheStore against real SQLite files: round trips, the server's filters and order, paging,
// write-through merging, lookups, sync bookkeeping, the outbox, failures and threading.

#include "cachetestsupport.h"

#include "cache/cachepaths.h"
#include "cache/cacheschema.h"
#include "cache/cachestore.h"
#include "filter/workorderfilter.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

const QUrl kServer(u"https://api.fentu.io/v1"_s);

template <typename T> CacheResult<T> run(std::function<void(CacheStore::Callback<T>)> start)
{
    return await<CacheResult<T>>(std::move(start));
}

// A deterministic set of orders spread over statuses, customers, technicians and dates, with
// times on both edges of UTC midnight, shared instants (the id breaks the tie) and
// unscheduled orders. Returned in a shuffled order so insertion order proves nothing.
QList<WorkOrderSummary> sampleOrders(int count)
{
    static const QStringList statuses{u"draft"_s,   u"open"_s,      u"assigned"_s, u"in_progress"_s,
                                      u"on_hold"_s, u"completed"_s, u"cancelled"_s};
    static const int secondsOfDay[] = {0, 86399, 12 * 3600, 9 * 3600 + 1800};
    const QDateTime base(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    QList<WorkOrderSummary> orders;
    for (int i = 0; i < count; ++i) {
        OrderSpec spec;
        spec.id = u"wo-%1"_s.arg(i, 3, 10, QChar(u'0'));
        spec.status = statuses.at(i % statuses.size());
        spec.customerId = u"cust-%1"_s.arg(i % 5, 3, 10, QChar(u'0'));
        spec.customerName = u"Customer %1"_s.arg(i % 5);
        if (i % 4 != 3) {
            spec.technicianId = u"tech-%1"_s.arg(i % 3, 3, 10, QChar(u'0'));
            spec.technicianName = u"Technician %1"_s.arg(i % 3);
        }
        if (i % 9 != 0)
            spec.scheduled = base.addDays((i * 7) % 20).addSecs(secondsOfDay[i % 4]);
        orders.append(summary(spec));
    }
    // A fixed permutation: stride through the list.
    QList<WorkOrderSummary> shuffled;
    for (int i = 0; i < count; ++i)
        shuffled.append(orders.at((i * 37) % count));
    return shuffled;
}

// The server's semantics, written independently of the SQL (assumptions.md, "Semantics").
QStringList expectedIds(QList<WorkOrderSummary> orders, const WorkOrderQuery &query)
{
    QList<WorkOrderSummary> kept;
    for (const WorkOrderSummary &order : orders) {
        const QDate day = order.scheduledDate.toUTC().date();
        if (query.status && order.statusText != statusToApi(*query.status))
            continue;
        if (!query.customerId.isEmpty() && order.customer.id != query.customerId)
            continue;
        if (!query.technicianId.isEmpty() &&
            (!order.technician || order.technician->id != query.technicianId))
            continue;
        if (query.fromDate.isValid() && (!order.scheduledDate.isValid() || day < query.fromDate))
            continue;
        if (query.toDate.isValid() && (!order.scheduledDate.isValid() || day > query.toDate))
            continue;
        kept.append(order);
    }
    std::sort(kept.begin(), kept.end(), [](const WorkOrderSummary &a, const WorkOrderSummary &b) {
        const bool aNone = !a.scheduledDate.isValid();
        const bool bNone = !b.scheduledDate.isValid();
        if (aNone != bNone)
            return bNone;
        if (!aNone && a.scheduledDate != b.scheduledDate)
            return a.scheduledDate < b.scheduledDate;
        return a.id < b.id;
    });
    return idsOf(kept);
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fileLocationAndPragmas();
    void databaseWorkRunsOnItsOwnThread();
    void roundTripKeepsEveryField();
    void receivedJsonIsStoredAsItCame();
    void filtersMatchTheServerSemantics_data();
    void filtersMatchTheServerSemantics();
    void orderIsScheduledThenIdUnscheduledLast();
    void pagingEdges();
    void upsertReplacesAndFilterFollows();
    void detailIsMergedWithNewerListRows();
    void filterValueTranslatesLikeTheQuery();
    void lookupsFromOrdersAndFromLists();
    void syncStateRoundTrip();
    void completedFullSyncRemovesUnseenOrders();
    void interruptedFullSyncRemovesNothing();
    void outboxKeepsOrderAcrossRestart();
    void outboxStatesAndRemap();
    void outboxEntryRoundTripThroughTheFile();
    void queuedWritesFinishBeforeTheStoreStops();
    void deadContextGetsNoCallback();
    void diskFullRollsBackAndSaysSo();
    void callsFailCleanlyWhenNotOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_store;

    void openStore();
    void upsert(const QList<WorkOrderSummary> &orders);
};

void TestCacheStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openStore();
}

void TestCacheStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCacheStore::openStore()
{
    m_store = std::make_unique<CacheStore>(m_dir->path());
    const auto report =
        await<CacheOpenReport>([&](auto done) { m_store->open(kServer, nullptr, done); });
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);
    QVERIFY(report.message.isEmpty());
}

void TestCacheStore::upsert(const QList<WorkOrderSummary> &orders)
{
    const auto result =
        run<CacheDone>([&](auto done) { m_store->upsertSummaries(orders, nullptr, done); });
    QVERIFY2(result.isOk(), qPrintable(failureText(result)));
}

void TestCacheStore::fileLocationAndPragmas()
{
    const auto info = run<CacheInfo>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().filePath, m_dir->filePath(cachepaths::fileNameFor(kServer)));
    QVERIFY(QFile::exists(info.value().filePath));
    QCOMPARE(info.value().baseUrl, u"https://api.fentu.io/v1"_s);
    QCOMPARE(info.value().journalMode, u"wal"_s);
    QCOMPARE(info.value().synchronous, 1); // NORMAL
    QVERIFY(info.value().foreignKeys);
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);

    // Two spellings of one server share a file; another path or host does not.
    QCOMPARE(cachepaths::fileNameFor(QUrl(u"HTTPS://API.fentu.io:443/v1/"_s)),
             cachepaths::fileNameFor(kServer));
    QCOMPARE(cachepaths::fileNameFor(QUrl(u"https://user@api.fentu.io/v1?x=1"_s)),
             cachepaths::fileNameFor(kServer));
    QVERIFY(cachepaths::fileNameFor(QUrl(u"https://api.fentu.io/v2"_s)) !=
            cachepaths::fileNameFor(kServer));
    QVERIFY(cachepaths::fileNameFor(QUrl(u"http://127.0.0.1:8080/api/v1"_s))
                .startsWith(u"127.0.0.1-"_s));

    QStandardPaths::setTestModeEnabled(true);
    CacheStore defaultStore;
    QCOMPARE(defaultStore.directory(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cache"_s);
    QStandardPaths::setTestModeEnabled(false);
}

void TestCacheStore::databaseWorkRunsOnItsOwnThread()
{
    const auto info = run<CacheInfo>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QVERIFY(info.value().connectionThread != nullptr);
    QCOMPARE(info.value().connectionThread, m_store->workerThread());
    QVERIFY(info.value().connectionThread != QThread::currentThread());
    QVERIFY(m_store->workerThread()->isRunning());

    // Callbacks come back on the caller's thread.
    QThread *callbackThread = nullptr;
    run<CacheInfo>([&](auto done) {
        m_store->info(nullptr, [&, done](CacheResult<CacheInfo> r) {
            callbackThread = QThread::currentThread();
            done(std::move(r));
        });
    });
    QCOMPARE(callbackThread, QThread::currentThread());
}

void TestCacheStore::roundTripKeepsEveryField()
{
    OrderSpec spec;
    spec.id = u"wo-12345"_s;
    spec.status = u"escalated"_s; // a status this client does not know stays visible
    spec.technicianId = u"tech-001"_s;
    spec.technicianName = u"Jane Doe"_s;
    spec.scheduled = QDateTime(QDate(2024, 1, 27), QTime(9, 0), Qt::UTC);
    const WorkOrderSummary written = summary(spec);
    upsert({written});

    const auto page = run<Page<WorkOrderSummary>>(
        [&](auto done) { m_store->queryPage(WorkOrderQuery{}, nullptr, done); });
    QVERIFY(page.isOk());
    QCOMPARE(page.value().items.size(), 1);
    const WorkOrderSummary &read = page.value().items.first();
    QCOMPARE(read.id, written.id);
    QCOMPARE(read.number, written.number);
    QCOMPARE(read.statusText, u"escalated"_s);
    QCOMPARE(read.status, Status::Unknown);
    QCOMPARE(read.priority, Priority::High);
    QCOMPARE(read.customer, written.customer);
    QVERIFY(read.technician.has_value());
    QCOMPARE(*read.technician, *written.technician);
    QCOMPARE(read.scheduledDate, written.scheduledDate);
    QCOMPARE(read.estimatedDuration, std::optional<int>(90));
    QCOMPARE(read.workOrderType, u"service"_s);
    QCOMPARE(read.createdAt, written.createdAt);
    QCOMPARE(read.updatedAt, written.updatedAt);
    QCOMPARE(read.raw, written.raw); // unknown fields included
    QCOMPARE(read.raw.value(u"x_vendor_field"_s).toString(), u"kept"_s);

    const auto cached = run<std::optional<CachedWorkOrder>>(
        [&](auto done) { m_store->getWorkOrder(spec.id, nullptr, done); });
    QVERIFY(cached.isOk() && cached.value().has_value());
    QVERIFY(!cached.value()->hasDetail);
    QCOMPARE(cached.value()->order.id, spec.id);
    QVERIFY(cached.value()->fetchedAt.isValid());
    QVERIFY(qAbs(cached.value()->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

    const auto missing = run<std::optional<CachedWorkOrder>>(
        [&](auto done) { m_store->getWorkOrder(u"wo-nope"_s, nullptr, done); });
    QVERIFY(missing.isOk());
    QVERIFY(!missing.value().has_value());

    // An order made on this machine has no raw JSON: its fields are stored and read back.
    WorkOrder local;
    local.id = u"local-1"_s;
    local.number = u"LOCAL-1"_s;
    local.status = Status::Draft;
    local.priority = Priority::Urgent;
    local.customer = Customer{u"cust-009"_s, u"Local Co"_s, {}, {}};
    local.scheduledDate = QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC);
    local.description = u"Made offline"_s;
    local.tasks = {Task{u"t1"_s, u"Check"_s, u"pending"_s}};
    QVERIFY(run<CacheDone>([&](auto done) { m_store->upsertWorkOrder(local, nullptr, done); }));
    const auto localRead = run<std::optional<CachedWorkOrder>>(
        [&](auto done) { m_store->getWorkOrder(u"local-1"_s, nullptr, done); });
    QVERIFY(localRead.isOk() && localRead.value().has_value());
    QVERIFY(localRead.value()->hasDetail);
    QCOMPARE(localRead.value()->order.status, Status::Draft);
    QCOMPARE(localRead.value()->order.priority, Priority::Urgent);
    QCOMPARE(localRead.value()->order.customer.name, u"Local Co"_s);
    QCOMPARE(localRead.value()->order.scheduledDate, local.scheduledDate);
    QCOMPARE(localRead.value()->order.description, u"Made offline"_s);
    QCOMPARE(localRead.value()->order.tasks, local.tasks);
    QVERIFY(!localRead.value()->order.technician.has_value());
}

void TestCacheStore::filtersMatchTheServerSemantics_data()
{
    QTest::addColumn<WorkOrderQuery>("query");
    // Every combination of the five server filters...
    for (int mask = 0; mask < 32; ++mask) {
        WorkOrderQuery query;
        if (mask & 1)
            query.status = Status::Open;
        if (mask & 2)
            query.customerId = u"cust-002"_s;
        if (mask & 4)
            query.technicianId = u"tech-001"_s;
        if (mask & 8)
            query.fromDate = QDate(2024, 3, 5);
        if (mask & 16)
            query.toDate = QDate(2024, 3, 12);
        QTest::addRow("combination %d", mask) << query;
    }
    // ...and the date edges: one day (orders at 00:00:00 and 23:59:59 UTC), an empty range,
    // open-ended ranges, a range before all data, and an id nobody has.
    auto dated = [](QDate from, QDate to) {
        WorkOrderQuery query;
        query.fromDate = from;
        query.toDate = to;
        return query;
    };
    QTest::addRow("single day") << dated(QDate(2024, 3, 8), QDate(2024, 3, 8));
    QTest::addRow("first day only") << dated(QDate(2024, 3, 1), QDate(2024, 3, 1));
    QTest::addRow("from after to") << dated(QDate(2024, 3, 9), QDate(2024, 3, 8));
    QTest::addRow("from only") << dated(QDate(2024, 3, 15), QDate());
    QTest::addRow("to only") << dated(QDate(), QDate(2024, 3, 2));
    QTest::addRow("before all data") << dated(QDate(2023, 1, 1), QDate(2023, 12, 31));
    WorkOrderQuery unknownCustomer;
    unknownCustomer.customerId = u"cust-999"_s;
    QTest::addRow("unknown customer") << unknownCustomer;
    WorkOrderQuery completedSingleDay = dated(QDate(2024, 3, 8), QDate(2024, 3, 8));
    completedSingleDay.status = Status::Completed;
    QTest::addRow("status and single day") << completedSingleDay;
}

void TestCacheStore::filtersMatchTheServerSemantics()
{
    QFETCH(WorkOrderQuery, query);
    const QList<WorkOrderSummary> orders = sampleOrders(240);
    upsert(orders);
    const QStringList expected = expectedIds(orders, query);

    query.perPage = 13; // several pages, the last one partial
    PageMeta meta;
    const QStringList actual = idsOf(allCachedPages(*m_store, query, &meta));
    QCOMPARE(actual, expected);
    QCOMPARE(meta.totalCount, int(expected.size()));
    QCOMPARE(meta.totalPages, int((expected.size() + 12) / 13));
    QCOMPARE(meta.currentPage, 1);
}

void TestCacheStore::orderIsScheduledThenIdUnscheduledLast()
{
    const QDateTime nine(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    QList<WorkOrderSummary> orders;
    for (const auto &[id, when] :
         {std::pair{u"wo-b"_s, nine}, std::pair{u"wo-z"_s, QDateTime()}, std::pair{u"wo-a"_s, nine},
          std::pair{u"wo-y"_s, QDateTime()}, std::pair{u"wo-c"_s, nine.addSecs(-1)},
          std::pair{u"wo-d"_s, nine.addDays(-400)}}) {
        OrderSpec spec;
        spec.id = id;
        spec.scheduled = when;
        orders.append(summary(spec));
    }
    upsert(orders);
    const QStringList ids = idsOf(allCachedPages(*m_store, WorkOrderQuery{}));
    QCOMPARE(ids, (QStringList{u"wo-d"_s, u"wo-c"_s, u"wo-a"_s, u"wo-b"_s, u"wo-y"_s, u"wo-z"_s}));
}

void TestCacheStore::pagingEdges()
{
    auto page = [&](int number, int perPage) {
        WorkOrderQuery query;
        query.page = number;
        query.perPage = perPage;
        return run<Page<WorkOrderSummary>>(
            [&](auto done) { m_store->queryPage(query, nullptr, done); });
    };

    // An empty cache: no rows, no pages.
    auto empty = page(1, 25);
    QVERIFY(empty.isOk());
    QVERIFY(empty.value().items.isEmpty());
    QCOMPARE(empty.value().meta, (PageMeta{1, 0, 0}));

    const QList<WorkOrderSummary> orders = sampleOrders(240);
    upsert(orders);
    const QStringList all = expectedIds(orders, WorkOrderQuery{});

    auto last = page(24, 10);
    QVERIFY(last.isOk());
    QCOMPARE(idsOf(last.value().items), all.mid(230, 10));
    QCOMPARE(last.value().meta, (PageMeta{24, 24, 240}));

    // Past the end: no rows, the real meta (like the server's 200 with data: []).
    auto past = page(25, 10);
    QVERIFY(past.isOk());
    QVERIFY(past.value().items.isEmpty());
    QCOMPARE(past.value().meta, (PageMeta{25, 24, 240}));

    auto partial = page(3, 100);
    QVERIFY(partial.isOk());
    QCOMPARE(idsOf(partial.value().items), all.mid(200));
    QCOMPARE(partial.value().meta, (PageMeta{3, 3, 240}));

    auto single = page(240, 1);
    QVERIFY(single.isOk());
    QCOMPARE(idsOf(single.value().items), QStringList{all.last()});

    for (const auto &[number, perPage] : {std::pair{0, 10}, std::pair{1, 0}, std::pair{-1, 5}}) {
        auto invalid = page(number, perPage);
        QVERIFY(!invalid.isOk());
        QCOMPARE(invalid.error().kind(), CacheError::Kind::InvalidArgument);
        QVERIFY(!invalid.error().userMessage().isEmpty());
    }
}

void TestCacheStore::upsertReplacesAndFilterFollows()
{
    OrderSpec spec;
    spec.id = u"wo-001"_s;
    spec.status = u"open"_s;
    spec.technicianId = u"tech-001"_s;
    spec.technicianName = u"Jane"_s;
    spec.scheduled = QDateTime(QDate(2024, 3, 3), QTime(8, 0), Qt::UTC);
    upsert({summary(spec)});

    spec.status = u"completed"_s;
    spec.technicianId.clear();
    spec.scheduled = {};
    upsert({summary(spec)});

    WorkOrderQuery open;
    open.status = Status::Open;
    QVERIFY(allCachedPages(*m_store, open).isEmpty());
    WorkOrderQuery withTechnician;
    withTechnician.technicianId = u"tech-001"_s;
    QVERIFY(allCachedPages(*m_store, withTechnician).isEmpty());
    WorkOrderQuery dated;
    dated.fromDate = QDate(2024, 1, 1);
    QVERIFY(allCachedPages(*m_store, dated).isEmpty());
    WorkOrderQuery completed;
    completed.status = Status::Completed;
    const auto rows = allCachedPages(*m_store, completed);
    QCOMPARE(idsOf(rows), QStringList{u"wo-001"_s});
    QVERIFY(!rows.first().technician.has_value());
    QVERIFY(!rows.first().scheduledDate.isValid());
}

void TestCacheStore::detailIsMergedWithNewerListRows()
{
    OrderSpec spec;
    spec.id = u"wo-777"_s;
    spec.technicianId = u"tech-001"_s;
    spec.technicianName = u"Jane Doe"_s;
    spec.scheduled = QDateTime(QDate(2024, 3, 3), QTime(8, 0), Qt::UTC);
    upsert({summary(spec)});
    QVERIFY(run<CacheDone>([&](auto done) {
        m_store->upsertWorkOrder(detail(spec, u"Annual HVAC maintenance"_s), nullptr, done);
    }));
    auto get = [&] {
        return run<std::optional<CachedWorkOrder>>(
            [&](auto done) { m_store->getWorkOrder(spec.id, nullptr, done); });
    };
    auto first = get();
    QVERIFY(first.isOk() && first.value().has_value());
    QVERIFY(first.value()->hasDetail);
    QCOMPARE(first.value()->order.description, u"Annual HVAC maintenance"_s);
    QCOMPARE(first.value()->order.customer.address, u"123 Main St, City, ST 12345"_s);
    QVERIFY(first.value()->order.contact.has_value());
    QCOMPARE(first.value()->order.tasks.size(), 1);

    // A later list page says the order moved on: the detail shows the new values and keeps
    // what only the detail knows; null removes (technician unassigned).
    spec.status = u"on_hold"_s;
    spec.technicianId.clear();
    upsert({summary(spec)});
    auto merged = get();
    QVERIFY(merged.isOk() && merged.value().has_value());
    QVERIFY(merged.value()->hasDetail);
    QCOMPARE(merged.value()->order.status, Status::OnHold);
    QVERIFY(!merged.value()->order.technician.has_value());
    QCOMPARE(merged.value()->order.description, u"Annual HVAC maintenance"_s);
    QCOMPARE(merged.value()->order.customer.address, u"123 Main St, City, ST 12345"_s);
    QCOMPARE(merged.value()->order.tasks.size(), 1);

    // Another customer: the old customer's address must not stick to the new one.
    spec.customerId = u"cust-002"_s;
    spec.customerName = u"Other Inc"_s;
    upsert({summary(spec)});
    auto moved = get();
    QVERIFY(moved.isOk() && moved.value().has_value());
    QCOMPARE(moved.value()->order.customer.id, u"cust-002"_s);
    QCOMPARE(moved.value()->order.customer.name, u"Other Inc"_s);
    QVERIFY(moved.value()->order.customer.address.isEmpty());
    QCOMPARE(moved.value()->order.description, u"Annual HVAC maintenance"_s);

    // The list shows the latest values too.
    const auto rows = allCachedPages(*m_store, WorkOrderQuery{});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, Status::OnHold);
    QCOMPARE(rows.first().customer.id, u"cust-002"_s);

    QVERIFY(run<CacheDone>([&](auto done) { m_store->removeWorkOrder(spec.id, nullptr, done); }));
    auto removed = get();
    QVERIFY(removed.isOk());
    QVERIFY(!removed.value().has_value());
}

void TestCacheStore::filterValueTranslatesLikeTheQuery()
{
    const QList<WorkOrderSummary> orders = sampleOrders(120);
    upsert(orders);
    WorkOrderFilter filter;
    filter.status = Status::Assigned;
    filter.technicianId = u"tech-002"_s;
    filter.fromDate = QDate(2024, 3, 4);
    filter.quickSearch = u"ignored by SQL"_s; // local parts stay with the table model
    filter.hideClosed = true;
    const auto page = run<Page<WorkOrderSummary>>(
        [&](auto done) { m_store->queryPage(filter, 1, 100, nullptr, done); });
    QVERIFY(page.isOk());
    QCOMPARE(idsOf(page.value().items), expectedIds(orders, filter.toQuery(1, 100)));

    WorkOrderFilter unknownStatus; // Unknown has no wire name: no status filter
    unknownStatus.status = Status::Unknown;
    const auto all = run<Page<WorkOrderSummary>>(
        [&](auto done) { m_store->queryPage(unknownStatus, 1, 100, nullptr, done); });
    QVERIFY(all.isOk());
    QCOMPARE(all.value().meta.totalCount, 120);
}

void TestCacheStore::lookupsFromOrdersAndFromLists()
{
    upsert(sampleOrders(20));
    auto customers =
        run<QList<Customer>>([&](auto done) { m_store->listCustomers(QString(), nullptr, done); });
    QVERIFY(customers.isOk());
    QCOMPARE(customers.value().size(), 5);
    QCOMPARE(customers.value().first().name, u"Customer 0"_s);
    auto technicians =
        run<QList<Technician>>([&](auto done) { m_store->listTechnicians(nullptr, done); });
    QVERIFY(technicians.isOk());
    QCOMPARE(technicians.value().size(), 3);

    // The lookups' full rows win; names seen in orders later do not erase an address or
    // reactivate a technician.
    Customer acme{u"cust-001"_s,
                  u"Customer 1"_s,
                  u"1 Road"_s,
                  {Contact{u"contact-9"_s, u"Zoe"_s, u"+1"_s, u"zoe@example.com"_s},
                   Contact{u"contact-8"_s, u"Adam"_s, {}, {}}}};
    QVERIFY(run<CacheDone>([&](auto done) { m_store->upsertCustomers({acme}, nullptr, done); }));
    QVERIFY(run<CacheDone>([&](auto done) {
        m_store->upsertTechnicians({Technician{u"tech-001"_s, u"Technician 1"_s, false}}, nullptr,
                                   done);
    }));
    upsert(sampleOrders(20));

    auto search = run<QList<Customer>>(
        [&](auto done) { m_store->listCustomers(u"TOMER 1"_s, nullptr, done); });
    QVERIFY(search.isOk());
    QCOMPARE(search.value().size(), 1);
    QCOMPARE(search.value().first().address, u"1 Road"_s);
    auto wildcard =
        run<QList<Customer>>([&](auto done) { m_store->listCustomers(u"%"_s, nullptr, done); });
    QVERIFY(wildcard.isOk());
    QVERIFY(wildcard.value().isEmpty()); // search text is text, not a pattern

    auto contacts = run<QList<Contact>>(
        [&](auto done) { m_store->listContacts(u"cust-001"_s, nullptr, done); });
    QVERIFY(contacts.isOk());
    QCOMPARE(contacts.value().size(), 2);
    QCOMPARE(contacts.value().first().name, u"Adam"_s);
    QCOMPARE(contacts.value().last().email, u"zoe@example.com"_s);

    technicians =
        run<QList<Technician>>([&](auto done) { m_store->listTechnicians(nullptr, done); });
    QVERIFY(technicians.isOk());
    const auto it = std::find_if(technicians.value().begin(), technicians.value().end(),
                                 [](const Technician &t) { return t.id == u"tech-001"_s; });
    QVERIFY(it != technicians.value().end());
    QVERIFY(!it->active);

    // A detail's contact joins its customer's contacts.
    OrderSpec spec;
    spec.id = u"wo-900"_s;
    spec.customerId = u"cust-003"_s;
    spec.customerName = u"Customer 3"_s;
    QVERIFY(run<CacheDone>(
        [&](auto done) { m_store->upsertWorkOrder(detail(spec, u"x"_s), nullptr, done); }));
    contacts = run<QList<Contact>>(
        [&](auto done) { m_store->listContacts(u"cust-003"_s, nullptr, done); });
    QVERIFY(contacts.isOk());
    QCOMPARE(contacts.value().size(), 1);
    QCOMPARE(contacts.value().first().phone, u"+1-555-123-4567"_s);
}

void TestCacheStore::syncStateRoundTrip()
{
    auto missing = run<std::optional<QString>>(
        [&](auto done) { m_store->syncState(u"cursor"_s, nullptr, done); });
    QVERIFY(missing.isOk());
    QVERIFY(!missing.value().has_value());
    QVERIFY(run<CacheDone>(
        [&](auto done) { m_store->setSyncState(u"cursor"_s, u"abc"_s, nullptr, done); }));
    QVERIFY(run<CacheDone>(
        [&](auto done) { m_store->setSyncState(u"cursor"_s, u"def"_s, nullptr, done); }));
    auto value = run<std::optional<QString>>(
        [&](auto done) { m_store->syncState(u"cursor"_s, nullptr, done); });
    QVERIFY(value.isOk());
    QCOMPARE(value.value(), std::optional<QString>(u"def"_s));
}

void TestCacheStore::completedFullSyncRemovesUnseenOrders()
{
    const QList<WorkOrderSummary> orders = sampleOrders(10);
    upsert(orders);
    // A local order and an order with an unsent edit are the user's: never removed by sync.
    OrderSpec local;
    local.id = u"local-abc"_s;
    QVERIFY(run<CacheDone>(
        [&](auto done) { m_store->upsertWorkOrder(detail(local, u"mine"_s), nullptr, done); }));
    OutboxEntry edit;
    edit.kind = OutboxEntry::Kind::Update;
    edit.orderId = u"wo-009"_s;
    edit.patch.setStatus(Status::OnHold);
    QVERIFY(run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(edit, nullptr, done); }));

    auto generation = run<qint64>([&](auto done) { m_store->beginFullSync(nullptr, done); });
    QVERIFY(generation.isOk());
    QVERIFY(generation.value() > 0);
    // The server now has wo-000..wo-006 only, plus a new one.
    QList<WorkOrderSummary> seen;
    for (const WorkOrderSummary &order : orders) {
        if (order.id <= u"wo-006"_s)
            seen.append(order);
    }
    OrderSpec fresh;
    fresh.id = u"wo-500"_s;
    seen.append(summary(fresh));
    upsert(seen.mid(0, 4));
    upsert(seen.mid(4));

    auto removed = run<int>([&](auto done) { m_store->endFullSync(true, nullptr, done); });
    QVERIFY(removed.isOk());
    QCOMPARE(removed.value(), 2); // wo-007, wo-008
    QStringList expected = idsOf(seen);
    expected << u"local-abc"_s << u"wo-009"_s;
    expected.sort();
    QStringList actual = idsOf(allCachedPages(*m_store, WorkOrderQuery{}));
    actual.sort();
    QCOMPARE(actual, expected);

    const auto info = run<CacheInfo>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QVERIFY(info.value().lastFullSyncAt.isValid());
    QVERIFY(qAbs(info.value().lastFullSyncAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY(info.value().newestFetchAt.isValid());

    // Each sync has its own generation: being seen by the previous one does not count.
    auto next = run<qint64>([&](auto done) { m_store->beginFullSync(nullptr, done); });
    QVERIFY(next.isOk());
    QVERIFY(next.value() > generation.value());
    upsert({summary(fresh)});
    QVERIFY(run<int>([&](auto done) { m_store->endFullSync(true, nullptr, done); }));
    actual = idsOf(allCachedPages(*m_store, WorkOrderQuery{}));
    actual.sort();
    QCOMPARE(actual, (QStringList{u"local-abc"_s, u"wo-009"_s, u"wo-500"_s}));
}

void TestCacheStore::interruptedFullSyncRemovesNothing()
{
    const QList<WorkOrderSummary> orders = sampleOrders(10);
    upsert(orders);
    QVERIFY(run<qint64>([&](auto done) { m_store->beginFullSync(nullptr, done); }));
    upsert(orders.mid(0, 2));
    auto removed = run<int>([&](auto done) { m_store->endFullSync(false, nullptr, done); });
    QVERIFY(removed.isOk());
    QCOMPARE(removed.value(), 0);
    QCOMPARE(allCachedPages(*m_store, WorkOrderQuery{}).size(), 10);
    const auto info = run<CacheInfo>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(!info.value().lastFullSyncAt.isValid());

    // Killed mid-sync (the store goes away without endFullSync): the next run's complete
    // sync decides alone what is gone.
    QVERIFY(run<qint64>([&](auto done) { m_store->beginFullSync(nullptr, done); }));
    upsert(orders.mid(0, 5));
    m_store.reset();
    openStore();
    QCOMPARE(allCachedPages(*m_store, WorkOrderQuery{}).size(), 10);
    QVERIFY(run<qint64>([&](auto done) { m_store->beginFullSync(nullptr, done); }));
    upsert(orders.mid(0, 3));
    removed = run<int>([&](auto done) { m_store->endFullSync(true, nullptr, done); });
    QCOMPARE(removed.value(), 7);
}

void TestCacheStore::outboxKeepsOrderAcrossRestart()
{
    QList<qint64> seqs;
    const QString localId = OutboxEntry::newLocalId();
    QVERIFY(OutboxEntry::isLocalId(localId));
    const QList<std::pair<OutboxEntry::Kind, QString>> edits{
        {OutboxEntry::Kind::Create, localId},
        {OutboxEntry::Kind::Update, u"wo-100"_s},
        {OutboxEntry::Kind::Delete, u"wo-200"_s},
        {OutboxEntry::Kind::Update, localId},
    };
    const QDateTime base(QDate(2024, 1, 25), QTime(10, 15), Qt::UTC);
    for (const auto &[kind, id] : edits) {
        OutboxEntry entry;
        entry.kind = kind;
        entry.orderId = id;
        entry.newOrder.customerId = u"cust-%1"_s.arg(seqs.size());
        entry.patch.setNotes(u"n%1"_s.arg(seqs.size()));
        entry.baseValues = QJsonObject{{u"notes"_s, base.toString(Qt::ISODate)}};
        auto stored =
            run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(entry, nullptr, done); });
        QVERIFY(stored.isOk());
        QVERIFY(stored.value().entry.seq > 0);
        QVERIFY(stored.value().entry.createdAt.isValid());
        QCOMPARE(stored.value().entry.state, OutboxEntry::State::Pending);
        seqs.append(stored.value().entry.seq);
    }
    QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));

    m_store.reset(); // the app quits
    openStore();     // and starts again

    auto list = run<QList<OutboxEntry>>(
        [&](auto done) { m_store->listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(list.isOk());
    QCOMPARE(list.value().size(), 4);
    for (int i = 0; i < 4; ++i) {
        const OutboxEntry &entry = list.value().at(i);
        QCOMPARE(entry.seq, seqs.at(i));
        QCOMPARE(entry.kind, edits.at(i).first);
        QCOMPARE(entry.orderId, edits.at(i).second);
        switch (entry.kind) {
        case OutboxEntry::Kind::Create:
            QCOMPARE(entry.newOrder.customerId, u"cust-%1"_s.arg(i));
            QCOMPARE(entry.localNumber, u"NEW-1"_s); // numbered by the cache
            break;
        case OutboxEntry::Kind::Update:
            QCOMPARE(entry.patch.toJson(), (QJsonObject{{u"notes"_s, u"n%1"_s.arg(i)}}));
            QCOMPARE(entry.baseValues.value(u"notes"_s).toString(), base.toString(Qt::ISODate));
            break;
        case OutboxEntry::Kind::Delete:
            QVERIFY(entry.patch.isEmpty());
            break;
        }
        QCOMPARE(entry.attempts, 0);
    }
    auto ids =
        run<QStringList>([&](auto done) { m_store->orderIdsWithOutboxEntries(nullptr, done); });
    QVERIFY(ids.isOk());
    QCOMPARE(ids.value().size(), 3);

    // A new entry after the restart still comes after the old ones.
    OutboxEntry later;
    later.kind = OutboxEntry::Kind::Delete;
    later.orderId = u"wo-300"_s;
    auto stored =
        run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(later, nullptr, done); });
    QVERIFY(stored.isOk());
    QVERIFY(stored.value().entry.seq > seqs.last());
}

// Every part of an entry, set and cleared, written to the file and read back after the
// store was opened again: the change, its base, the refusal and the state.
void TestCacheStore::outboxEntryRoundTripThroughTheFile()
{
    const QDateTime when(QDate(2026, 3, 4), QTime(8, 30), Qt::UTC);
    OutboxEntry full;
    full.kind = OutboxEntry::Kind::Update;
    full.orderId = u"wo-1"_s;
    full.patch.setStatus(Status::OnHold);
    full.patch.setPriority(Priority::Urgent);
    full.patch.setDescription(u"Leak under the sink"_s);
    full.patch.setWorkOrderType(u"repair"_s);
    full.patch.setTechnicianId(u"tech-3"_s);
    full.patch.setContactId(u"contact-2"_s);
    full.patch.setCustomerId(u"cust-9"_s);
    full.patch.setScheduledDate(when);
    full.patch.setEstimatedDuration(90);
    full.patch.setNotes(u"Back door"_s);
    full.baseValues =
        QJsonObject{{u"status"_s, u"open"_s}, {u"technician_id"_s, QJsonValue(QJsonValue::Null)}};
    OutboxEntry cleared = full;
    cleared.patch = {};
    cleared.patch.setTechnicianId({});
    cleared.patch.setContactId({});
    cleared.patch.setScheduledDate({});
    cleared.patch.setEstimatedDuration(std::nullopt);
    cleared.patch.setNotes({});
    cleared.baseValues = {};
    OutboxEntry create;
    create.kind = OutboxEntry::Kind::Create;
    create.orderId = OutboxEntry::newLocalId();
    create.localNumber = u"NEW-7"_s;
    create.newOrder.customerId = u"cust-001"_s; // every optional field left out
    create.newOrder.description = u"Only the customer and this"_s;

    QList<OutboxEntry> written;
    for (const OutboxEntry &entry : {full, cleared, create}) {
        auto stored =
            run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(entry, nullptr, done); });
        QVERIFY(stored.isOk());
        written.append(entry);
        written.last().seq = stored.value().entry.seq;
    }
    OutboxEntry &refused = written.first();
    refused.state = OutboxEntry::State::NeedsAttention;
    refused.errorMessage = u"The customer is unknown."_s;
    refused.refusal = {{u"customer_id"_s, u"unknown customer"_s}, {{}, u"try later"_s}};
    QVERIFY(
        run<OutboxWrite>([&](auto done) { m_store->replaceOutboxEntry(refused, nullptr, done); }));

    m_store.reset();
    openStore();
    for (const OutboxEntry &entry : std::as_const(written)) {
        auto back = run<std::optional<OutboxEntry>>(
            [&](auto done) { m_store->outboxEntry(entry.seq, nullptr, done); });
        QVERIFY(back.isOk() && back.value());
        const OutboxEntry &read = *back.value();
        QCOMPARE(int(read.kind), int(entry.kind));
        QCOMPARE(read.orderId, entry.orderId);
        QCOMPARE(int(read.state), int(entry.state));
        QCOMPARE(read.errorMessage, entry.errorMessage);
        QCOMPARE(read.refusal, entry.refusal);
        QCOMPARE(read.baseValues, entry.baseValues);
        QCOMPARE(read.patch.toJson(), entry.patch.toJson());
        QCOMPARE(codec::encode(read.newOrder), codec::encode(entry.newOrder));
        QCOMPARE(read.localNumber, entry.localNumber);
        QVERIFY(read.createdAt.isValid());
    }
}

void TestCacheStore::outboxStatesAndRemap()
{
    QList<qint64> seqs;
    for (const QString &id : {u"local-x"_s, u"local-x"_s, u"wo-1"_s}) {
        OutboxEntry entry;
        entry.kind = seqs.isEmpty() ? OutboxEntry::Kind::Create : OutboxEntry::Kind::Update;
        entry.orderId = id;
        entry.newOrder.customerId = u"cust-001"_s;
        entry.patch.setPriority(Priority::High);
        auto stored =
            run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(entry, nullptr, done); });
        QVERIFY(stored.isOk());
        seqs.append(stored.value().entry.seq);
    }
    QVERIFY(run<CacheDone>([&](auto done) {
        m_store->setOutboxState(seqs.at(2), OutboxEntry::State::NeedsAttention,
                                u"Customer not found"_s, nullptr, done);
    }));
    auto pending = run<QList<OutboxEntry>>(
        [&](auto done) { m_store->listOutbox(OutboxEntry::State::Pending, nullptr, done); });
    QVERIFY(pending.isOk());
    QCOMPARE(pending.value().size(), 2);
    auto attention = run<QList<OutboxEntry>>(
        [&](auto done) { m_store->listOutbox(OutboxEntry::State::NeedsAttention, nullptr, done); });
    QVERIFY(attention.isOk());
    QCOMPARE(attention.value().size(), 1);
    QCOMPARE(attention.value().first().errorMessage, u"Customer not found"_s);

    // A request leaves: counted, timed, and after a kill it is not taken for unsent.
    auto marked =
        run<bool>([&](auto done) { m_store->markOutboxSending(seqs.at(0), nullptr, done); });
    QVERIFY(marked.isOk() && marked.value());
    // Once on its way (or gone) it is not marked again: nothing is sent twice in one go.
    marked = run<bool>([&](auto done) { m_store->markOutboxSending(seqs.at(0), nullptr, done); });
    QVERIFY(marked.isOk() && !marked.value());
    marked = run<bool>([&](auto done) { m_store->markOutboxSending(999'999, nullptr, done); });
    QVERIFY(marked.isOk() && !marked.value());
    auto sending = run<std::optional<OutboxEntry>>(
        [&](auto done) { m_store->outboxEntry(seqs.at(0), nullptr, done); });
    QVERIFY(sending.isOk() && sending.value());
    QCOMPARE(sending.value()->state, OutboxEntry::State::Sending);
    QCOMPARE(sending.value()->attempts, 1);
    QVERIFY(sending.value()->sentAt.isValid());
    m_store.reset();
    openStore();
    auto reopened = run<std::optional<OutboxEntry>>(
        [&](auto done) { m_store->outboxEntry(seqs.at(0), nullptr, done); });
    QVERIFY(reopened.isOk() && reopened.value());
    QCOMPARE(reopened.value()->state, OutboxEntry::State::PossiblySent);

    // The create is done: its later entry follows the server's id in the same transaction,
    // and a change queued later against the local id finds the server's id too.
    OrderSpec spec;
    spec.id = u"wo-12346"_s;
    const WorkOrder made = detail(spec, u"made"_s);
    auto completed = run<OutboxWrite>(
        [&](auto done) { m_store->completeOutbox(seqs.at(0), made, nullptr, done); });
    QVERIFY(completed.isOk());
    QCOMPARE(completed.value().orderId, u"wo-12346"_s);
    QCOMPARE(completed.value().previousOrderId, u"local-x"_s);
    QVERIFY(completed.value().shown);
    QCOMPARE(completed.value().shown->priority, Priority::High); // the later change laid over
    OutboxEntry late;
    late.kind = OutboxEntry::Kind::Delete;
    late.orderId = u"local-x"_s;
    auto lateWrite =
        run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(late, nullptr, done); });
    QVERIFY(lateWrite.isOk());
    QCOMPARE(lateWrite.value().entry.orderId, u"wo-12346"_s);
    QVERIFY(!lateWrite.value().shown); // hidden until the delete is sent

    auto all = run<QList<OutboxEntry>>(
        [&](auto done) { m_store->listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(all.isOk());
    QCOMPARE(all.value().size(), 3);
    QCOMPARE(all.value().at(0).orderId, u"wo-12346"_s);
    QCOMPARE(all.value().at(1).state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(all.value().at(2).orderId, u"wo-12346"_s);
}

void TestCacheStore::queuedWritesFinishBeforeTheStoreStops()
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Update;
    entry.orderId = u"wo-42"_s;
    // Fire and forget, then quit at once: the destructor lets the queue drain.
    m_store->upsertSummaries(sampleOrders(50));
    m_store->enqueueOutbox(entry, nullptr, {});
    m_store.reset();
    openStore();
    auto list = run<QList<OutboxEntry>>(
        [&](auto done) { m_store->listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(list.isOk());
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(allCachedPages(*m_store, WorkOrderQuery{}).size(), 50);
}

void TestCacheStore::deadContextGetsNoCallback()
{
    auto context = std::make_unique<QObject>();
    bool called = false;
    m_store->queryPage(WorkOrderQuery{}, context.get(),
                       [&](CacheResult<Page<WorkOrderSummary>>) { called = true; });
    context.reset();
    // The store answers in order: once a later call is answered, the first one was too.
    QVERIFY(run<CacheInfo>([&](auto done) { m_store->info(nullptr, done); }));
    QVERIFY(!called);

    QObject alive;
    bool aliveCalled = false;
    m_store->queryPage(WorkOrderQuery{}, &alive,
                       [&](CacheResult<Page<WorkOrderSummary>>) { aliveCalled = true; });
    QTRY_VERIFY(aliveCalled);
}

void TestCacheStore::receivedJsonIsStoredAsItCame()
{
    const QList<WorkOrderSummary> orders = sampleOrders(3);
    QList<QByteArray> received;
    for (const WorkOrderSummary &order : orders) {
        // Spelled unlike QJsonDocument would, with a field only these bytes hold: the rows
        // read back prove the bytes were kept, not `raw` re-encoded.
        QJsonObject json = order.raw;
        json[u"x_received"_s] = u"caf\u00e9 \"{[\\"_s;
        received.append(QJsonDocument(json).toJson(QJsonDocument::Indented).trimmed());
    }
    QVERIFY(run<CacheDone>(
        [&](auto done) { m_store->upsertSummaries(orders, received, nullptr, done); }));
    QList<WorkOrderSummary> rows = allCachedPages(*m_store, WorkOrderQuery{});
    QCOMPARE(rows.size(), 3);
    for (const WorkOrderSummary &row : std::as_const(rows)) {
        QCOMPARE(row.raw.value(u"x_received"_s).toString(), u"caf\u00e9 \"{[\\"_s);
        const auto written = std::find_if(orders.cbegin(), orders.cend(),
                                          [&](const auto &o) { return o.id == row.id; });
        QVERIFY(written != orders.cend());
        QCOMPARE(row.customer.name, written->customer.name);
        QCOMPARE(row.scheduledDate, written->scheduledDate);
    }

    // A list that does not match the orders one to one is not used: `raw` is encoded.
    QVERIFY(run<CacheDone>(
        [&](auto done) { m_store->upsertSummaries(orders, received.mid(0, 2), nullptr, done); }));
    rows = allCachedPages(*m_store, WorkOrderQuery{});
    QCOMPARE(rows.size(), 3);
    for (const WorkOrderSummary &row : std::as_const(rows))
        QVERIFY(!row.raw.contains(u"x_received"_s));
}

void TestCacheStore::diskFullRollsBackAndSaysSo()
{
    upsert(sampleOrders(50));
    QSignalSpy failures(m_store.get(), &CacheStore::writeFailed);
    QVERIFY(run<CacheDone>([&](auto done) { m_store->limitGrowthForTesting(2, nullptr, done); }));

    // A batch much larger than two pages: the write fails part-way and nothing of it stays.
    QList<WorkOrderSummary> big;
    for (int i = 0; i < 400; ++i) {
        OrderSpec spec;
        spec.id = u"wo-big-%1"_s.arg(i, 4, 10, QChar(u'0'));
        QJsonObject json = orderJson(spec);
        json[u"notes_padding"_s] = QString(500, u'x');
        big.append(summaryFrom(json));
    }
    auto result = run<CacheDone>([&](auto done) { m_store->upsertSummaries(big, nullptr, done); });
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), CacheError::Kind::DiskFull);
    QVERIFY(result.error().userMessage().contains(u"disk is full"_s));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().value<CacheError>().kind(), CacheError::Kind::DiskFull);

    // Fire-and-forget write-through still reports through the signal.
    m_store->upsertSummaries(big);
    QTRY_COMPARE(failures.size(), 2);

    QCOMPARE(allCachedPages(*m_store, WorkOrderQuery{}).size(), 50);
    auto integrity = run<QStringList>([&](auto done) { m_store->integrityCheck(nullptr, done); });
    QVERIFY(integrity.isOk());
    QCOMPARE(integrity.value(), QStringList{u"ok"_s});
}

void TestCacheStore::callsFailCleanlyWhenNotOpen()
{
    QVERIFY(run<CacheDone>([&](auto done) { m_store->close(nullptr, done); }));
    auto page = run<Page<WorkOrderSummary>>(
        [&](auto done) { m_store->queryPage(WorkOrderQuery{}, nullptr, done); });
    QVERIFY(!page.isOk());
    QCOMPARE(page.error().kind(), CacheError::Kind::NotOpen);
    OutboxEntry entry;
    entry.orderId = u"wo-1"_s;
    auto stored =
        run<OutboxWrite>([&](auto done) { m_store->enqueueOutbox(entry, nullptr, done); });
    QVERIFY(!stored.isOk());
    QVERIFY(!stored.error().userMessage().isEmpty());

    // Opening a folder that cannot exist (its parent is a file) fails in words, no crash.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CacheStore nowhere(blocker.fileName() + u"/cache"_s);
    const auto report =
        await<CacheOpenReport>([&](auto done) { nowhere.open(kServer, nullptr, done); });
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Failed);
    QVERIFY(!report.message.isEmpty());
    QVERIFY(!report.isUsable());
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
