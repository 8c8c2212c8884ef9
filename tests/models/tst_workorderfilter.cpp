// WorkOrderFilter: the query it sends, what it matches locally, quick picks, persistence, summary.
#include "filter/workorderfilter.h"
#include "localzone.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fentu;
using fentu::test::LocalZone;

namespace {

WorkOrderSummary order(Status status, const QString &number = u"WO-2026-014"_s)
{
    WorkOrderSummary o;
    o.id = u"wo-1"_s;
    o.number = number;
    o.status = status;
    o.statusText = statusToApi(status);
    o.customer = {u"cust-007"_s, u"Acme Heating"_s, {}, {}};
    o.technician = Technician{u"tech-003"_s, u"Jane Doe"_s, true};
    o.workOrderType = u"maintenance"_s;
    o.scheduledDate = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    return o;
}

WorkOrderFilter everyField()
{
    WorkOrderFilter f;
    f.status = Status::InProgress;
    f.customerId = u"cust-007"_s;
    f.customerName = u"Acme Heating"_s;
    f.technicianId = u"tech-003"_s;
    f.technicianName = u"Jane Doe"_s;
    f.fromDate = QDate(2026, 3, 1);
    f.toDate = QDate(2026, 3, 31);
    f.hideClosed = true;
    f.quickSearch = u"boiler"_s;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(fentu::WorkOrderFilter)

class TestWorkOrderFilter : public QObject
{
    Q_OBJECT
private slots:
    // Local days equal UTC days here, so the cases below read in UTC on any machine; the
    // zone-specific tests set their own zone.
    void initTestCase() { m_utc = std::make_unique<LocalZone>("UTC"); }
    void cleanupTestCase() { m_utc.reset(); }
    void emptyFilterQueriesEverything();
    void queryCarriesEveryServerField();
    void queryLeavesOutLocalFields();
    void unknownStatusMeansAnyStatus();
    void hideClosedDropsCompletedAndCancelled();
    void quickSearchLooksAtEveryShownField_data();
    void quickSearchLooksAtEveryShownField();
    void quickSearchFindsAnUnknownStatusByItsWireText();
    void serverPartMatchesStatusCustomerTechnician();
    void datesCompareOnTheUtcDateInclusive();
    void unscheduledNeverMatchesADateBound();
    void matchesIsServerAndLocal();
    void todayPick();
    void thisWeekRunsMondayToSunday_data();
    void thisWeekRunsMondayToSunday();
    void next7DaysPick();
    void overduePick();
    void variantMapRoundTrip_data();
    void variantMapRoundTrip();
    void variantMapSurvivesQSettings();
    void variantMapToleratesGarbage();
    void summaryOfEmptyFilter();
    void summaryNamesEveryPart();
    void summaryFallsBackToIds();
    void summaryOfOneDay();
    void localDaysAskForTheUtcDatesTheyTouch_data();
    void localDaysAskForTheUtcDatesTheyTouch();
    void localDayMatchesExactlyAroundMidnight();
    void overdueEndsAtLocalMidnight();

private:
    std::unique_ptr<LocalZone> m_utc;
};

void TestWorkOrderFilter::emptyFilterQueriesEverything()
{
    const WorkOrderFilter f;
    QVERIFY(f.isEmpty());
    const WorkOrderQuery q = f.toQuery(3, 50);
    QCOMPARE(q.page, 3);
    QCOMPARE(q.perPage, 50);
    QVERIFY(!q.status);
    QVERIFY(q.customerId.isEmpty());
    QVERIFY(q.technicianId.isEmpty());
    QVERIFY(!q.fromDate.isValid());
    QVERIFY(!q.toDate.isValid());
    QVERIFY(f.matches(order(Status::Open)));
    QVERIFY(f.matches(WorkOrderSummary{})); // even an order with nothing but defaults
}

void TestWorkOrderFilter::queryCarriesEveryServerField()
{
    const WorkOrderFilter f = everyField();
    QVERIFY(!f.isEmpty());
    const WorkOrderQuery q = f.toQuery(2, 100);
    QCOMPARE(q.page, 2);
    QCOMPARE(q.perPage, 100);
    QCOMPARE(q.status, std::optional<Status>(Status::InProgress));
    QCOMPARE(q.customerId, u"cust-007"_s);
    QCOMPARE(q.technicianId, u"tech-003"_s);
    QCOMPARE(q.fromDate, QDate(2026, 3, 1));
    QCOMPARE(q.toDate, QDate(2026, 3, 31));

    // Each field alone reaches the query, and only that field.
    WorkOrderFilter only;
    only.toDate = QDate(2026, 4, 2);
    WorkOrderQuery expected;
    expected.page = 1;
    expected.perPage = 25;
    expected.toDate = QDate(2026, 4, 2);
    QCOMPARE(only.toQuery(1, 25), expected);
    only = {};
    only.technicianId = u"tech-009"_s;
    expected = {};
    expected.perPage = 25;
    expected.technicianId = u"tech-009"_s;
    QCOMPARE(only.toQuery(1, 25), expected);
}

void TestWorkOrderFilter::queryLeavesOutLocalFields()
{
    WorkOrderFilter local;
    local.hideClosed = true;
    local.quickSearch = u"acme"_s;
    local.customerName = u"Acme"_s; // a name without an id filters nothing
    QVERIFY(!local.isEmpty());
    QCOMPARE(local.toQuery(1, 100), WorkOrderFilter().toQuery(1, 100));

    WorkOrderFilter blank;
    blank.quickSearch = u"   "_s;
    QVERIFY(blank.isEmpty());
}

void TestWorkOrderFilter::unknownStatusMeansAnyStatus()
{
    WorkOrderFilter f;
    f.status = Status::Unknown;
    QVERIFY(f.isEmpty());
    QVERIFY(!f.toQuery(1, 100).status);
    QVERIFY(f.matches(order(Status::Completed)));
    QVERIFY(f.toVariantMap().value(u"status"_s).toString().isEmpty());
}

void TestWorkOrderFilter::hideClosedDropsCompletedAndCancelled()
{
    WorkOrderFilter f;
    f.hideClosed = true;
    for (Status status : kAllStatuses) {
        const bool closed = status == Status::Completed || status == Status::Cancelled;
        QCOMPARE(f.matchesLocally(order(status)), !closed);
    }
    QVERIFY(f.matchesLocally(order(Status::Unknown)));
    f.hideClosed = false;
    QVERIFY(f.matchesLocally(order(Status::Completed)));
}

void TestWorkOrderFilter::quickSearchLooksAtEveryShownField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("number") << u"wo-2026-01"_s << true;
    QTest::newRow("customer, other case") << u"ACME heat"_s << true;
    QTest::newRow("technician") << u"jane"_s << true;
    QTest::newRow("type") << u"MAINT"_s << true;
    QTest::newRow("status display name") << u"in progress"_s << true;
    QTest::newRow("surrounding blanks") << u"  doe "_s << true;
    QTest::newRow("absent") << u"plumbing"_s << false;
    QTest::newRow("customer id is not shown") << u"cust-007"_s << false;
}

void TestWorkOrderFilter::quickSearchLooksAtEveryShownField()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    WorkOrderFilter f;
    f.quickSearch = text;
    QCOMPARE(f.matchesLocally(order(Status::InProgress)), found);

