// Search over the whole cache (SQLite FTS5, schema version 5) against a plain reference: a
// table of queries over a seeded cache, each compared with a brute-force match of the same
// rules (SearchMatch: every word required, a word's letter-and-digit runs one after another,
// the last a prefix, case and accents folded) over the same orders. Then the index kept in
// step through upserts, details, removals and a sync's removal of vanished orders; the
// filter combined with the search; text with nothing to look for; and a cache made by the
// previous schema version, migrated, found by the same search.
#include "cachetestsupport.h"
#include "searchreference.h"

#include "cache/cacheschema.h"
#include "cache/searchmatch.h"
#include "filter/workorderfilter.h"
#include "localzone.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

const QUrl kServer(u"http://127.0.0.1:8080/api/v1"_s);

const QStringList kCustomers{u"Harbor View Hotel"_s,   u"Hôtel du Lac"_s,    u"Crème Brûlée Café"_s,
                             u"Müller & Söhne GmbH"_s, u"Acme Corp"_s,       u"O'Brien Plumbing"_s,
                             u"Harborside Marina"_s,   u"Viewpoint Dental"_s};
const QStringList kStreets{u"12 Harbour Rd"_s, u"7356 Willow Rd, Suite 280"_s,
                           u"Rue de l'Église 4"_s, u"Königsallee 1"_s, u"1 Infinite Loop"_s};
const QStringList kPeople{u"Sofia Wright"_s, u"José Núñez"_s, u"Zoë Quinn"_s, u"Li Wei"_s};
const QStringList kTechnicians{u"Anthony Martin"_s, u"Brian Davis"_s, u"Hannah Walker"_s};
const QStringList kTypes{u"repair"_s, u"install"_s, u"inspection"_s, u"maintenance"_s};
const QStringList kWords{u"boiler"_s,  u"leak"_s,           u"radiator"_s,   u"fuse"_s,
                         u"déjà vu"_s, u"gate code 4471"_s, u"ring twice"_s, u"dog on site"_s};

struct Seeded
{
    WorkOrder order;
    bool detailed = false;
    /// `knownAddress`: the customer's address as the cache knows it from another order's
    /// detail (a list row carries none of its own).
    QStringList fields(const QString &knownAddress) const
    {
        QStringList all{order.number, order.customer.name,
                        order.technician ? order.technician->name : QString(), order.workOrderType,
                        detailed ? order.customer.address : knownAddress};
        if (detailed) {
            all << order.description << order.notes;
            if (order.contact)
                all << order.contact->name << order.contact->phone;
        }
        return all;
    }
};

} // namespace

class TestCacheSearch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void matchesTheReference_data();
    void matchesTheReference();
    void followsUpsertsDetailsAndRemovals();
    void combinesWithTheFilter();
    void countsWhatTheTableShowsForAView();
    void aCacheOfTheLastVersionIsSearchableAfterMigrating();
    void aVersion6IndexIsReplacedInTheListsOrder();
    void aVersion7FilesPendingNotesAreIndexedAfterMigrating();
    void aDamagedIndexIsRebuiltOnOpening();
    void anOrderWithoutAStatusIsNotClosed();
    void aVersion5CacheFetchesItsDetailsOnceMore();
    void aListRowWithoutATimeThatDiffersMakesTheDetailStale();

private:
    void openStore();
    void seed(int count, quint32 seed);
    /// Runs `statements` on the cache file with the store closed, then opens it again.
    void changeFileBehindTheStore(const QStringList &statements);
    QStringList search(const QString &text, const WorkOrderFilter &filter = {});
    QStringList reference(const QString &text) const;
    /// A few queries of every kind (words, a number, a phone, an accent) against reference().
    bool findsWhatTheReferenceFinds();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_store;
    QHash<QString, Seeded> m_seeded;
};

void TestCacheSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openStore();
}

void TestCacheSearch::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_seeded.clear();
}

void TestCacheSearch::openStore()
{
    m_store = openedStore(m_dir->path(), kServer);
    QVERIFY(m_store);
}

