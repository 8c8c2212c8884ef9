// The cache file itself: migrations from earlier schema versions, damaged and foreign files,
// and query plans that use the indexes.

#include "cachetestsupport.h"

#include "cache/cachemigrator.h"
#include "cache/cachepaths.h"
#include "cache/cacheschema.h"
#include "cache/cachestore.h"
#include "cache/filtersql.h"
#include "cache/searchsql.h"
#include "cache/workordertable.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

const QUrl kServer(u"https://api.fentu.io/v1"_s);

/// A plain connection of the test's own, closed and removed on destruction.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery query(db());
        QStringList values;
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private:
    QString m_name;
};

QByteArray garbage(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + 7) % 251);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CacheOpenReport openStore(CacheStore &store, const QUrl &server = kServer)
{
    return await<CacheOpenReport>([&](auto done) { store.open(server, nullptr, done); });
}

} // namespace

class TestCacheSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesVersion1FileWithItsData();
    void eachStepIsAVersion();
    void newerFileIsLeftAlone();
    void garbageFileIsKeptAsideAndReplaced();
    void damagedPagesAreFoundAndUnsentEditsSaved();
    void bigFileIsCheckedInTheBackground();
    void otherDatabaseIsKeptAside();
    void otherServersFileIsKeptAside();
    void emptyFileBecomesACache();
    void pageQueriesUseTheIndexes();
    void searchQueriesReadTheIndexFirst();
    void theNextPageSeeksAndFollowsEveryChange();
    void writesNoteRowsForTheIndexWithoutATemporaryTable();

private:
    void makeCacheWithDamagedIndex(int orders, const QStringList &outboxIds);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString cachePath() const { return m_dir->filePath(cachepaths::fileNameFor(kServer)); }
};

void TestCacheSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheSchema::migratesVersion1FileWithItsData()
{
    {
        // A file exactly as version 1 of the app left it.
        RawConnection v1(cachePath());
        for (const QString &sql : cacheschema::stepStatements(1))
            QVERIFY(v1.exec(sql));
        QVERIFY(v1.exec(u"UPDATE schema_version SET version = 1"_s));
        QVERIFY(v1.exec(u"INSERT INTO origin (id, base_url, created_at) VALUES (1, ?, ?)"_s,
                        {kServer.toString(), u"2024-01-01T00:00:00Z"_s}));
        OrderSpec spec;
        spec.id = u"wo-100001"_s;
        spec.scheduled = QDateTime(QDate(2024, 1, 27), QTime(9, 0), Qt::UTC);
        const QString json =
            QString::fromUtf8(QJsonDocument(orderJson(spec)).toJson(QJsonDocument::Compact));
        QVERIFY(v1.exec(u"INSERT INTO work_orders (id, number, status, priority, customer_id,"
                        " customer_name, scheduled_utc, scheduled_date_utc, list_key,"
                        " summary_json, fetched_at, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {spec.id, u"WO-2024-001"_s, u"open"_s, u"high"_s, spec.customerId,
                         spec.customerName, spec.scheduled.toMSecsSinceEpoch(), u"2024-01-27"_s,
                         spec.scheduled.toMSecsSinceEpoch(), json, u"2024-01-28T00:00:00Z"_s,
                         u"2024-01-20T08:30:15.250Z"_s, QVariant()}));
        // Unreadable text from an older build: becomes NULL, the row stays.
        QVERIFY(v1.exec(u"INSERT INTO work_orders (id, list_key, summary_json, fetched_at,"
                        " created_at) VALUES ('wo-100002', ?, '{\"id\":\"wo-100002\"}',"
                        " '2024-01-28T00:00:00Z', 'yesterday')"_s,
                        {FilterSql::kUnscheduledKey}));
        QVERIFY(v1.exec(u"INSERT INTO outbox (kind, order_id, payload, created_at, state,"
                        " error_message, attempts) VALUES ('update', ?, '{\"status\":\"on_hold\"}',"
                        " '2024-01-28T08:00:00Z', 'needs_attention', 'Refused', 2)"_s,
                        {spec.id}));
        QCOMPARE(v1.column(u"SELECT version FROM schema_version"_s), QStringList{u"1"_s});
    }

    CacheStore store(m_dir->path());
    const CacheOpenReport report = openStore(store);
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);
    const auto info = await<CacheResult<CacheInfo>>([&](auto done) { store.info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);
    QCOMPARE(info.value().orderCount, 2);

    const auto rows = allCachedPages(store, WorkOrderQuery{});
    QCOMPARE(idsOf(rows), (QStringList{u"wo-100001"_s, u"wo-100002"_s}));
    QCOMPARE(rows.first().raw.value(u"x_vendor_field"_s).toString(), u"kept"_s);
    WorkOrderQuery dated;
    dated.fromDate = QDate(2024, 1, 27);
    dated.toDate = QDate(2024, 1, 27);
    QCOMPARE(allCachedPages(store, dated).size(), 1);

    // Version 2's data step: an entry tried before v2 gets its creation time as last attempt.
    const auto outbox = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { store.listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(outbox.isOk());
    QCOMPARE(outbox.value().size(), 1);
    QCOMPARE(outbox.value().first().attempts, 2);
    QCOMPARE(outbox.value().first().state, OutboxEntry::State::NeedsAttention);
    QCOMPARE(outbox.value().first().lastAttemptAt,
             QDateTime(QDate(2024, 1, 28), QTime(8, 0), Qt::UTC));

    RawConnection check(cachePath());
    // Version 3's data step: ISO text times became epoch milliseconds.
    const qint64 created =
        QDateTime(QDate(2024, 1, 20), QTime(8, 30, 15, 250), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(check.column(u"SELECT created_ms FROM work_orders"
                          " WHERE id = 'wo-100001'"_s),
             QStringList{QString::number(created)});
    QCOMPARE(check.column(u"SELECT updated_ms IS NULL FROM work_orders WHERE id = 'wo-100001'"_s),
             QStringList{u"1"_s});
    QCOMPARE(check.column(u"SELECT created_ms IS NULL FROM work_orders WHERE id = 'wo-100002'"_s),
             QStringList{u"1"_s});
    const QStringList orderIndexes = check.column(
        u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'work_orders'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QCOMPARE(orderIndexes, (QStringList{u"work_orders_customer"_s, u"work_orders_list"_s,
                                        u"work_orders_status"_s, u"work_orders_technician"_s}));
    const QStringList indexes =
        check.column(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox'"
                     " ORDER BY name"_s);
    QVERIFY(indexes.contains(u"outbox_order"_s));
    QVERIFY(indexes.contains(u"outbox_state"_s));
}

void TestCacheSchema::eachStepIsAVersion()
{
    RawConnection raw(m_dir->filePath(u"steps.sqlite"_s));
    QSqlDatabase db = raw.db();
    auto empty = CacheMigrator::currentVersion(db);
    QVERIFY(empty.isOk());
    QCOMPARE(empty.value(), 0);
    for (int version = 1; version <= cacheschema::kCurrentVersion; ++version) {
        QVERIFY(!cacheschema::stepStatements(version).isEmpty());
        auto reached = CacheMigrator::migrate(db, version);
        QVERIFY2(reached.isOk(), qPrintable(failureText(reached)));
        QCOMPARE(reached.value(), version);
        QCOMPARE(CacheMigrator::currentVersion(db).value(), version);
    }
    QVERIFY(cacheschema::stepStatements(cacheschema::kCurrentVersion + 1).isEmpty());
}

void TestCacheSchema::newerFileIsLeftAlone()
{
    {
        CacheStore store(m_dir->path());
        QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
    }
    {
        RawConnection raw(cachePath());
        QVERIFY(raw.exec(u"UPDATE schema_version SET version = 99"_s));
    }
    const QByteArray before = readFile(cachePath());
    CacheStore store(m_dir->path());
    const CacheOpenReport report = openStore(store);
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Failed);
    QVERIFY2(report.message.contains(u"newer version"_s), qPrintable(report.message));
    QCOMPARE(readFile(cachePath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.damaged-*"_s}, QDir::Files).size(), 0);
}

void TestCacheSchema::garbageFileIsKeptAsideAndReplaced()
{
    const QByteArray junk = garbage(64 * 1024);
    QVERIFY(writeFile(cachePath(), junk));
    QVERIFY(writeFile(cachePath() + u"-wal"_s, garbage(4096)));
    QVERIFY(writeFile(cachePath() + u"-shm"_s, garbage(32768)));

    CacheStore store(m_dir->path());
    const CacheOpenReport report = openStore(store);
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Recovered);
    QVERIFY(report.isUsable());
    QCOMPARE(report.filePath, cachePath());
    QVERIFY(report.movedAsidePath.startsWith(cachePath() + u".damaged-"_s));
    QCOMPARE(readFile(report.movedAsidePath), junk);
    QVERIFY2(QFile::exists(report.movedAsidePath + u"-wal"_s),
             qPrintable(QDir(m_dir->path()).entryList(QDir::Files).join(u", "_s)));
    QVERIFY(QFile::exists(report.movedAsidePath + u"-shm"_s));
    QVERIFY2(report.message.contains(u"damaged"_s), qPrintable(report.message));
    QVERIFY(report.message.contains(QFileInfo(report.movedAsidePath).fileName()));

    // The new file is a sound, working cache.
    auto integrity =
        await<CacheResult<QStringList>>([&](auto done) { store.integrityCheck(nullptr, done); });
    QVERIFY(integrity.isOk());
    QCOMPARE(integrity.value(), QStringList{u"ok"_s});
    OrderSpec spec;
    spec.id = u"wo-1"_s;
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { store.upsertSummaries({summary(spec)}, nullptr, done); }));
    QCOMPARE(allCachedPages(store, WorkOrderQuery{}).size(), 1);
}

void TestCacheSchema::makeCacheWithDamagedIndex(int count, const QStringList &outboxIds)
{
    {
        CacheStore store(m_dir->path());
        QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
        QList<WorkOrderSummary> orders;
        for (int i = 0; i < count; ++i) {
            OrderSpec spec;
            spec.id = u"wo-%1"_s.arg(i, 4, 10, QChar(u'0'));
            spec.status = i % 2 ? u"open"_s : u"assigned"_s;
            orders.append(summary(spec));
        }
        QVERIFY(await<CacheResult<CacheDone>>(
            [&](auto done) { store.upsertSummaries(orders, nullptr, done); }));
        for (const QString &id : outboxIds) {
            OutboxEntry entry;
            entry.kind =
                id.startsWith(u"local"_s) ? OutboxEntry::Kind::Create : OutboxEntry::Kind::Update;
            entry.orderId = id;
            entry.newOrder.notes = id;
            entry.patch.setNotes(id);
            QVERIFY(await<CacheResult<OutboxWrite>>(
                [&](auto done) { store.enqueueOutbox(entry, nullptr, done); }));
        }
    } // closing checkpoints the WAL into the main file

    qint64 offset = 0;
    int pageSize = 0;
    {
        RawConnection raw(cachePath());
        pageSize = raw.column(u"PRAGMA page_size"_s).value(0).toInt();
        const int root = raw.column(u"SELECT rootpage FROM sqlite_master"
                                    " WHERE name = 'work_orders_status'"_s)
                             .value(0)
                             .toInt();
        QVERIFY(pageSize > 0 && root > 1);
        offset = qint64(root - 1) * pageSize;
    }
    QVERIFY(!QFile::exists(cachePath() + u"-wal"_s) ||
            QFileInfo(cachePath() + u"-wal"_s).size() == 0);
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(garbage(pageSize)), qint64(pageSize));
    }
}

