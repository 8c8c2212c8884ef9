// BoardLayout: the schedule board's arithmetic, without widgets or a server. Lanes and clashes
// (touching orders do not clash, cancelled ones take no time), booked time per local day,
// late work, rows for inactive and unknown technicians, and local days across a DST change
// and in time zones far from UTC.
#include "board/boardlayout.h"
#include "localzone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

const Technician kAda{u"t-ada"_s, u"Ada"_s, true};
const Technician kBo{u"t-bo"_s, u"Bo"_s, true};
const Technician kCy{u"t-cy"_s, u"Cy"_s, false};

WorkOrderSummary order(const QString &id, const QDateTime &start, std::optional<int> minutes,
                       std::optional<Technician> technician = kAda,
                       Status status = Status::Assigned)
{
    WorkOrderSummary o;
    o.id = id;
    o.number = u"WO-"_s + id;
    o.scheduledDate = start.toUTC();
    o.estimatedDuration = minutes;
    o.technician = std::move(technician);
    o.status = status;
    return o;
}

QDateTime local(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime);
}

const BoardRow *rowOf(const QList<BoardRow> &rows, const QString &technicianId)
{
    for (const BoardRow &row : rows) {
        if (!row.unassigned && row.technician.id == technicianId)
            return &row;
    }
    return nullptr;
}

const BoardBar *barOf(const BoardRow &row, const QString &id)
{
    for (const BoardBar &bar : row.bars) {
        if (bar.order.id == id)
            return &bar;
    }
    return nullptr;
}

} // namespace