void TestCacheSearch::seed(int count, quint32 seedValue)
{
    QRandomGenerator random(seedValue);
    const auto pick = [&](const QStringList &from) {
        return from.at(int(random.bounded(qsizetype(from.size()))));
    };
    QList<WorkOrderSummary> rows;
    QList<WorkOrder> details;
    for (int i = 0; i < count; ++i) {
        Seeded s;
        WorkOrder &o = s.order;
        o.id = u"wo-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        o.number = u"WO-2026-%1"_s.arg(800 + i);
        o.status = Status::Open;
        o.priority = Priority::Medium;
        o.customer.id = u"cust-%1"_s.arg(i % kCustomers.size());
        o.customer.name = kCustomers.at(i % kCustomers.size());
        o.customer.address = kStreets.at(i % kCustomers.size() % kStreets.size());
        if (random.bounded(3) > 0)
            o.technician = Technician{u"tech-%1"_s.arg(i % 3), kTechnicians.at(i % 3), true};
        o.workOrderType = pick(kTypes);
        o.scheduledDate = QDateTime(QDate(2026, 12, 1).addDays(i % 20), QTime(8, 0), Qt::UTC);
        o.estimatedDuration = 60;
        o.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        s.detailed = random.bounded(4) > 0; // a quarter were only ever seen in a list
        if (s.detailed) {
            o.description = pick(kWords) + u' ' + pick(kWords);
            o.notes = random.bounded(2) ? pick(kWords) : QString();
            o.contact = Contact{u"contact-%1"_s.arg(i), pick(kPeople),
                                u"+1-512-555-%1"_s.arg(1000 + i), QString()};
            details.append(o);
        } else {
            WorkOrderSummary row = o;
            row.customer.address.clear(); // list rows carry the customer's id and name only
            rows.append(row);
            o.customer.address.clear();
        }
        m_seeded.insert(o.id, s);
    }
    // Details first: the customers they name (with addresses) are then known when the list
    // rows arrive, as after a sync that fetched details before.
    for (const WorkOrder &order : std::as_const(details)) {
        QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                    m_store->upsertWorkOrder(order, nullptr, done);
                }).isOk());
    }
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries(rows, nullptr, done);
            }).isOk());
}

QStringList TestCacheSearch::search(const QString &text, const WorkOrderFilter &filter)
{
    QStringList ids;
    for (int page = 1;; ++page) {
        const auto got = await<CacheResult<Page<WorkOrderSummary>>>(
            [&](auto done) { m_store->searchPage(filter, text, page, 100, nullptr, done); });
        if (!got.isOk()) {
            qWarning() << got.error().technicalDetail();
            return {u"<error>"_s};
        }
        if (got.value().items.isEmpty())
            break;
        ids += idsOf(got.value().items);
    }
    ids.sort();
    return ids;
}

QStringList TestCacheSearch::reference(const QString &text) const
{
    QHash<QString, QString> addresses; // by customer id, from the details stored
    for (const Seeded &s : m_seeded) {
        if (s.detailed)
            addresses.insert(s.order.customer.id, s.order.customer.address);
    }
    QStringList ids;
    for (const Seeded &s : m_seeded) {
        if (referenceMatch(text, s.fields(addresses.value(s.order.customer.id))))
            ids.append(s.order.id);
    }
    ids.sort();
    return ids;
}

bool TestCacheSearch::findsWhatTheReferenceFinds()
{
    for (const QString &query : {u"harb vie"_s, u"WO-2026-81"_s, u"555"_s, u"josé"_s}) {
        const QStringList expected = reference(query);
        const QStringList got = search(query);
        if (expected.isEmpty() || got != expected) {
            qWarning() << query << "found" << got << "instead of" << expected;
            return false;
        }
    }
    return true;
}