void TestCacheSchema::damagedPagesAreFoundAndUnsentEditsSaved()
{
    makeCacheWithDamagedIndex(400, {u"local-1"_s, u"wo-0007"_s});
    if (QTest::currentTestFailed())
        return;
    CacheStore store(m_dir->path());
    const CacheOpenReport report = openStore(store);
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Recovered);
    QVERIFY(QFile::exists(report.movedAsidePath));
    QVERIFY2(report.message.contains(u"Unsent changes saved from it: 2."_s),
             qPrintable(report.message));
    // The server's rows are gone with the damaged file; the salvaged new order shows again.
    const QList<WorkOrderSummary> rows = allCachedPages(store, WorkOrderQuery{});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, u"local-1"_s);
    const auto outbox = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { store.listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(outbox.isOk());
    QCOMPARE(outbox.value().size(), 2);
    QCOMPARE(outbox.value().at(0).orderId, u"local-1"_s);
    QCOMPARE(outbox.value().at(0).kind, OutboxEntry::Kind::Create);
    QCOMPARE(outbox.value().at(1).orderId, u"wo-0007"_s);
    QCOMPARE(outbox.value().at(1).patch.toJson(), (QJsonObject{{u"notes"_s, u"wo-0007"_s}}));
}

void TestCacheSchema::bigFileIsCheckedInTheBackground()
{
    makeCacheWithDamagedIndex(400, {u"wo-0003"_s});
    if (QTest::currentTestFailed())
        return;
    CacheStore store(m_dir->path());
    store.setBackgroundCheckThresholdForTesting(0); // every file counts as big
    QSignalSpy replaced(&store, &CacheStore::cacheReplaced);
    // The small tables are sound, so the file opens at once; the full check follows.
    const CacheOpenReport opened = openStore(store);
    QCOMPARE(opened.outcome, CacheOpenReport::Outcome::Opened);
    QTRY_COMPARE(replaced.size(), 1);
    const auto report = replaced.first().first().value<CacheOpenReport>();
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Recovered);
    QVERIFY(QFile::exists(report.movedAsidePath));
    QVERIFY2(report.message.contains(u"Unsent changes saved from it: 1."_s),
             qPrintable(report.message));

    // The store goes on with the new file.
    const auto outbox = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { store.listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(outbox.isOk());
    QCOMPARE(outbox.value().size(), 1);
    QCOMPARE(outbox.value().first().orderId, u"wo-0003"_s);
    QVERIFY(allCachedPages(store, WorkOrderQuery{}).isEmpty());
    auto integrity =
        await<CacheResult<QStringList>>([&](auto done) { store.integrityCheck(nullptr, done); });
    QVERIFY(integrity.isOk());
    QCOMPARE(integrity.value(), QStringList{u"ok"_s});
}

