// BoardTimeScale: instants to x and back across day columns, with nights collapsed to the
// working hours, weekends left out, and snapping in local time.
#include "board/boardtimescale.h"
#include "localzone.h"

#include <QTest>

using namespace fentu;

namespace {
QDateTime local(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime);
}
const QDate kMonday(2026, 6, 8);
} // namespace

class TestBoardTimeScale : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_zone = std::make_unique<test::LocalZone>("Europe/Berlin"); }
    void cleanup() { m_zone.reset(); }

    void aWholeDayAcrossTheWidth()
    {
        const BoardTimeScale scale({kMonday, 1}, true, true, 2400);
        QCOMPARE(scale.columns().size(), 1);
        QCOMPARE(scale.xOf(local(kMonday, 0)), 0.0);
        QCOMPARE(scale.xOf(local(kMonday, 12)), 1200.0);
        QCOMPARE(scale.xOf(local(kMonday.addDays(1), 0)), 2400.0);
        QCOMPARE(scale.instantAt(600), local(kMonday, 6).toUTC());
        QCOMPARE(scale.pixelsPerMinute(), 2400.0 / 1440.0);
    }

    void collapsedNightsShowOnlyWorkingHours()
    {
        const BoardTimeScale scale({kMonday, 2}, false, true, 1200); // 07:00-19:00, 600 a day
        QCOMPARE(scale.columns().size(), 2);
        QCOMPARE(scale.xOf(local(kMonday, 7)), 0.0);
        QCOMPARE(scale.xOf(local(kMonday, 13)), 300.0);
        QCOMPARE(scale.xOf(local(kMonday.addDays(1), 13)), 900.0);
        // The night between sits on the edge of the next shown time.
        QCOMPARE(scale.xOf(local(kMonday, 22)), 600.0);
        QCOMPARE(scale.xOf(local(kMonday, 5)), 0.0);
        QCOMPARE(scale.instantAt(900), local(kMonday.addDays(1), 13).toUTC());
    }

    void hiddenWeekendsLeaveFiveColumns()
    {
        const BoardTimeScale scale({kMonday, 7}, true, false, 500);
        QCOMPARE(scale.columns().size(), 5);
        QCOMPARE(scale.columns().last().day, kMonday.addDays(4));
        QCOMPARE(scale.xOf(local(kMonday.addDays(5), 12)), 500.0); // Saturday: past the end
        // A weekend alone still shows.
        const BoardTimeScale saturday({kMonday.addDays(5), 1}, true, false, 500);
        QCOMPARE(saturday.columns().size(), 1);
    }

    void roundTripsWithinAMinute()
    {
        const BoardTimeScale scale({kMonday, 14}, false, true, 1400);
        for (int x = 0; x < 1400; x += 37) {
            const QDateTime at = scale.instantAt(x);
            QVERIFY(qAbs(scale.xOf(at) - x) < 0.1);
        }
    }

    void snapsInLocalTime()
    {
        QCOMPARE(BoardTimeScale::snapped(local(kMonday, 9, 7), 15), local(kMonday, 9, 0).toUTC());
        QCOMPARE(BoardTimeScale::snapped(local(kMonday, 9, 8), 15), local(kMonday, 9, 15).toUTC());
        QCOMPARE(BoardTimeScale::snapped(local(kMonday, 23, 55), 15),
                 local(kMonday.addDays(1), 0).toUTC());
        test::LocalZone india("Asia/Kolkata"); // UTC+5:30: steps land on local quarters
        const QDateTime snapped = BoardTimeScale::snapped(local(kMonday, 10, 20), 15);
        QCOMPARE(snapped.toLocalTime().time(), QTime(10, 15));
    }

private:
    std::unique_ptr<test::LocalZone> m_zone;
};

QTEST_GUILESS_MAIN(TestBoardTimeScale)
#include "tst_boardtimescale.moc"