void TestCacheSearch::matchesTheReference_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("atLeast"); // the reference must find this many: the row tests something
    QTest::newRow("prefixes of two words") << u"harb vie"_s << 1;
    QTest::newRow("one prefix") << u"harbo"_s << 2;
    QTest::newRow("case") << u"HARBOR view HOTEL"_s << 1;
    QTest::newRow("accent typed, accent stored") << u"hôtel"_s << 1;
    QTest::newRow("no accent typed") << u"hotel du lac"_s << 1;
    QTest::newRow("accent typed, none stored") << u"Hôtel Harbor"_s << 1;
    QTest::newRow("umlaut folded") << u"muller sohne"_s << 1;
    QTest::newRow("a whole number") << u"WO-2026-815"_s << 1;
    QTest::newRow("a number's prefix") << u"wo-2026-81"_s << 10;
    QTest::newRow("the number's tail") << u"815"_s << 1;
    QTest::newRow("a phone") << u"555-1042"_s << 1;
    QTest::newRow("a phone with its country") << u"+1-512-555-10"_s << 5;
    QTest::newRow("the contact") << u"josé"_s << 3;
    QTest::newRow("a street") << u"willow suite 280"_s << 3;
    QTest::newRow("words of the description and notes") << u"gate code 44"_s << 3;
    QTest::newRow("technician and type") << u"hannah insp"_s << 1;
    QTest::newRow("apostrophe") << u"o'brien"_s << 1;
    QTest::newRow("all words required") << u"harbor dental"_s << 0;
    QTest::newRow("nothing found") << u"zzzz"_s << 0;
    QTest::newRow("a quote and a star are not syntax") << u"\"harbor* OR"_s << 0;
    QTest::newRow("FTS keywords are words") << u"NEAR AND"_s << 0;
}

void TestCacheSearch::matchesTheReference()
{
    QFETCH(QString, query);
    QFETCH(int, atLeast);
    seed(300, 20261207);
    const QStringList expected = reference(query);
    QVERIFY2(expected.size() >= atLeast,
             qPrintable(u"%1 found by the reference"_s.arg(expected.size())));
    const QStringList got = search(query);
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
}

void TestCacheSearch::followsUpsertsDetailsAndRemovals()
{
    seed(20, 7);
    const QString id = u"wo-00003"_s;
    QVERIFY(!search(u"Zanzibar"_s).contains(id));

    // A list row renames the customer: found by the new name, not the old.
    WorkOrderSummary row = m_seeded.value(id).order;
    const QString oldName = row.customer.name;
    row.customer.name = u"Zanzibar Imports"_s;
    row.updatedAt = row.updatedAt.addSecs(60);
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries({row}, nullptr, done);
            }).isOk());
    QCOMPARE(search(u"zanzi"_s), QStringList{id});
    QVERIFY(!search(oldName).contains(id));

    // A detail brings a phone and notes.
    WorkOrder detailed = m_seeded.value(id).order;
    detailed.customer.name = u"Zanzibar Imports"_s;
    detailed.updatedAt = row.updatedAt.addSecs(60);
    detailed.notes = u"Key with the concierge"_s;
    detailed.contact = Contact{u"c-x"_s, u"Ada Lovelace"_s, u"+44 20 7946 0958"_s, {}};
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertWorkOrder(detailed, nullptr, done);
            }).isOk());
    QCOMPARE(search(u"concierge"_s), QStringList{id});
    QCOMPARE(search(u"7946 0958"_s), QStringList{id});
    QCOMPARE(search(u"ada zanz"_s), QStringList{id});

    // Removed (deleted here): gone from the search.
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->removeWorkOrder(id, nullptr, done);
            }).isOk());
    QVERIFY(search(u"zanzibar"_s).isEmpty());

    // A full sync that no longer sees an order removes it, and its words.
    const QString vanished = u"wo-00004"_s;
    const QString vanishedNumber = m_seeded.value(vanished).order.number;
    QCOMPARE(search(vanishedNumber), QStringList{vanished});
    const auto generation =
        await<CacheResult<qint64>>([&](auto done) { m_store->beginFullSync(nullptr, done); });
    QVERIFY(generation.isOk());
    QList<WorkOrderSummary> seen;
    for (const Seeded &s : std::as_const(m_seeded)) {
        if (s.order.id != vanished && s.order.id != id)
            seen.append(s.order);
    }
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries(seen, nullptr, done);
            }).isOk());
    const auto removed =
        await<CacheResult<int>>([&](auto done) { m_store->endFullSync(true, nullptr, done); });
    QVERIFY(removed.isOk());
    QVERIFY(search(vanishedNumber).isEmpty());

    // The index agrees with the table it follows.
    const auto problems =
        await<CacheResult<QStringList>>([&](auto done) { m_store->integrityCheck(nullptr, done); });
    QVERIFY(problems.isOk());
    QCOMPARE(problems.value(), QStringList{u"ok"_s});
}

