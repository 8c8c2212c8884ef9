// The demo data's dispatch days (DispatchWeek): which days are planned, 3 to 6 orders for every
// active technician on each, clashes, unassigned and late orders, statuses that fit the time,
// the order count honoured exactly, the same data for the same seed.
#include "dispatchweek.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using fentu::sandbox::DispatchWeek;
using fentu::sandbox::Options;
using fentu::sandbox::SandboxServer;
using fentu::sandbox::test::SandboxTestClient;

namespace {

QString str(const QJsonObject &row, const QString &key)
{
    return row.value(key).toString();
}

QString technicianOf(const QJsonObject &row)
{
    return row.value(u"technician"_s).toObject().value(u"id"_s).toString();
}

QDateTime start(const QJsonObject &row)
{
    return QDateTime::fromString(str(row, u"scheduled_date"_s), Qt::ISODate);
}

// The end as the board draws it: an order without a duration takes an hour.
QDateTime end(const QJsonObject &row)
{
    const QJsonValue duration = row.value(u"estimated_duration"_s);
    return start(row).addSecs(60 * (duration.isNull() ? 60 : duration.toInt()));
}

bool overlap(const QJsonObject &a, const QJsonObject &b)
{
    return start(a) < end(b) && start(b) < end(a);
}

// Late as the board sees it (BoardLayout::isLate), at the demo's clock.
bool isLate(const QJsonObject &row, const QDateTime &clock)
{
    const QString status = str(row, u"status"_s);
    if (status == u"completed"_s || status == u"cancelled"_s)
        return false;
    return status == u"in_progress"_s ? end(row) < clock : start(row) < clock;
}

struct Seeded
{
    QJsonArray orders;
    qint64 total = -1;
    QStringList active;
    QStringList inactive;
};

Seeded seedAndRead(int orders, quint32 seed, QDate anchor)
{
    Options options;
    options.orders = orders;
    options.seed = seed;
    options.anchorDate = anchor;
    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return {};
    }
    SandboxTestClient client(server.baseUrl(), options.key);
    Seeded seeded;
    seeded.orders = client.allRows(u"/work-orders"_s, {}, 100, &seeded.total);
    for (const QJsonValue &value : client.allRows(u"/technicians"_s, {})) {
        const QJsonObject technician = value.toObject();
        (technician.value(u"active"_s).toBool() ? seeded.active : seeded.inactive)
            .append(str(technician, u"id"_s));
    }
    return seeded;
}

QList<QDate> weekdays(QDate first, QDate last)
{
    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            days.append(day);
    }
    return days;
}

} // namespace

class TestSandboxDispatch : public QObject
{
    Q_OBJECT

private slots:
    void plannedDays_data();
    void plannedDays();
    void dispatchDays_data();
    void dispatchDays();
    void countIsHonouredExactly_data();
    void countIsHonouredExactly();
    void sameSeedSameWeek();
};

void TestSandboxDispatch::plannedDays_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<int>("orders");
    QTest::addColumn<QList<QDate>>("days");

    // 13 active technicians: a day takes at most 13 * 6 + 3 = 81 orders.
    const QDate monday(2026, 3, 2);
    QTest::newRow("80 orders: not one day") << monday << 80 << QList<QDate>();
    QTest::newRow("81 orders: the anchor's day") << monday << 81 << QList<QDate>{monday};
    // The anchor, then alternately after and before it; weekends are no working days.
    QTest::newRow("250 orders, Monday")
        << monday << 250 << QList<QDate>{monday, QDate(2026, 3, 3), QDate(2026, 3, 4)};
    QTest::newRow("300 orders, Friday")
        << QDate(2024, 3, 15) << 300
        << QList<QDate>{QDate(2024, 3, 13), QDate(2024, 3, 14), QDate(2024, 3, 15)};
    QTest::newRow("200 orders, Saturday")
        << QDate(2026, 3, 7) << 200 << QList<QDate>{QDate(2026, 3, 6), QDate(2026, 3, 9)};
    QTest::newRow("500 orders, Wednesday")
        << QDate(2026, 3, 4) << 500 << weekdays(QDate(2026, 3, 2), QDate(2026, 3, 9));
    // Enough for all: two weeks either side.
    QTest::newRow("2000 orders (the first run's)")
        << monday << 2000 << weekdays(QDate(2026, 2, 16), QDate(2026, 3, 16));
    QTest::newRow("200000 orders")
        << monday << 200000 << weekdays(QDate(2026, 2, 16), QDate(2026, 3, 16));
    QTest::newRow("2000 orders, Sunday")
        << QDate(2025, 6, 1) << 2000 << weekdays(QDate(2025, 5, 18), QDate(2025, 6, 15));
}