    WorkOrderSummary unassigned = order(Status::InProgress);
    unassigned.technician.reset();
    const bool viaTechnician = QStringView(u"jane doe").contains(text.trimmed().toLower());
    QCOMPARE(f.matchesLocally(unassigned), found && !viaTechnician);
}

void TestWorkOrderFilter::quickSearchFindsAnUnknownStatusByItsWireText()
{
    WorkOrderSummary o = order(Status::Unknown);
    o.statusText = u"awaiting_parts"_s;
    WorkOrderFilter f;
    f.quickSearch = u"Awaiting"_s;
    QVERIFY(f.matchesLocally(o));
}

void TestWorkOrderFilter::serverPartMatchesStatusCustomerTechnician()
{
    WorkOrderFilter f;
    f.status = Status::Open;
    QVERIFY(f.matchesServer(order(Status::Open)));
    QVERIFY(!f.matchesServer(order(Status::Assigned)));

    f = {};
    f.customerId = u"cust-007"_s;
    QVERIFY(f.matchesServer(order(Status::Open)));
    f.customerId = u"cust-008"_s;
    QVERIFY(!f.matchesServer(order(Status::Open)));

    f = {};
    f.technicianId = u"tech-003"_s;
    QVERIFY(f.matchesServer(order(Status::Open)));
    WorkOrderSummary unassigned = order(Status::Open);
    unassigned.technician.reset();
    QVERIFY(!f.matchesServer(unassigned));
    f.technicianId = u"tech-004"_s;
    QVERIFY(!f.matchesServer(order(Status::Open)));

    // The local part is not the server's business.
    f = {};
    f.hideClosed = true;
    f.quickSearch = u"nothing like it"_s;
    QVERIFY(f.matchesServer(order(Status::Completed)));
}

