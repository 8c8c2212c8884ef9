// What the table's columns show and sort by, without a server: natural order, durations, and
// rows with missing or unknown values.
#include "itemmodels/localdatetime.h"
#include "itemmodels/naturalcompare.h"
#include "itemmodels/workordercolumns.h"
#include "itemmodels/workordertablemodel.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

using Model = WorkOrderTableModel;

class TestWorkOrderColumns : public QObject
{
    Q_OBJECT
private slots:
    void naturalCompare_data();
    void naturalCompare();
    void naturalCompareIsATotalOrder();
    void formatDuration_data();
    void formatDuration();
    void missingValuesHaveNoRawValue();
    void compareMatchesRawValues();
    void dateTimesHaveNoSeconds_data();
    void dateTimesHaveNoSeconds();
};

void TestWorkOrderColumns::naturalCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("digits by value") << u"WO-2024-999"_s << u"WO-2024-1000"_s << -1;
    QTest::newRow("year first") << u"WO-2025-001"_s << u"WO-2024-999"_s << 1;
    QTest::newRow("equal") << u"WO-2024-001"_s << u"WO-2024-001"_s << 0;
    QTest::newRow("case-insensitive") << u"acme"_s << u"Bluestone"_s << -1;
    QTest::newRow("prefix first") << u"Acme"_s << u"Acme Inc."_s << -1;
    QTest::newRow("empty first") << QString() << u"a"_s << -1;
    QTest::newRow("huge numbers") << u"x99999999999999999999999"_s << u"x100000000000000000000000"_s
                                  << -1;
    QTest::newRow("unit 9 before unit 10")
        << u"Unit 9, 2nd floor"_s << u"Unit 10, 1st floor"_s << -1;
}

void TestWorkOrderColumns::naturalCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(fentu::naturalCompare(a, b), expected);
    QCOMPARE(fentu::naturalCompare(b, a), -expected);
}

void TestWorkOrderColumns::naturalCompareIsATotalOrder()
{
    // Different texts never compare equal, so sorting is deterministic.
    QVERIFY(fentu::naturalCompare(u"abc", u"ABC") != 0);
    QCOMPARE(fentu::naturalCompare(u"abc", u"ABC"), -fentu::naturalCompare(u"ABC", u"abc"));
    QVERIFY(fentu::naturalCompare(u"a01", u"a1") != 0);
    QCOMPARE(fentu::naturalCompare(u"a01", u"a1"), -fentu::naturalCompare(u"a1", u"a01"));
    // Leading zeros do not change the value: 007 < 8.
    QCOMPARE(fentu::naturalCompare(u"a007", u"a8"), -1);
}

void TestWorkOrderColumns::formatDuration_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << u"0 min"_s;
    QTest::newRow("45") << 45 << u"45 min"_s;
    QTest::newRow("60") << 60 << u"1 h"_s;
    QTest::newRow("90") << 90 << u"1 h 30 min"_s;
    QTest::newRow("125") << 125 << u"2 h 5 min"_s;
    QTest::newRow("600") << 600 << u"10 h"_s;
}

void TestWorkOrderColumns::formatDuration()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QCOMPARE(WorkOrderColumns::formatDuration(minutes), text);
}

void TestWorkOrderColumns::missingValuesHaveNoRawValue()
{
    WorkOrderSummary bare;
    bare.id = u"wo-1"_s;
    for (int column :
         {Model::NumberColumn, Model::CustomerColumn, Model::TechnicianColumn,
          Model::ScheduledColumn, Model::DurationColumn, Model::TypeColumn, Model::CreatedColumn}) {
        QVERIFY(!WorkOrderColumns::hasValue(bare, column));
        QVERIFY(!WorkOrderColumns::rawValue(bare, column).isValid());
        QVERIFY(WorkOrderColumns::displayText(bare, column).isEmpty());
    }
    // Status and priority always have one: Unknown sorts before every known value.
    QCOMPARE(WorkOrderColumns::rawValue(bare, Model::StatusColumn).toInt(), int(Status::Unknown));
    QCOMPARE(WorkOrderColumns::rawValue(bare, Model::PriorityColumn).toInt(),
             int(Priority::Unknown));
    QCOMPARE(WorkOrderColumns::toolTip(bare, Model::ScheduledColumn, false).isEmpty(), false);
    QCOMPARE(WorkOrderColumns::toolTip(bare, Model::TechnicianColumn, false).isEmpty(), false);
    const QString pendingTip = WorkOrderColumns::toolTip(bare, Model::TypeColumn, true);
    QVERIFY(!pendingTip.isEmpty());
    QVERIFY(WorkOrderColumns::toolTip(bare, Model::TypeColumn, false).isEmpty());
}