void TestCacheSchema::otherDatabaseIsKeptAside()
{
    {
        RawConnection raw(cachePath());
        QVERIFY(raw.exec(u"CREATE TABLE notes (body TEXT)"_s));
    }
    CacheStore store(m_dir->path());
    const CacheOpenReport report = openStore(store);
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Recovered);
    QVERIFY(QFile::exists(report.movedAsidePath));
    const auto info = await<CacheResult<CacheInfo>>([&](auto done) { store.info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);
}

void TestCacheSchema::otherServersFileIsKeptAside()
{
    const QUrl other(u"https://other.example/v1"_s);
    {
        CacheStore store(m_dir->path());
        QCOMPARE(openStore(store, other).outcome, CacheOpenReport::Outcome::Opened);
        OutboxEntry entry;
        entry.orderId = u"wo-1"_s;
        QVERIFY(await<CacheResult<OutboxWrite>>(
            [&](auto done) { store.enqueueOutbox(entry, nullptr, done); }));
    }
    QVERIFY(QFile::rename(m_dir->filePath(cachepaths::fileNameFor(other)), cachePath()));

    CacheStore store(m_dir->path());
    const CacheOpenReport report = openStore(store);
    QCOMPARE(report.outcome, CacheOpenReport::Outcome::Recovered);
    QVERIFY2(report.message.contains(u"another server"_s), qPrintable(report.message));
    // Another server's edits are not replayed here.
    const auto outbox = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { store.listOutbox(std::nullopt, nullptr, done); });
    QVERIFY(outbox.isOk());
    QVERIFY(outbox.value().isEmpty());
    const auto info = await<CacheResult<CacheInfo>>([&](auto done) { store.info(nullptr, done); });
    QCOMPARE(info.value().baseUrl, kServer.toString());
}