void TestWorkOrderFilter::datesCompareOnTheUtcDateInclusive()
{
    WorkOrderSummary late = order(Status::Open);
    late.scheduledDate = QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC);
    // 00:30 on the 2nd at UTC+01:00 is still the 1st in UTC.
    WorkOrderSummary offset = order(Status::Open);
    offset.scheduledDate = QDateTime(QDate(2026, 3, 2), QTime(0, 30), Qt::OffsetFromUTC, 3600);

    WorkOrderFilter f;
    f.fromDate = QDate(2026, 3, 1);
    f.toDate = QDate(2026, 3, 1);
    QVERIFY(f.matchesServer(late));
    QVERIFY(f.matchesServer(offset));

    f.fromDate = QDate(2026, 3, 2);
    f.toDate = {};
    QVERIFY(!f.matchesServer(late));
    QVERIFY(!f.matchesServer(offset));

    f.fromDate = {};
    f.toDate = QDate(2026, 2, 28);
    QVERIFY(!f.matchesServer(late));
    f.toDate = QDate(2026, 3, 1);
    QVERIFY(f.matchesServer(late));

    WorkOrderSummary midnight = order(Status::Open);
    midnight.scheduledDate = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    QVERIFY(!f.matchesServer(midnight));
    f.fromDate = QDate(2026, 3, 2);
    f.toDate = QDate(2026, 3, 2);
    QVERIFY(f.matchesServer(midnight));
}

void TestWorkOrderFilter::unscheduledNeverMatchesADateBound()
{
    WorkOrderSummary unscheduled = order(Status::Open);
    unscheduled.scheduledDate = {};
    WorkOrderFilter f;
    QVERIFY(f.matchesServer(unscheduled));
    f.fromDate = QDate(1900, 1, 1);
    QVERIFY(!f.matchesServer(unscheduled));
    f = {};
    f.toDate = QDate(2999, 12, 31);
    QVERIFY(!f.matchesServer(unscheduled));
    QVERIFY(!WorkOrderFilter::overdue(QDate(2026, 3, 10)).matches(unscheduled));
}

void TestWorkOrderFilter::matchesIsServerAndLocal()
{
    WorkOrderFilter f;
    f.status = Status::Completed;
    f.hideClosed = true; // contradictory on purpose: nothing can pass both parts
    QVERIFY(f.matchesServer(order(Status::Completed)));
    QVERIFY(!f.matchesLocally(order(Status::Completed)));
    QVERIFY(!f.matches(order(Status::Completed)));

    f = {};
    f.customerId = u"cust-007"_s;
    f.quickSearch = u"jane"_s;
    QVERIFY(f.matches(order(Status::Open)));
    f.quickSearch = u"john"_s;
    QVERIFY(!f.matches(order(Status::Open)));
}

void TestWorkOrderFilter::todayPick()
{
    const QDate day(2026, 5, 20);
    const WorkOrderFilter f = WorkOrderFilter::today(day);
    QCOMPARE(f.fromDate, day);
    QCOMPARE(f.toDate, day);
    QVERIFY(!f.hideClosed);
    QVERIFY(!f.status);
}

