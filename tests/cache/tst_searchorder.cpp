// The search's pages in the list's order (schema version 7: the matches are put in order
// through search_order, kept in step by the same triggers as the index; SearchSql). The
// invariant, checked over seeded random caches as they change (upserts of details and of list
// rows that reschedule, reassign, change status and customer; removals):
//   for every text and every filter, the search's pages put together are exactly the orders
//   the filter and the reference match select, in the list's order (scheduled, then id as
//   bytes, unscheduled last), each once, and every page's total is their number.
// The orders crowd a few minutes (seconds apart inside one, ids inserted in random order, ids
// whose UTF-8 and UTF-16 orders differ) and reach before 1970 and far into the future, and half
// are list rows only (no detail changes with their time: only the trigger sees a reschedule).
// FENTU_SEARCH_SEED=N repeats one cache; FENTU_SEARCH_SEEDS=N runs that many (3 in CI).
#include "cachetestsupport.h"
#include "searchreference.h"

#include "filter/workorderfilter.h"
#include "localzone.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

const QUrl kServer(u"http://127.0.0.1:8080/api/v1"_s);
const QStringList kCustomers{u"Harbor View Hotel"_s, u"Hôtel du Lac"_s, u"Crème Brûlée Café"_s,
                             u"Acme Corp"_s, u"Harborside Marina"_s};
const QStringList kTechnicians{u"Anthony Martin"_s, u"Brian Davis"_s, u"Hannah Walker"_s};
const QList<Status> kStatuses{Status::Open, Status::Assigned, Status::InProgress,
                              Status::Completed, Status::Cancelled};
const QStringList kWords{u"boiler"_s, u"leak"_s, u"radiator"_s, u"harbour gate"_s, u"ring"_s};

qint64 listKeyOf(const WorkOrderSummary &order)
{
    return order.scheduledDate.isValid() ? order.scheduledDate.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max();
}

bool listOrder(const WorkOrder &a, const WorkOrder &b)
{
    const qint64 ka = listKeyOf(a);
    const qint64 kb = listKeyOf(b);
    return ka != kb ? ka < kb : a.id.toUtf8() < b.id.toUtf8(); // SQLite compares TEXT as bytes
}

class RandomCache
{
public:
    explicit RandomCache(quint32 seed) : m_random(seed) {}

    WorkOrder make(int serial)
    {
        WorkOrder o;
        o.id = newId();
        o.number = u"WO-2026-%1"_s.arg(serial, 4, 10, QLatin1Char('0'));
        o.priority = Priority::Medium;
        o.workOrderType = u"repair"_s;
        o.estimatedDuration = 60;
        o.description = pick(kWords);
        o.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        o.status = Status::Open;
        o.customer.id = u"cust-0"_s;
        o.customer.name = kCustomers.at(0);
        change(o);
        return o;
    }

    /// A new version of `o`: another time, status, customer and technician, maybe; a third of
    /// the time only another time (a reschedule moves the order's key and nothing else).
    void change(WorkOrder &o)
    {
        o.updatedAt = o.updatedAt.addSecs(60);
        o.scheduledDate = randomTime();
        if (m_random.bounded(3) == 0)
            return;
        o.status = kStatuses.at(int(m_random.bounded(qsizetype(kStatuses.size()))));
        const int customer = int(m_random.bounded(qsizetype(kCustomers.size())));
        o.customer.id = u"cust-%1"_s.arg(customer);
        o.customer.name = kCustomers.at(customer);
        const int technician = int(m_random.bounded(4));
        if (technician < 3)
            o.technician = Technician{u"tech-%1"_s.arg(technician), kTechnicians.at(technician), true};
        else
            o.technician.reset();
    }

    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QString pick(const QStringList &from)
    {
        return from.at(int(m_random.bounded(qsizetype(from.size()))));
    }

    QString newId()
    {
        // Mostly plain ids; now and then one whose UTF-16 order differs from its UTF-8 order
        // (a character above U+FFFF against one just below it).
        static const QStringList odd{u"\U0001F600"_s, u"\uFFFD"_s, u"\u00E9"_s, u"z"_s};
        QString id = u"o-%1"_s.arg(m_random.bounded(0x100000u), 5, 16, QLatin1Char('0'));
        if (m_random.bounded(10) == 0)
            id = u"o-"_s + pick(odd) + id.right(2);
        while (m_ids.contains(id))
            id += u'x';
        m_ids.insert(id);
        return id;
    }

    QDateTime randomTime()
    {
        const int roll = int(m_random.bounded(100));
        if (roll < 12)
            return {}; // unscheduled
        if (roll < 14)
            return QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC); // before the epoch
        if (roll < 16)
            return QDateTime(QDate(2600, 1, 1), QTime(8, m_random.bounded(2)), Qt::UTC); // far ahead
        // A few crowded minutes, seconds apart inside each.
        static const QList<QTime> times{QTime(7, 59), QTime(8, 0), QTime(8, 0, 30),
                                        QTime(8, 0, 59, 999), QTime(8, 1), QTime(23, 59, 59)};
        const QDate day = QDate(2026, 12, 1).addDays(m_random.bounded(4));
        return QDateTime(day, times.at(int(m_random.bounded(qsizetype(times.size())))), Qt::UTC);
    }

    QRandomGenerator m_random;
    QSet<QString> m_ids;
};