void TestSandboxDispatch::plannedDays()
{
    QFETCH(QDate, anchor);
    QFETCH(int, orders);
    QFETCH(QList<QDate>, days);
    QCOMPARE(DispatchWeek::days(anchor, orders, 13), days);
    QCOMPARE(DispatchWeek::days(anchor, orders, 0), QList<QDate>());
}

void TestSandboxDispatch::dispatchDays_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("anchor");

    QTest::newRow("250, seed 42, Monday") << 250 << 42u << QDate(2026, 3, 2);
    QTest::newRow("300, seed 7, Friday") << 300 << 7u << QDate(2024, 3, 15);
    QTest::newRow("2000, seed 42, Monday") << 2000 << 42u << QDate(2026, 3, 2);
    QTest::newRow("2000, seed 5, Sunday") << 2000 << 5u << QDate(2025, 6, 1);
    QTest::newRow("81, seed 3, Wednesday: one day") << 81 << 3u << QDate(2026, 3, 4);
    QTest::newRow("200, seed 9, Saturday: Friday and Monday") << 200 << 9u << QDate(2026, 3, 7);
}

void TestSandboxDispatch::dispatchDays()
{
    QFETCH(int, orders);
    QFETCH(quint32, seed);
    QFETCH(QDate, anchor);
    const Seeded seeded = seedAndRead(orders, seed, anchor);
    QCOMPARE(seeded.total, orders);
    QCOMPARE(seeded.orders.size(), orders);
    QCOMPARE(seeded.active.size(), 13);
    QCOMPARE(seeded.inactive.size(), 2);
    const QList<QDate> days = DispatchWeek::days(anchor, orders, int(seeded.active.size()));
    QVERIFY(!days.isEmpty());
    const QDateTime clock(anchor, QTime(DispatchWeek::clockHour, 0), Qt::UTC);

    // Every order between the first and the last planned day, by technician ("" unassigned)
    // and day.
    QHash<QString, QHash<QDate, QList<QJsonObject>>> plan;
    int planned = 0, unassignedAhead = 0, late = 0, pastDone = 0, past = 0;
    for (const QJsonValue &value : seeded.orders) {
        const QJsonObject row = value.toObject();
        if (row.value(u"scheduled_date"_s).isNull())
            continue;
        const QDateTime from = start(row);
        const QDate day = from.date();
        if (day < days.constFirst() || day > days.constLast())
            continue;
        ++planned;
        const QString id = str(row, u"id"_s);
        QVERIFY2(days.contains(day), qPrintable(id + u" on a day off"_s));
        // Working hours, UTC, with a duration that fits the day (or none).
        QVERIFY2(from.time() >= QTime(DispatchWeek::workStartHour, 0), qPrintable(id));
        QVERIFY2(end(row) <= QDateTime(day, QTime(DispatchWeek::workEndHour, 0), Qt::UTC),
                 qPrintable(id));
        const QJsonValue duration = row.value(u"estimated_duration"_s);
        QVERIFY2(duration.isNull() || (duration.toInt() >= 30 && duration.toInt() <= 240 &&
                                       duration.toInt() % 15 == 0),
                 qPrintable(id));
        const QString technician = technicianOf(row);
        const QString status = str(row, u"status"_s);
        plan[technician][day].append(row);
        // Statuses that fit the time: nothing to come has started, the past is mostly done.
        if (technician.isEmpty())
            QCOMPARE(status, u"open"_s);
        else if (from > clock)
            QCOMPARE(status, u"assigned"_s);
        else
            QVERIFY2(status != u"open"_s && status != u"draft"_s && status != u"cancelled"_s,
                     qPrintable(id));
        if (day < anchor && !technician.isEmpty()) {
            ++past;
            pastDone += status == u"completed"_s ? 1 : 0;
        }
        if (technician.isEmpty() && day >= anchor)
            ++unassignedAhead;
        late += isLate(row, clock) ? 1 : 0;
    }

    int technicianDays = 0, clashes = 0;
    for (const QString &technician : seeded.active) {
        for (const QDate &day : days) {
            const QList<QJsonObject> mine = plan.value(technician).value(day);
            QVERIFY2(mine.size() >= DispatchWeek::minPerDay &&
                         mine.size() <= DispatchWeek::maxPerDay,
                     qPrintable(u"%1 on %2: %3 orders"_s.arg(technician, day.toString(Qt::ISODate))
                                    .arg(mine.size())));
            ++technicianDays;
            for (qsizetype i = 0; i < mine.size(); ++i) {
                for (qsizetype j = 0; j < i; ++j)
                    clashes += overlap(mine.at(i), mine.at(j)) ? 1 : 0;
            }
        }
    }
    for (const QString &technician : seeded.inactive)
        QVERIFY2(!plan.contains(technician), qPrintable(technician + u" has left"_s));

    // Unassigned orders are the only others, and there are a few on the days to come.
    int unassigned = 0, assigned = 0;
    for (const auto &list : plan.value(QString()))
        unassigned += int(list.size());
    for (const QString &technician : seeded.active) {
        for (const auto &list : plan.value(technician))
            assigned += int(list.size());
    }
    QCOMPARE(assigned + unassigned, planned);
    QVERIFY(unassignedAhead >= 1);
    QVERIFY(unassigned <= days.size() * DispatchWeek::maxUnassigned);
    // A few clashes: one a technician-week, at least one.
    QCOMPARE(clashes, std::max(1, technicianDays / 5));
    QCOMPARE(clashes, DispatchWeek::clashCount(int(days.size()), int(seeded.active.size())));
    QVERIFY2(late >= 1, "no late order");
    QVERIFY2(late <= planned / 5, qPrintable(u"%1 of %2 late"_s.arg(late).arg(planned)));
    if (past > 0)
        QVERIFY2(pastDone * 10 >= past * 8, qPrintable(u"%1 of %2 done"_s.arg(pastDone).arg(past)));
    qInfo("%d orders: %d on %lld dispatch days (%.1f per technician-day), %d clashes, "
          "%d unassigned (%d today or later), %d late",
          orders, planned, qlonglong(days.size()), double(assigned) / technicianDays, clashes,
          unassigned, unassignedAhead, late);
}