void TestWorkOrderFilter::thisWeekRunsMondayToSunday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("monday itself") << QDate(2026, 3, 9) << QDate(2026, 3, 9);
    QTest::newRow("wednesday") << QDate(2026, 3, 11) << QDate(2026, 3, 9);
    QTest::newRow("sunday ends the week") << QDate(2026, 3, 15) << QDate(2026, 3, 9);
    QTest::newRow("across a month") << QDate(2026, 4, 2) << QDate(2026, 3, 30);
    QTest::newRow("across a year") << QDate(2026, 1, 1) << QDate(2025, 12, 29);
    QTest::newRow("leap day") << QDate(2028, 2, 29) << QDate(2028, 2, 28);
}

void TestWorkOrderFilter::thisWeekRunsMondayToSunday()
{
    QFETCH(QDate, today);
    QFETCH(QDate, monday);
    const WorkOrderFilter f = WorkOrderFilter::thisWeek(today);
    QCOMPARE(f.fromDate, monday);
    QCOMPARE(f.toDate, monday.addDays(6));
    QCOMPARE(f.fromDate.dayOfWeek(), int(Qt::Monday));
    QCOMPARE(f.toDate.dayOfWeek(), int(Qt::Sunday));
    QVERIFY(f.fromDate <= today && today <= f.toDate);
}

void TestWorkOrderFilter::next7DaysPick()
{
    const WorkOrderFilter f = WorkOrderFilter::next7Days(QDate(2026, 12, 28));
    QCOMPARE(f.fromDate, QDate(2026, 12, 28));
    QCOMPARE(f.toDate, QDate(2027, 1, 3));
    QCOMPARE(f.fromDate.daysTo(f.toDate) + 1, 7);
}

void TestWorkOrderFilter::overduePick()
{
    const WorkOrderFilter f = WorkOrderFilter::overdue(QDate(2026, 3, 1));
    QVERIFY(!f.fromDate.isValid());
    QCOMPARE(f.toDate, QDate(2026, 2, 28));
    QVERIFY(f.hideClosed);

    WorkOrderSummary yesterday = order(Status::Assigned);
    yesterday.scheduledDate = QDateTime(QDate(2026, 2, 28), QTime(17, 0), Qt::UTC);
    WorkOrderSummary today = yesterday;
    today.scheduledDate = QDateTime(QDate(2026, 3, 1), QTime(7, 0), Qt::UTC);
    WorkOrderSummary doneYesterday = yesterday;
    doneYesterday.status = Status::Completed;
    QVERIFY(f.matches(yesterday));
    QVERIFY(!f.matches(today));
    QVERIFY(!f.matches(doneYesterday));
}

void TestWorkOrderFilter::variantMapRoundTrip_data()
{
    QTest::addColumn<WorkOrderFilter>("filter");
    QTest::newRow("empty") << WorkOrderFilter();
    QTest::newRow("every field") << everyField();
    QTest::newRow("overdue") << WorkOrderFilter::overdue(QDate(2026, 7, 4));
    for (Status status : kAllStatuses) {
        WorkOrderFilter f;
        f.status = status;
        QTest::newRow(qPrintable(statusToApi(status))) << f;
    }
}

void TestWorkOrderFilter::variantMapRoundTrip()
{
    QFETCH(WorkOrderFilter, filter);
    QCOMPARE(WorkOrderFilter::fromVariantMap(filter.toVariantMap()), filter);
}

void TestWorkOrderFilter::variantMapSurvivesQSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"filter.ini"_s);
    const WorkOrderFilter filter = everyField();
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"table/filter"_s, filter.toVariantMap());
    }
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(WorkOrderFilter::fromVariantMap(settings.value(u"table/filter"_s).toMap()), filter);
}