void TestCacheSchema::emptyFileBecomesACache()
{
    QVERIFY(writeFile(cachePath(), QByteArray()));
    CacheStore store(m_dir->path());
    QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
}

/// The steps of `sql`'s query plan with `values` bound; one step saying why when there is none.
static QStringList queryPlan(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery plan(db);
    if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        return {u"cannot prepare: "_s + plan.lastError().text()};
    for (int i = 0; i < values.size(); ++i)
        plan.bindValue(i, values.at(i));
    if (!plan.exec())
        return {u"cannot run: "_s + plan.lastError().text()};
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    return steps;
}

void TestCacheSchema::pageQueriesUseTheIndexes()
{
    CacheStore store(m_dir->path());
    QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
    RawConnection raw(cachePath());
    QList<FilterSql> filters;
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
        filters << FilterSql::fromQuery(query);
    }
    // The board's "Not scheduled" list, with and without the window's status and customer.
    filters << FilterSql::waitingOrders() << FilterSql::waitingOrders(Status::Open)
            << FilterSql::waitingOrders(std::nullopt, u"cust-002"_s)
            << FilterSql::waitingOrders(Status::Draft, u"cust-002"_s);
    for (int mask = 0; mask < filters.size(); ++mask) {
        const FilterSql &filter = filters.at(mask);
        QStringList statements{WorkOrderTable::pageSql(filter), WorkOrderTable::countSql(filter)};
        if (!filter.unassignedOnly) // the "Not scheduled" list is one page: never a next one
            statements << WorkOrderTable::pageAfterSql(filter);
        for (const QString &sql : std::as_const(statements)) {
            QVariantList values = filter.values();
            while (values.size() < sql.count(u'?')) // a page's end, LIMIT, OFFSET
                values << 100;
            const QStringList steps = queryPlan(raw.db(), sql, values);
            QVERIFY2(!steps.isEmpty() && !steps.first().startsWith(u"cannot"_s),
                     qPrintable(steps.value(0) + u": "_s + sql));
            const QString text = steps.join(u" | "_s);
            QVERIFY2(!steps.isEmpty(), qPrintable(sql));
            QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(u"%1: %2"_s.arg(mask).arg(text)));
            for (const QString &step : steps) {
                if (step.startsWith(u"SCAN"_s) || step.startsWith(u"SEARCH"_s))
                    QVERIFY2(step.contains(u"INDEX"_s),
                             qPrintable(u"%1: %2"_s.arg(mask).arg(text)));
            }
        }
    }
}