QStringList fieldsOf(const WorkOrder &o)
{
    return {o.number, o.customer.name, o.technician ? o.technician->name : QString(),
            o.workOrderType, o.description};
}

} // namespace

class TestSearchOrder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void pagesFollowTheListsOrderAsTheCacheChanges();
    void aDayStartingBetweenMinutesIsCountedExactly();

private:
    void openStore();
    void write(const QList<WorkOrder> &orders);
    /// Checks the invariant for every text and filter; "" when it holds, else what differed.
    QString checkEveryQuery(int perPage);
    QString checkOne(const QString &text, const WorkOrderFilter &filter, int perPage);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_store;
    QHash<QString, WorkOrder> m_orders; // as the cache should hold them
    QSet<QString> m_detailed;
};

void TestSearchOrder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openStore();
}

void TestSearchOrder::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_orders.clear();
    m_detailed.clear();
}

void TestSearchOrder::openStore()
{
    m_store = openedStore(m_dir->path(), kServer);
    QVERIFY(m_store);
}

void TestSearchOrder::write(const QList<WorkOrder> &orders)
{
    // Half as details, half as list rows only (as a sync's list phase writes them, with no
    // detail_json that changes along with the time).
    QList<WorkOrder> details;
    QList<WorkOrderSummary> rows;
    for (const WorkOrder &o : orders) {
        const bool detailed = m_orders.contains(o.id) ? m_detailed.contains(o.id)
                                                      : qHash(o.id) % 2 == 0;
        WorkOrder held = o;
        if (detailed) {
            details << o;
            m_detailed.insert(o.id);
        } else {
            rows << o;
            held.description.clear(); // a list row carries none
        }
        m_orders.insert(o.id, held);
    }
    const auto written = await<CacheResult<CacheDone>>(
        [&](auto done) { m_store->upsertWorkOrders(details, nullptr, done); });
    QVERIFY2(written.isOk(), qPrintable(failureText(written)));
    const auto listed = await<CacheResult<CacheDone>>(
        [&](auto done) { m_store->upsertSummaries(rows, nullptr, done); });
    QVERIFY2(listed.isOk(), qPrintable(failureText(listed)));
}

QString TestSearchOrder::checkOne(const QString &text, const WorkOrderFilter &filter,
                                  int perPage)
{
    QList<WorkOrder> expected;
    for (const WorkOrder &o : std::as_const(m_orders)) {
        if (filter.matchesServer(o) && referenceMatch(text, fieldsOf(o)))
            expected.append(o);
    }
    std::sort(expected.begin(), expected.end(), listOrder);
    QStringList expectedIds;
    for (const WorkOrder &o : std::as_const(expected))
        expectedIds << o.id;

    QStringList got;
    for (int page = 1; page <= expected.size() + 2; ++page) {
        const auto answer = await<CacheResult<Page<WorkOrderSummary>>>([&](auto done) {
            m_store->searchPage(filter, text, page, perPage, nullptr, done);
        });
        if (!answer.isOk())
            return u"“%1”: %2"_s.arg(text, answer.error().technicalDetail());
        if (answer.value().meta.totalCount != expected.size()) {
            return u"“%1” page %2: total %3, expected %4"_s.arg(text)
                .arg(page)
                .arg(answer.value().meta.totalCount)
                .arg(expected.size());
        }
        if (answer.value().items.isEmpty())
            break;
        got += idsOf(answer.value().items);
    }
    if (got != expectedIds) {
        int at = 0;
        while (at < std::min(got.size(), expectedIds.size()) && got.at(at) == expectedIds.at(at))
            ++at;
        return u"“%1” (%2 a page, filter %3): %4 rows, expected %5; first difference at %6: %7"
               " instead of %8"_s.arg(text)
            .arg(perPage)
            .arg(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(filter.toVariantMap()))
                                       .toJson(QJsonDocument::Compact)))
            .arg(got.size())
            .arg(expectedIds.size())
            .arg(at)
            .arg(got.value(at), expectedIds.value(at));
    }
    return {};
}

QString TestSearchOrder::checkEveryQuery(int perPage)
{
    QList<WorkOrderFilter> filters{WorkOrderFilter()};
    WorkOrderFilter byStatus;
    byStatus.status = Status::Assigned;
    filters << byStatus;
    WorkOrderFilter byCustomer;
    byCustomer.customerId = u"cust-0"_s;
    filters << byCustomer;
    WorkOrderFilter byTechnician;
    byTechnician.technicianId = u"tech-1"_s;
    byTechnician.status = Status::Open;
    filters << byTechnician;
    WorkOrderFilter days; // the server's days are UTC dates: whole minutes, the index alone
    days.fromDate = QDate(2026, 12, 2);
    days.toDate = QDate(2026, 12, 3);
    filters << days;
    WorkOrderFilter onwards; // from a day on: the unscheduled are left out
    onwards.fromDate = QDate(2026, 12, 3);
    filters << onwards;
    WorkOrderFilter until;
    until.toDate = QDate(2026, 12, 1);
    until.customerId = u"cust-1"_s;
    filters << until;
    for (const QString &text : {u"wo"_s, u"harb"_s, u"h"_s, u"o"_s, u"wo 2026 00"_s}) {
        for (const WorkOrderFilter &filter : std::as_const(filters)) {
            const QString failure = checkOne(text, filter, perPage);
            if (!failure.isEmpty())
                return failure;
        }
    }
    return {};
}