void TestCacheSearch::combinesWithTheFilter()
{
    seed(120, 11);
    WorkOrderFilter filter;
    filter.customerId = u"cust-0"_s; // Harbor View Hotel
    const QStringList got = search(u"harb"_s, filter);
    QVERIFY(!got.isEmpty());
    for (const QString &id : got)
        QCOMPARE(m_seeded.value(id).order.customer.id, u"cust-0"_s);
    QVERIFY(got.size() < reference(u"harb"_s).size()); // Harborside is left out
    // Text with nothing to look for selects what the filter selects.
    QCOMPARE(search(u" -- "_s, filter).size(), 15);
    QCOMPARE(search(QString()).size(), 120);
}

void TestCacheSearch::countsWhatTheTableShowsForAView()
{
    // The Views list's counts: the server part, the local part (completed and cancelled
    // hidden, the user's own days, which here are 13 hours ahead of UTC) and the search, as
    // WorkOrderFilter::matches() and the reference search decide them order by order.
    const LocalZone auckland("Pacific/Auckland");
    seed(60, 5);
    QRandomGenerator random(17);
    const QList<Status> statuses{Status::Open, Status::Completed, Status::Cancelled,
                                 Status::InProgress};
    for (int i = 0; i < 80; ++i) {
        Seeded s;
        WorkOrder &o = s.order;
        o.id = u"odd-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        o.number = u"WO-2026-%1"_s.arg(2000 + i);
        o.status = statuses.at(i % statuses.size());
        o.priority = Priority::Low;
        o.customer.id = u"cust-%1"_s.arg(i % 2);
        o.customer.name = kCustomers.at(i % 2);
        o.customer.address = kStreets.at(i % 2 % kStreets.size()); // as seed() gives them
        o.workOrderType = u"repair"_s;
        if (i % 9 != 0) { // every ninth unscheduled
            o.scheduledDate = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)
                                  .addSecs(qint64(random.bounded(20 * 24 * 60)) * 60);
        }
        o.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        s.detailed = true;
        QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                    m_store->upsertWorkOrder(o, nullptr, done);
                }).isOk());
        m_seeded.insert(o.id, s);
    }
    const auto count = [&](const WorkOrderFilter &filter, const QString &text) {
        const auto got = await<CacheResult<int>>(
            [&](auto done) { m_store->countOrders(filter, text, nullptr, done); });
        return got.isOk() ? got.value() : -1;
    };
    const QStringList matching = reference(u"harb"_s);
    const auto expected = [&](const WorkOrderFilter &filter, const QString &text) {
        int n = 0;
        for (const Seeded &s : std::as_const(m_seeded)) {
            if (filter.matches(s.order) && (text.isEmpty() || matching.contains(s.order.id)))
                ++n;
        }
        return n;
    };
    QList<WorkOrderFilter> filters;
    filters << WorkOrderFilter();
    WorkOrderFilter open;
    open.hideClosed = true;
    filters << open;
    for (int day = 1; day <= 20; day += 3) {
        filters << WorkOrderFilter::today(QDate(2026, 12, day));
        WorkOrderFilter onwards = open;
        onwards.fromDate = QDate(2026, 12, day);
        filters << onwards;
        filters << WorkOrderFilter::overdue(QDate(2026, 12, day));
    }
    WorkOrderFilter harborOnly = WorkOrderFilter::next7Days(QDate(2026, 12, 4));
    harborOnly.customerId = u"cust-0"_s;
    filters << harborOnly;
    for (const WorkOrderFilter &filter : std::as_const(filters)) {
        QCOMPARE(count(filter, {}), expected(filter, {}));
        QCOMPARE(count(filter, u"harb"_s), expected(filter, u"harb"_s));
    }
    QVERIFY(expected(filters.at(1), {}) < expected(WorkOrderFilter(), {})); // closed ones exist
}