// Keyset paging (PageEnds): the page after one just read seeks past its end. Whatever the
// order pages are asked in, and whatever changed in between (this store's writes, another
// connection's), each page is what OFFSET would give: the list as it is now, cut there.
void TestCacheSchema::theNextPageSeeksAndFollowsEveryChange()
{
    CacheStore store(m_dir->path());
    QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
    QList<WorkOrderSummary> orders;
    for (int i = 0; i < 120; ++i) {
        OrderSpec spec;
        spec.id = u"wo-%1"_s.arg((i * 37) % 120, 3, 10, QLatin1Char('0')); // ids out of order
        spec.status = i % 3 ? u"open"_s : u"completed"_s;
        if (i % 11) // a few unscheduled; the rest crowd seven times (ties by id)
            spec.scheduled = QDateTime(QDate(2026, 12, 1 + i % 7), QTime(9, 0), Qt::UTC);
        orders << summary(spec);
    }
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                store.upsertSummaries(orders, nullptr, done);
            }).isOk());
    const auto page = [&](WorkOrderQuery query, int number) {
        query.page = number;
        query.perPage = 9;
        const auto got = await<CacheResult<Page<WorkOrderSummary>>>(
            [&](auto done) { store.queryPage(query, nullptr, done); });
        return got.isOk() ? idsOf(got.value().items) : QStringList{u"<error>"_s};
    };
    // The reference: the list as it is now, read past the store (whose reading would replace
    // the ends it remembers).
    const auto reference = [&](const WorkOrderQuery &query) {
        RawConnection raw(cachePath());
        return raw.column(query.status ? u"SELECT id FROM work_orders WHERE status = 'open'"
                                         " ORDER BY list_key, id"_s
                                       : u"SELECT id FROM work_orders ORDER BY list_key, id"_s);
    };
    const auto pagesOf = [&](const QStringList &all, int number) {
        return all.mid((number - 1) * 9, 9);
    };

    WorkOrderQuery open;
    open.status = Status::Open;
    for (const WorkOrderQuery &query : {WorkOrderQuery(), open}) {
        const QStringList all = reference(query);
        QVERIFY(all.size() > 30);
        for (int number = 1; number <= all.size() / 9 + 2; ++number) // on, past the end
            QCOMPARE(page(query, number), pagesOf(all, number));
        for (const int number : {5, 6, 2, 3, 3, 9}) // jumps, and the same page again
            QCOMPARE(page(query, number), pagesOf(all, number));
    }

    // Pages 1 to 3 read; then an order of page 6 moves to the front (this store's write).
    for (int number = 1; number <= 3; ++number)
        QCOMPARE(page({}, number), pagesOf(reference({}), number));
    WorkOrderSummary moved = orders.at(0);
    const QString movedId = pagesOf(reference({}), 6).first();
    for (const WorkOrderSummary &order : std::as_const(orders)) {
        if (order.id == movedId)
            moved = order;
    }
    moved.scheduledDate = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    moved.updatedAt = moved.updatedAt.addSecs(60);
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                store.upsertSummaries({moved}, nullptr, done);
            }).isOk());
    QCOMPARE(page({}, 4), pagesOf(reference({}), 4));
    QCOMPARE(reference({}).first(), movedId);

    // Page 5 read; another connection (a second window, fentu-cli) deletes an order before it.
    QCOMPARE(page({}, 5), pagesOf(reference({}), 5));
    const QString gone = pagesOf(reference({}), 2).first();
    {
        RawConnection other(cachePath());
        QVERIFY(other.exec(u"DELETE FROM work_orders WHERE id = ?"_s, {gone}));
    }
    QVERIFY(!reference({}).contains(gone));
    QCOMPARE(page({}, 6), pagesOf(reference({}), 6));
}