void TestWorkOrderColumns::compareMatchesRawValues()
{
    WorkOrderSummary a;
    a.number = u"WO-2024-999"_s;
    a.status = Status::Open;
    a.priority = Priority::Urgent;
    a.customer.name = u"acme"_s;
    a.technician = Technician{u"t1"_s, u"Zoe"_s, true};
    a.scheduledDate = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    a.estimatedDuration = 30;
    a.workOrderType = u"repair"_s;
    a.createdAt = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC);
    WorkOrderSummary b = a;
    b.number = u"WO-2024-1000"_s;
    b.status = Status::Completed;
    b.priority = Priority::Low;
    b.customer.name = u"Bluestone"_s;
    b.technician = Technician{u"t2"_s, u"adam"_s, true};
    b.scheduledDate = a.scheduledDate.addSecs(1);
    b.estimatedDuration = 120;
    b.workOrderType = u"Service"_s;
    b.createdAt = a.createdAt.addDays(-1);

    QVERIFY(WorkOrderColumns::compare(a, b, Model::NumberColumn) < 0);
    QVERIFY(WorkOrderColumns::compare(a, b, Model::StatusColumn) < 0);   // Open before Completed
    QVERIFY(WorkOrderColumns::compare(a, b, Model::PriorityColumn) > 0); // Urgent after Low
    QVERIFY(WorkOrderColumns::compare(a, b, Model::CustomerColumn) < 0);
    QVERIFY(WorkOrderColumns::compare(a, b, Model::TechnicianColumn) > 0);
    QVERIFY(WorkOrderColumns::compare(a, b, Model::ScheduledColumn) < 0);
    QVERIFY(WorkOrderColumns::compare(a, b, Model::DurationColumn) < 0);
    QVERIFY(WorkOrderColumns::compare(a, b, Model::TypeColumn) < 0);
    QVERIFY(WorkOrderColumns::compare(a, b, Model::CreatedColumn) > 0);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        QCOMPARE(WorkOrderColumns::compare(a, a, column), 0);
        QCOMPARE(WorkOrderColumns::compare(a, b, column), -WorkOrderColumns::compare(b, a, column));
    }
    QCOMPARE(WorkOrderColumns::rawValue(a, Model::ScheduledColumn).typeId(),
             int(QMetaType::QDateTime));
    QCOMPARE(WorkOrderColumns::rawValue(a, Model::DurationColumn).toInt(), 30);
}

void TestWorkOrderColumns::dateTimesHaveNoSeconds_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("timeFormat");
    // C writes seconds into its short format; the table must not.
    QTest::newRow("C") << u"C"_s << u"HH:mm"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"h:mm AP"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"HH:mm"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"HH:mm"_s;
}

void TestWorkOrderColumns::dateTimesHaveNoSeconds()
{
    QFETCH(QString, locale);
    QFETCH(QString, timeFormat);
    const QLocale l(locale);
    QCOMPARE(LocalDateTime::timeFormat(l), timeFormat);
    QVERIFY(!LocalDateTime::dateTimeFormat(l).contains(u's'));
    const QDateTime utc(QDate(2026, 3, 2), QTime(9, 5, 42), Qt::UTC);
    const QString text = LocalDateTime::shortText(utc, l);
    QVERIFY2(text.contains(l.toString(utc.toLocalTime().time(), timeFormat)), qPrintable(text));
    QVERIFY2(!text.contains(u"42"_s), qPrintable(text));
    QVERIFY(LocalDateTime::shortText(QDateTime(), l).isEmpty());
    QVERIFY(!LocalDateTime::longDateShortTime(utc, l).contains(u"42"_s));
}

QTEST_GUILESS_MAIN(TestWorkOrderColumns)
#include "tst_workordercolumns.moc"