class TestBoardLayout : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_zone = std::make_unique<test::LocalZone>("Europe/Berlin"); }
    void cleanup() { m_zone.reset(); }

    void overlapsGetLanesAndClash()
    {
        const QDate day(2026, 6, 10);
        const BoardSpan span{day, 1};
        const QList<BoardRow> rows = BoardLayout::layOut(
            span, {kAda, kBo},
            {order(u"a"_s, local(day, 8), 120), order(u"b"_s, local(day, 9), 60),
             order(u"c"_s, local(day, 9, 30), 60), order(u"d"_s, local(day, 14), 60)},
            local(day, 6));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QVERIFY(ada);
        QCOMPARE(ada->laneCount, 3); // 8-10, 9-10, 9:30-10:30 all overlap at 9:30
        QCOMPARE(ada->clashCount, 3);
        QVERIFY(!barOf(*ada, u"d"_s)->clash);
        QCOMPARE(barOf(*ada, u"d"_s)->lane, 0);
        QCOMPARE(barOf(*ada, u"a"_s)->lane, 0);
        QCOMPARE(barOf(*ada, u"b"_s)->lane, 1);
        QCOMPARE(barOf(*ada, u"c"_s)->lane, 2);
        const BoardRow *bo = rowOf(rows, kBo.id);
        QVERIFY(bo); // an active technician always has a row
        QVERIFY(bo->bars.isEmpty());
        QCOMPARE(bo->clashCount, 0);
    }

    void touchingOrdersDoNotClash()
    {
        const QDate day(2026, 6, 10);
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda},
            {order(u"a"_s, local(day, 8), 60), order(u"b"_s, local(day, 9), 60),
             order(u"c"_s, local(day, 10), 30)},
            local(day, 6));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->laneCount, 1);
        QCOMPARE(ada->clashCount, 0);
    }

    void aLongOrderClashesWithEveryOneInside()
    {
        // 8-12 holds 9-10 and 11-11:30, which do not touch each other: all three clash.
        const QDate day(2026, 6, 10);
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda},
            {order(u"long"_s, local(day, 8), 240), order(u"x"_s, local(day, 9), 60),
             order(u"y"_s, local(day, 11), 30)},
            local(day, 6));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->clashCount, 3);
        QCOMPARE(ada->laneCount, 2); // x and y share the second lane
        QCOMPARE(barOf(*ada, u"x"_s)->lane, barOf(*ada, u"y"_s)->lane);
    }

    void cancelledOrdersTakeNoTime()
    {
        const QDate day(2026, 6, 10);
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda},
            {order(u"a"_s, local(day, 8), 120),
             order(u"gone"_s, local(day, 9), 60, kAda, Status::Cancelled)},
            local(day, 6));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->bars.size(), 2); // still shown
        QCOMPARE(ada->clashCount, 0);
        QCOMPARE(ada->load.first().bookedMinutes, 120);
    }

    void unassignedOrdersGoToTheTrayWithoutClashes()
    {
        const QDate day(2026, 6, 10);
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda},
            {order(u"u1"_s, local(day, 8), 120, std::nullopt, Status::Open),
             order(u"u2"_s, local(day, 9), 60, std::nullopt, Status::Open)},
            local(day, 6));
        QVERIFY(rows.first().unassigned);
        QCOMPARE(rows.first().bars.size(), 2);
        QCOMPARE(rows.first().laneCount, 2);
        QCOMPARE(rows.first().clashCount, 0);
        QVERIFY(!rows.first().bars.first().clash && !rows.first().bars.last().clash);
    }

    void bookedTimePerLocalDay()
    {
        const QDate day(2026, 6, 10);
        BoardSpan span{day, 2};
        span.workStart = QTime(8, 0);
        span.workEnd = QTime(16, 0); // 480 minutes
        const QList<BoardRow> rows = BoardLayout::layOut(
            span, {kAda},
            {order(u"a"_s, local(day, 8), 300), order(u"b"_s, local(day, 13), 240),
             // 22:00 for four hours: two on each day
             order(u"night"_s, local(day, 22), 240), order(u"c"_s, local(day.addDays(1), 9), 60)},
            local(day, 6));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->load.size(), 2);
        QCOMPARE(ada->load[0].day, day);
        QCOMPARE(ada->load[0].workingMinutes, 480);
        QCOMPARE(ada->load[0].bookedMinutes, 300 + 240 + 120);
        QVERIFY(ada->load[0].overbooked());
        QCOMPARE(ada->load[0].ratio(), 660.0 / 480.0);
        QCOMPARE(ada->load[1].bookedMinutes, 120 + 60);
        QVERIFY(!ada->load[1].overbooked());
    }

    void withoutADurationTheDefaultLengthIsAssumed()
    {
        const QDate day(2026, 6, 10);
        BoardSpan span{day, 1};
        span.defaultDurationMinutes = 45;
        const QList<BoardRow> rows =
            BoardLayout::layOut(span, {kAda},
                                {order(u"a"_s, local(day, 8), std::nullopt),
                                 order(u"zero"_s, local(day, 10), 0)},
                                local(day, 6));
        const BoardBar *a = barOf(*rowOf(rows, kAda.id), u"a"_s);
        QVERIFY(a->assumedDuration);
        QCOMPARE(a->start.secsTo(a->end), 45 * 60);
        QVERIFY(barOf(*rowOf(rows, kAda.id), u"zero"_s)->assumedDuration);
    }

    void lateWork()
    {
        const QDate day(2026, 6, 10);
        const QDateTime now = local(day, 12);
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda, kBo},
            {order(u"missed"_s, local(day, 9), 60, kAda, Status::Assigned),
             order(u"done"_s, local(day, 9), 60, kBo, Status::Completed),
             order(u"cancelled"_s, local(day, 8), 60, kBo, Status::Cancelled),
             order(u"running"_s, local(day, 11), 120, kAda, Status::InProgress),
             order(u"overrun"_s, local(day, 10), 60, kBo, Status::InProgress),
             order(u"later"_s, local(day, 15), 60, kAda, Status::Assigned),
             order(u"open"_s, local(day, 7), 60, std::nullopt, Status::Open)},
            now);
        const BoardRow *ada = rowOf(rows, kAda.id);
        const BoardRow *bo = rowOf(rows, kBo.id);
        QVERIFY(barOf(*ada, u"missed"_s)->late);
        QVERIFY(!barOf(*bo, u"done"_s)->late);
        QVERIFY(!barOf(*bo, u"cancelled"_s)->late);
        QVERIFY(!barOf(*ada, u"running"_s)->late); // in progress, ends at 13:00
        QVERIFY(barOf(*bo, u"overrun"_s)->late);   // in progress, should have ended at 11:00
        QVERIFY(!barOf(*ada, u"later"_s)->late);
        QVERIFY(barOf(rows.first(), u"open"_s)->late); // unassigned and past: late too
    }

    void inactiveAndUnknownTechnicians()
    {
        const QDate day(2026, 6, 10);
        const Technician stranger{u"t-zed"_s, u"Zed"_s, true};
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda, kCy, Technician{u"t-dee"_s, u"Dee"_s, false}},
            {order(u"a"_s, local(day, 8), 60, kCy), order(u"b"_s, local(day, 9), 60, stranger)},
            local(day, 6));
        // The tray, Ada (active), Cy (inactive, with an order), Zed (unknown: marked inactive);
        // Dee (inactive, nothing in the span) has no row.
        QCOMPARE(rows.size(), 4);
        QVERIFY(rowOf(rows, kAda.id) && !rowOf(rows, kAda.id)->inactive);
        QVERIFY(rowOf(rows, kCy.id) && rowOf(rows, kCy.id)->inactive);
        QVERIFY(rowOf(rows, stranger.id) && rowOf(rows, stranger.id)->inactive);
        QCOMPARE(rowOf(rows, stranger.id)->technician.name, u"Zed"_s);
        QVERIFY(!rowOf(rows, u"t-dee"_s));
    }

    void ordersOutsideTheSpanAreLeftOut()
    {
        const QDate day(2026, 6, 10);
        const QList<BoardRow> rows = BoardLayout::layOut(
            {day, 1}, {kAda},
            {order(u"before"_s, local(day.addDays(-1), 20), 60),
             order(u"overnight"_s, local(day.addDays(-1), 23), 120), // reaches 01:00
             order(u"after"_s, local(day.addDays(1), 0), 60),
             order(u"unscheduled"_s, QDateTime(), 60)},
            local(day, 6));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->bars.size(), 1);
        QCOMPARE(ada->bars.first().order.id, u"overnight"_s);
        QCOMPARE(ada->load.first().bookedMinutes, 60); // only its hour inside the day
    }

    void aDayAcrossTheSpringChangeHas23Hours()
    {
        // Berlin, 29 March 2026: 02:00 becomes 03:00.
        const QDate day(2026, 3, 29);
        const BoardSpan span{day, 1};
        QCOMPARE(span.start().secsTo(span.end()), 23 * 3600);
        // 01:30 for two hours of real time ends at 04:30 local.
        const QList<BoardRow> rows = BoardLayout::layOut(
            span, {kAda},
            {order(u"a"_s, local(day, 1, 30), 120), order(u"b"_s, local(day, 4), 60),
             order(u"c"_s, local(day, 23, 30), 60)},
            local(day, 0));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->bars.size(), 3);
        QCOMPARE(barOf(*ada, u"a"_s)->end.toLocalTime().time(), QTime(4, 30));
        QVERIFY(barOf(*ada, u"a"_s)->clash && barOf(*ada, u"b"_s)->clash);
        QCOMPARE(ada->load.first().bookedMinutes, 120 + 60 + 30);
    }

    void aDayAcrossTheAutumnChangeHas25Hours()
    {
        const QDate day(2026, 10, 25);
        const BoardSpan span{day, 2};
        QCOMPARE(span.start().secsTo(span.end()), 49 * 3600);
        const QList<BoardRow> rows = BoardLayout::layOut(
            span, {kAda}, {order(u"a"_s, local(day, 23), 120)}, local(day, 0));
        const BoardRow *ada = rowOf(rows, kAda.id);
        QCOMPARE(ada->load[0].bookedMinutes, 60);
        QCOMPARE(ada->load[1].bookedMinutes, 60);
    }

    void localDaysInFarTimeZones()
    {
        // 23:30 UTC on 10 June is already 11 June at +14 and still 10 June at -11.
        const QDateTime utc(QDate(2026, 6, 10), QTime(23, 30), Qt::UTC);
        {
            test::LocalZone kiritimati("Pacific/Kiritimati");
            const QList<BoardRow> eleventh = BoardLayout::layOut(
                {QDate(2026, 6, 11), 1}, {kAda}, {order(u"a"_s, utc, 60)}, utc);
            QCOMPARE(rowOf(eleventh, kAda.id)->bars.size(), 1);
            const QList<BoardRow> tenth = BoardLayout::layOut(
                {QDate(2026, 6, 10), 1}, {kAda}, {order(u"a"_s, utc, 60)}, utc);
            QCOMPARE(rowOf(tenth, kAda.id)->bars.size(), 0);
        }
        {
            test::LocalZone pagoPago("Pacific/Pago_Pago");
            const QList<BoardRow> tenth = BoardLayout::layOut(
                {QDate(2026, 6, 10), 1}, {kAda}, {order(u"a"_s, utc, 60)}, utc);
            QCOMPARE(rowOf(tenth, kAda.id)->bars.size(), 1);
            QCOMPARE(rowOf(tenth, kAda.id)->load.first().bookedMinutes, 60);
        }
    }

private:
    std::unique_ptr<test::LocalZone> m_zone;
};

QTEST_GUILESS_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