void TestCacheSearch::changeFileBehindTheStore(const QStringList &statements)
{
    m_store.reset();
    const QDir dir(m_dir->path());
    const QStringList files = dir.entryList({u"*.sqlite"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"behind"_s);
        db.setDatabaseName(dir.filePath(files.first()));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"behind"_s);
    openStore();
}

void TestCacheSearch::aCacheOfTheLastVersionIsSearchableAfterMigrating()
{
    seed(40, 3);
    // Back to what version 4 left: orders, no index, no triggers.
    changeFileBehindTheStore(
        {u"DROP TRIGGER work_orders_search_insert"_s, u"DROP TRIGGER work_orders_search_update"_s,
         u"DROP TRIGGER work_orders_search_delete"_s, u"DROP TABLE work_orders_search"_s,
         u"DROP TABLE search_order"_s, u"ALTER TABLE work_orders DROP COLUMN detail_version"_s,
         u"UPDATE schema_version SET version = 4"_s});
    const auto info =
        await<CacheResult<CacheInfo>>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);
    QVERIFY(findsWhatTheReferenceFinds());
}

// Schema step 7: the index of version 6 (no facets, no search_order) is replaced by the step
// itself, not by the rebuild an index out of step would get on opening; the search finds the
// same orders, in the list's order, and follows a later reschedule of an order seen only in a
// list (which only step 7's trigger watches: no detail changes with it).
void TestCacheSearch::aVersion6IndexIsReplacedInTheListsOrder()
{
    seed(40, 3);
    QTest::failOnWarning(QRegularExpression(u"out of step"_s));
    QStringList backToVersion6{
        u"DROP TRIGGER work_orders_search_insert"_s, u"DROP TRIGGER work_orders_search_update"_s,
        u"DROP TRIGGER work_orders_search_delete"_s, u"DROP TABLE work_orders_search"_s,
        u"DROP TABLE work_orders_search_dirty"_s,    u"DROP TABLE search_order"_s};
    backToVersion6 += cacheschema::stepStatements(5);
    backToVersion6 << u"UPDATE schema_version SET version = 6"_s;
    changeFileBehindTheStore(backToVersion6);
    const auto info =
        await<CacheResult<CacheInfo>>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);
    QVERIFY(findsWhatTheReferenceFinds());
    // In the list's order: by day (i % 20), then id.
    const auto firstPage = await<CacheResult<Page<WorkOrderSummary>>>(
        [&](auto done) { m_store->searchPage(WorkOrderFilter(), u"wo"_s, 1, 100, nullptr, done); });
    QVERIFY(firstPage.isOk());
    QStringList expected = m_seeded.keys();
    std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
        const QDateTime da = m_seeded.value(a).order.scheduledDate;
        const QDateTime db = m_seeded.value(b).order.scheduledDate;
        return da != db ? da < db : a < b;
    });
    QCOMPARE(idsOf(firstPage.value().items), expected);
    // Later writes keep it: a rescheduled order moves to its new place.
    QString listOnly;
    for (const QString &id : std::as_const(expected)) {
        if (!m_seeded.value(id).detailed && listOnly.isEmpty())
            listOnly = id;
    }
    QVERIFY(!listOnly.isEmpty());
    WorkOrderSummary moved = m_seeded.value(listOnly).order;
    moved.scheduledDate = moved.scheduledDate.addDays(30);
    moved.updatedAt = moved.updatedAt.addSecs(60);
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries({moved}, nullptr, done);
            }).isOk());
    // Pages of 10: each page is picked in search_order's order, so a stale place would put
    // the order on the wrong page.
    const auto firstPage10 = await<CacheResult<Page<WorkOrderSummary>>>(
        [&](auto done) { m_store->searchPage(WorkOrderFilter(), u"wo"_s, 1, 10, nullptr, done); });
    QVERIFY(firstPage10.isOk());
    QCOMPARE(firstPage10.value().meta.totalCount, 40);
    QVERIFY(!idsOf(firstPage10.value().items).contains(moved.id));
    const auto lastPage10 = await<CacheResult<Page<WorkOrderSummary>>>(
        [&](auto done) { m_store->searchPage(WorkOrderFilter(), u"wo"_s, 4, 10, nullptr, done); });
    QVERIFY(lastPage10.isOk());
    QCOMPARE(idsOf(lastPage10.value().items).constLast(), moved.id);
}