void TestWorkOrderFilter::variantMapToleratesGarbage()
{
    QVariantMap map;
    map.insert(u"status"_s, u"exploded"_s);
    map.insert(u"fromDate"_s, u"2026-13-45"_s);
    map.insert(u"toDate"_s, 42);
    map.insert(u"hideClosed"_s, u"yes please"_s);
    map.insert(u"somethingNew"_s, u"from a later version"_s);
    const WorkOrderFilter f = WorkOrderFilter::fromVariantMap(map);
    QVERIFY(!f.status);
    QVERIFY(!f.fromDate.isValid());
    QVERIFY(!f.toDate.isValid());
    QVERIFY(f.isEmpty() || f.hideClosed); // whatever the bool conversion says, nothing crashes
    QCOMPARE(WorkOrderFilter::fromVariantMap({}), WorkOrderFilter());
}

void TestWorkOrderFilter::summaryOfEmptyFilter()
{
    QCOMPARE(WorkOrderFilter().summary(), u"All work orders"_s);
}

void TestWorkOrderFilter::summaryNamesEveryPart()
{
    const QLocale locale(QLocale::German, QLocale::Germany);
    const WorkOrderFilter f = everyField();
    const QString text = f.summary(locale);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text != WorkOrderFilter().summary(locale), qPrintable(text));
    QVERIFY2(text.contains(statusDisplayName(Status::InProgress)), qPrintable(text));
    QVERIFY2(text.contains(u"Acme Heating"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Jane Doe"_s), qPrintable(text));
    QVERIFY2(text.contains(locale.toString(QDate(2026, 3, 1), QLocale::ShortFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(locale.toString(QDate(2026, 3, 31), QLocale::ShortFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(u"boiler"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"cust-007"_s), qPrintable(text)); // names, not ids, when known
    // The default overload uses the default locale.
    QCOMPARE(f.summary(), f.summary(QLocale()));
}

void TestWorkOrderFilter::summaryFallsBackToIds()
{
    WorkOrderFilter f;
    f.customerId = u"cust-042"_s;
    f.technicianId = u"tech-011"_s;
    const QString text = f.summary();
    QVERIFY2(text.contains(u"cust-042"_s), qPrintable(text));
    QVERIFY2(text.contains(u"tech-011"_s), qPrintable(text));

    WorkOrderFilter until;
    until.toDate = QDate(2026, 2, 28);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QVERIFY(until.summary(locale).contains(locale.toString(until.toDate, QLocale::ShortFormat)));
}

void TestWorkOrderFilter::summaryOfOneDay()
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QDate day(2026, 6, 15);
    const QString text = WorkOrderFilter::today(day).summary(locale);
    const QString shown = locale.toString(day, QLocale::ShortFormat);
    QCOMPARE(text.count(shown), 1); // "Scheduled 15/06/2026", not a range from a day to itself
}

QTEST_GUILESS_MAIN(TestWorkOrderFilter)
#include "tst_workorderfilter.moc"

void TestWorkOrderFilter::localDaysAskForTheUtcDatesTheyTouch_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<WorkOrderFilter>("filter");
    QTest::addColumn<QDate>("utcFrom");
    QTest::addColumn<QDate>("utcTo");
    const QDate day(2026, 1, 15);
    // Auckland is UTC+13 in January: its day starts at 11:00Z the day before.
    QTest::newRow("today, Auckland") << "Pacific/Auckland"_ba << WorkOrderFilter::today(day)
                                     << QDate(2026, 1, 14) << QDate(2026, 1, 15);
    // Los Angeles is UTC-8 in January: its day ends at 08:00Z the day after.
    QTest::newRow("today, Los Angeles") << "America/Los_Angeles"_ba << WorkOrderFilter::today(day)
                                        << QDate(2026, 1, 15) << QDate(2026, 1, 16);
    QTest::newRow("today, UTC") << "UTC"_ba << WorkOrderFilter::today(day) << day << day;
    QTest::newRow("this week, Auckland") << "Pacific/Auckland"_ba << WorkOrderFilter::thisWeek(day)
                                         << QDate(2026, 1, 11) << QDate(2026, 1, 18);
    QTest::newRow("next 7 days, Los Angeles")
        << "America/Los_Angeles"_ba << WorkOrderFilter::next7Days(day) << QDate(2026, 1, 15)
        << QDate(2026, 1, 22);
    QTest::newRow("overdue, Auckland")
        << "Pacific/Auckland"_ba << WorkOrderFilter::overdue(day) << QDate() << QDate(2026, 1, 14);
    QTest::newRow("overdue, Los Angeles")
        << "America/Los_Angeles"_ba << WorkOrderFilter::overdue(day) << QDate()
        << QDate(2026, 1, 15);
    // 8 March 2026 in Los Angeles has 23 hours (DST starts): it ends at 07:00Z on the 9th.
    QTest::newRow("DST day, Los Angeles")
        << "America/Los_Angeles"_ba << WorkOrderFilter::today(QDate(2026, 3, 8))
        << QDate(2026, 3, 8) << QDate(2026, 3, 9);
}

void TestWorkOrderFilter::localDaysAskForTheUtcDatesTheyTouch()
{
    QFETCH(QByteArray, zone);
    QFETCH(WorkOrderFilter, filter);
    QFETCH(QDate, utcFrom);
    QFETCH(QDate, utcTo);
    const LocalZone local(zone.constData());
    const WorkOrderQuery query = filter.toQuery(1, 50);
    QCOMPARE(query.fromDate, utcFrom);
    QCOMPARE(query.toDate, utcTo);
    // The local bounds are whole local days.
    if (filter.fromDate.isValid()) {
        QCOMPARE(filter.scheduledFrom().toLocalTime().date(), filter.fromDate);
        QCOMPARE(filter.scheduledFrom().toLocalTime().time(), QTime(0, 0));
    }
    QCOMPARE(filter.scheduledUntil().toLocalTime().date(), filter.toDate.addDays(1));
    QCOMPARE(filter.scheduledUntil().toLocalTime().time(), QTime(0, 0));
}

void TestWorkOrderFilter::localDayMatchesExactlyAroundMidnight()
{
    const LocalZone local("Pacific/Auckland");
    const WorkOrderFilter f = WorkOrderFilter::today(QDate(2026, 1, 15));
    const auto at = [](QDate date, QTime time) {
        WorkOrderSummary o = order(Status::Open);
        o.scheduledDate = QDateTime(date, time, Qt::UTC);
        return o;
    };
    // 23:59 on the 14th and 00:00 on the 16th, Auckland time: not today, yet the server sends
    // the first (its UTC date is asked for), so the local part must drop it.
    const WorkOrderSummary lastMinuteBefore = at(QDate(2026, 1, 14), QTime(10, 59));
    const WorkOrderSummary firstMinute = at(QDate(2026, 1, 14), QTime(11, 0));
    const WorkOrderSummary lastMinute = at(QDate(2026, 1, 15), QTime(10, 59));
    const WorkOrderSummary nextDay = at(QDate(2026, 1, 15), QTime(11, 0));
    QVERIFY(f.matchesServer(lastMinuteBefore));
    QVERIFY(!f.matchesLocally(lastMinuteBefore));
    QVERIFY(f.matches(firstMinute));
    QVERIFY(f.matches(lastMinute));
    QVERIFY(f.matchesServer(nextDay)); // 15 January in UTC
    QVERIFY(!f.matches(nextDay));
    WorkOrderSummary unscheduled = order(Status::Open);
    unscheduled.scheduledDate = {};
    QVERIFY(!f.matchesLocally(unscheduled));
}

void TestWorkOrderFilter::overdueEndsAtLocalMidnight()
{
    const LocalZone local("America/Los_Angeles");
    const WorkOrderFilter f = WorkOrderFilter::overdue(QDate(2026, 1, 15));
    WorkOrderSummary lateYesterday = order(Status::Assigned);
    lateYesterday.scheduledDate = QDateTime(QDate(2026, 1, 15), QTime(7, 59), Qt::UTC); // 23:59
    WorkOrderSummary earlyToday = lateYesterday;
    earlyToday.scheduledDate = QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC); // 00:00
    QVERIFY(f.matches(lateYesterday));
    QVERIFY(f.matchesServer(earlyToday)); // the same UTC date
    QVERIFY(!f.matches(earlyToday));
}