void TestSandboxDispatch::countIsHonouredExactly_data()
{
    QTest::addColumn<int>("orders");
    for (const int orders : {0, 1, 20, 80, 81, 250, 5000})
        QTest::addRow("%d", orders) << orders;
}

void TestSandboxDispatch::countIsHonouredExactly()
{
    QFETCH(int, orders);
    Options options;
    options.orders = orders;
    options.anchorDate = QDate(2026, 3, 2);
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), options.key);
    const auto reply = client.get(u"/work-orders"_s, QUrlQuery{{u"per_page"_s, u"1"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.meta().value(u"total_count"_s).toInteger(), orders);
    // Ids are handed out in creation order, one per order.
    if (orders > 0)
        QCOMPARE(client.get(u"/work-orders/wo-%1"_s.arg(100000 + orders)).status, 200);
    QCOMPARE(client.get(u"/work-orders/wo-%1"_s.arg(100001 + orders)).status, 404);
}

void TestSandboxDispatch::sameSeedSameWeek()
{
    const QDate anchor(2026, 3, 2);
    const Seeded first = seedAndRead(250, 5, anchor);
    QCOMPARE(first.orders.size(), 250);
    QCOMPARE(seedAndRead(250, 5, anchor).orders, first.orders);
    QVERIFY(seedAndRead(250, 6, anchor).orders != first.orders);
    QVERIFY(seedAndRead(250, 5, anchor.addDays(1)).orders != first.orders);
}

QTEST_GUILESS_MAIN(TestSandboxDispatch)
#include "tst_sandbox_dispatch.moc"