// Schema step 6 (detail_version): which details a sync fetches. A detail fetched is current
// until a newer list row of its order arrives; a cache of version 5 cannot tell how old its
// details are, so after migrating each is fetched once more, and its rows stay as they were.
// Schema step 8 replaces the dirty table and its triggers: a row version 7 noted and had not
// re-indexed yet (changed by other means) is carried over and indexed.
void TestCacheSearch::aVersion7FilesPendingNotesAreIndexedAfterMigrating()
{
    seed(40, 3);
    QTest::failOnWarning(QRegularExpression(u"out of step"_s));
    QStringList backToVersion7{
        u"DROP TRIGGER work_orders_search_insert"_s, u"DROP TRIGGER work_orders_search_update"_s,
        u"DROP TRIGGER work_orders_search_delete"_s, u"DROP TABLE work_orders_search_dirty"_s,
        u"CREATE TABLE work_orders_search_dirty (row INTEGER PRIMARY KEY)"_s};
    const auto trigger = [](int step, const QString &name) {
        for (const QString &statement : cacheschema::stepStatements(step)) {
            if (statement.startsWith(u"CREATE TRIGGER "_s + name + u' '))
                return statement;
        }
        return QString();
    };
    backToVersion7 << trigger(5, u"work_orders_search_insert"_s)
                   << trigger(7, u"work_orders_search_update"_s)
                   << trigger(5, u"work_orders_search_delete"_s);
    QVERIFY(!backToVersion7.contains(QString()));
    // Renamed behind the store: version 7's trigger notes the row, nothing re-indexes it.
    backToVersion7
        << u"UPDATE work_orders SET customer_name = 'Zebra Quarry' WHERE id = 'wo-00007'"_s
        << u"UPDATE schema_version SET version = 7"_s;
    changeFileBehindTheStore(backToVersion7);
    const auto info =
        await<CacheResult<CacheInfo>>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);
    // Opening wrote (and every write re-indexes what was noted), the carried-over row too.
    QCOMPARE(search(u"zebra"_s), QStringList{u"wo-00007"_s});
}