void TestSearchOrder::pagesFollowTheListsOrderAsTheCacheChanges()
{
    const quint32 fixed = qEnvironmentVariable("FENTU_SEARCH_SEED").toUInt();
    const int seeds = fixed ? 1
                      : qEnvironmentVariableIsSet("FENTU_SEARCH_SEEDS")
                          ? qMax(1, qEnvironmentVariableIntValue("FENTU_SEARCH_SEEDS"))
                          : 3;
    for (int run = 0; run < seeds; ++run) {
        const quint32 seed = fixed ? fixed : QRandomGenerator::global()->generate();
        std::fprintf(stderr, "search order: seed %u (repeat with FENTU_SEARCH_SEED=%u)\n", seed,
                     seed);
        cleanup();
        init();
        RandomCache cache(seed);
        QList<WorkOrder> orders;
        for (int i = 0; i < 240; ++i)
            orders << cache.make(i);
        write(orders);
        const auto fail = [seed](const QString &when, const QString &failure) {
            return qPrintable(u"seed %1 (FENTU_SEARCH_SEED=%1), %2: %3"_s.arg(seed).arg(when,
                                                                                   failure));
        };
        QString failure = checkEveryQuery(7);
        QVERIFY2(failure.isEmpty(), fail(u"as written"_s, failure));

        for (int round = 0; round < 3; ++round) {
            // A sync's worth of changes: rescheduled (into and out of the unscheduled, across
            // and within minutes), reassigned, another status or customer; some removed.
            QList<WorkOrder> changed;
            const QStringList ids = m_orders.keys();
            for (const QString &id : ids) {
                if (cache.bounded(4) == 0) {
                    WorkOrder o = m_orders.value(id);
                    cache.change(o);
                    changed << o;
                }
            }
            write(changed);
            for (const QString &id : ids) {
                if (cache.bounded(15) == 0) {
                    const auto removed = await<CacheResult<CacheDone>>(
                        [&](auto done) { m_store->removeWorkOrder(id, nullptr, done); });
                    QVERIFY(removed.isOk());
                    m_orders.remove(id);
                }
            }
            failure = checkEveryQuery(round == 1 ? 100 : 5);
            QVERIFY2(failure.isEmpty(), fail(u"after round %1"_s.arg(round + 1), failure));
        }
        const auto problems = await<CacheResult<QStringList>>(
            [&](auto done) { m_store->integrityCheck(nullptr, done); });
        QVERIFY(problems.isOk());
        QCOMPARE(problems.value(), QStringList{u"ok"_s});
    }
}

void TestSearchOrder::aDayStartingBetweenMinutesIsCountedExactly()
{
    // Monrovia kept its local mean time (-0:44:30) until 1972: a local day then began at
    // 00:44:30 UTC, inside a minute: the bounds are exact to the millisecond, not the minute.
    const LocalZone monrovia("Africa/Monrovia");
    const QDateTime dayStart(QDate(1971, 6, 2), QTime(0, 0), Qt::LocalTime);
    QCOMPARE(dayStart.toUTC().time(), QTime(0, 44, 30));
    QList<WorkOrder> orders;
    int serial = 0;
    for (const int seconds : {-31, -30, -1, 0, 1, 29, 30, 86400 - 1, 86400, 86400 + 30}) {
        WorkOrder o;
        o.id = u"m-%1"_s.arg(serial, 2, 10, QLatin1Char('0'));
        o.number = u"WO-1971-%1"_s.arg(serial++);
        o.status = Status::Open;
        o.priority = Priority::Low;
        o.customer.id = u"cust-0"_s;
        o.customer.name = kCustomers.at(0);
        o.scheduledDate = dayStart.toUTC().addSecs(seconds);
        o.updatedAt = QDateTime(QDate(1971, 1, 1), QTime(0, 0), Qt::UTC);
        orders << o;
    }
    write(orders);
    WorkOrderFilter filter;
    filter.fromDate = QDate(1971, 6, 2);
    filter.toDate = QDate(1971, 6, 2);
    int expected = 0;
    for (const WorkOrder &o : std::as_const(orders))
        expected += filter.matches(o) ? 1 : 0;
    QCOMPARE(expected, 5); // from 0 s to a day less a second
    const auto counted = await<CacheResult<int>>(
        [&](auto done) { m_store->countOrders(filter, u"harb"_s, nullptr, done); });
    QVERIFY2(counted.isOk(), qPrintable(failureText(counted)));
    QCOMPARE(counted.value(), expected);
}

QTEST_GUILESS_MAIN(TestSearchOrder)
#include "tst_searchorder.moc"