// A search reads the index outermost and only the small search_order per match: never the
// whole search run once per order, never every matching order's wide row; work_orders only
// for the page's rows.
void TestCacheSchema::searchQueriesReadTheIndexFirst()
{
    CacheStore store(m_dir->path());
    QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
    RawConnection raw(cachePath());
    for (int mask = 0; mask < 16; ++mask) {
        FilterSql filter;
        filter.searchMatch = u"\"harb\"*"_s;
        if (mask & 1)
            filter.status = u"open"_s;
        if (mask & 2)
            filter.excludedStatuses = {u"completed"_s, u"cancelled"_s};
        if (mask & 4)
            filter.keyFrom = FilterSql::startOfUtcDay(QDate(2024, 3, 5));
        if (mask & 8)
            filter.keyUntil = FilterSql::startOfUtcDay(QDate(2024, 3, 12));
        const SearchSql search(filter);
        for (const QString &sql :
             {search.countSql(), search.pageSql(u"w.id"_s), search.pageAfterSql(u"w.id"_s)}) {
            QVariantList values = search.values();
            while (values.size() < sql.count(u'?')) // LIMIT and OFFSET
                values << 100;
            const QStringList steps = queryPlan(raw.db(), sql, values);
            QVERIFY2(!steps.isEmpty() && !steps.first().startsWith(u"cannot"_s),
                     qPrintable(steps.value(0) + u": "_s + sql));
            const QString text = u"%1: %2"_s.arg(mask).arg(steps.join(u" | "_s));
            QVERIFY2(!steps.isEmpty(), qPrintable(sql));
            QStringList reads;
            for (const QString &step : std::as_const(steps)) {
                if (step.startsWith(u"SCAN"_s) || step.startsWith(u"SEARCH"_s))
                    reads << step;
            }
            QVERIFY2(reads.first().startsWith(u"SCAN s VIRTUAL TABLE"_s), qPrintable(text));
            for (const QString &step : reads.mid(1)) {
                QVERIFY2(step == u"SEARCH k USING INTEGER PRIMARY KEY (rowid=?)"_s ||
                             step == u"SEARCH w USING INTEGER PRIMARY KEY (rowid=?)"_s ||
                             step == u"SCAN picked"_s,
                         qPrintable(text));
            }
            // work_orders is read only outside the subquery that picks the page's rows.
            QVERIFY2(!sql.section(u"AS picked"_s, 0, 0).contains(u"work_orders w"_s),
                     qPrintable(sql));
        }
    }
}

// Schema step 8: the triggers that note rows for the search index append, with no lookup of
// the rows noted already (that lookup made SQLite copy the table to a temporary b-tree for
// every row a sync wrote). A row noted twice in one transaction is indexed once.
void TestCacheSchema::writesNoteRowsForTheIndexWithoutATemporaryTable()
{
    CacheStore store(m_dir->path());
    QCOMPARE(openStore(store).outcome, CacheOpenReport::Outcome::Opened);
    {
        RawConnection raw(cachePath());
        const QStringList writes{
            u"INSERT INTO work_orders (id, list_key, summary_json, fetched_at)"
            " VALUES ('wo-x', 1, '{}', 'now') ON CONFLICT (id) DO UPDATE SET number = 'WO-X'"_s,
            u"UPDATE work_orders SET customer_name = 'Harbor' WHERE id = 'wo-x'"_s,
            u"DELETE FROM work_orders WHERE id = 'wo-x'"_s};
        for (const QString &sql : writes) {
            // EXPLAIN lists the triggers' programs after the statement's own.
            QSqlQuery explain(raw.db());
            QVERIFY2(explain.exec(u"EXPLAIN "_s + sql), qPrintable(explain.lastError().text()));
            QStringList program;
            while (explain.next())
                program << explain.value(1).toString();
            QVERIFY2(program.contains(u"Program"_s), qPrintable(sql)); // the trigger ran
            QVERIFY2(!program.contains(u"OpenEphemeral"_s), qPrintable(sql));
        }
    }
    // The same order twice in one page: changed between the two, noted three times.
    OrderSpec first;
    first.id = u"wo-001"_s;
    OrderSpec second = first;
    second.customerName = u"Seaside Bakery"_s;
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                store.upsertSummaries({summary(first), summary(second)}, nullptr, done);
            }).isOk());
    RawConnection raw(cachePath());
    QCOMPARE(raw.column(u"SELECT count(*) FROM work_orders_search"_s), QStringList{u"1"_s});
    QCOMPARE(raw.column(u"SELECT count(*) FROM search_order"_s), QStringList{u"1"_s});
    QCOMPARE(raw.column(u"SELECT count(*) FROM work_orders_search_dirty"_s), QStringList{u"0"_s});
    QCOMPARE(raw.column(u"SELECT rowid FROM work_orders_search WHERE work_orders_search MATCH"
                        " 'seaside'"_s),
             raw.column(u"SELECT rowid FROM work_orders WHERE id = 'wo-001'"_s));
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cacheschema.moc"