void TestCacheSearch::aVersion5CacheFetchesItsDetailsOnceMore()
{
    seed(40, 9);
    const auto needing = [&] {
        const auto ids = await<CacheResult<QStringList>>(
            [&](auto done) { m_store->idsNeedingDetail(DetailWindow::all(), nullptr, done); });
        return ids.isOk() ? ids.value() : QStringList{u"<error>"_s};
    };
    QStringList listOnly;
    QString detailed;
    for (const Seeded &s : std::as_const(m_seeded)) {
        if (!s.detailed)
            listOnly << s.order.id;
        else if (detailed.isEmpty())
            detailed = s.order.id;
    }
    listOnly.sort();
    QStringList got = needing();
    got.sort();
    QCOMPARE(got, listOnly);
    // A newer list row of a detailed order: its detail is stale now.
    WorkOrderSummary newer = m_seeded.value(detailed).order;
    newer.updatedAt = newer.updatedAt.addSecs(60);
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries({newer}, nullptr, done);
            }).isOk());
    QVERIFY(needing().contains(detailed));

    const QStringList before = search(u"harb"_s);
    changeFileBehindTheStore({u"ALTER TABLE work_orders DROP COLUMN detail_version"_s,
                              u"UPDATE schema_version SET version = 5"_s});
    const auto info =
        await<CacheResult<CacheInfo>>([&](auto done) { m_store->info(nullptr, done); });
    QVERIFY(info.isOk());
    QCOMPARE(info.value().schemaVersion, cacheschema::kCurrentVersion);
    const QStringList again = needing();
    QCOMPARE(again.size(), m_seeded.size()); // every detail once more
    QCOMPARE(search(u"harb"_s), before);     // nothing else changed
    // Nearest to now first: a detail phase cut short has today's.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto distance = [&](const QString &id) {
        return qAbs(m_seeded.value(id).order.scheduledDate.toMSecsSinceEpoch() - now);
    };
    for (qsizetype i = 1; i < again.size(); ++i)
        QVERIFY(distance(again.at(i - 1)) <= distance(again.at(i)));
}

// The vendor's list rows may carry no updated_at: a row that differs from the order held still
// says the detail is stale; the same row again does not.
void TestCacheSearch::aListRowWithoutATimeThatDiffersMakesTheDetailStale()
{
    seed(20, 3);
    const auto needing = [&] {
        const auto ids = await<CacheResult<QStringList>>(
            [&](auto done) { m_store->idsNeedingDetail(DetailWindow::all(), nullptr, done); });
        return ids.isOk() ? ids.value() : QStringList{u"<error>"_s};
    };
    QString detailed;
    for (const Seeded &s : std::as_const(m_seeded)) {
        if (s.detailed) {
            detailed = s.order.id;
            break;
        }
    }
    QVERIFY(!needing().contains(detailed));
    WorkOrderSummary row = m_seeded.value(detailed).order;
    row.updatedAt = QDateTime(); // as the vendor lists it
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries({row}, nullptr, done);
            }).isOk());
    QVERIFY(!needing().contains(detailed)); // the same fields: still current
    row.status = Status::OnHold;
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                m_store->upsertSummaries({row}, nullptr, done);
            }).isOk());
    QVERIFY(needing().contains(detailed)); // changed since its detail was fetched
}

void TestCacheSearch::aDamagedIndexIsRebuiltOnOpening()
{
    seed(60, 5);
    QVERIFY(!reference(u"harb"_s).isEmpty());
    // Half the index lost, and a word no order holds: found again as the orders say.
    changeFileBehindTheStore(
        {u"DELETE FROM work_orders_search WHERE rowid % 2 = 0"_s,
         u"INSERT INTO work_orders_search (rowid, body) VALUES (99999, 'ghost')"_s});
    QCOMPARE(search(u"harb"_s), reference(u"harb"_s));
    QCOMPARE(search(u"wo"_s).size(), 60);
    QVERIFY(search(u"ghost"_s).isEmpty());
}

// "Hide completed and cancelled" keeps an order whose status the cache does not know, with a
// search and without, as the table's own filter does (SQL's NOT IN alone would drop it).
void TestCacheSearch::anOrderWithoutAStatusIsNotClosed()
{
    seed(10, 5);
    changeFileBehindTheStore({u"UPDATE work_orders SET status = NULL WHERE id = 'wo-00003'"_s});
    WorkOrderFilter open;
    open.hideClosed = true;
    const auto count = [&](const QString &text) {
        const auto got = await<CacheResult<int>>(
            [&](auto done) { m_store->countOrders(open, text, nullptr, done); });
        return got.isOk() ? got.value() : -1;
    };
    QCOMPARE(count({}), 10); // every seeded order is open, and the one without a status too
    QCOMPARE(count(u"wo"_s), 10);
}

QTEST_GUILESS_MAIN(TestCacheSearch)
#include "tst_cachesearch.moc"
