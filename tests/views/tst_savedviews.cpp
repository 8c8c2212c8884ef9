// Saved views below the widgets: relative dates that mean each day's own days (a clock moved
// across midnight, a week's end, a year's end), the view file written and read back, every
// kind of malformed file refused with a sentence and nothing read, the list kept per server
// and tolerant of a damaged entry, and the Views list's model under QAbstractItemModelTester.
#include "testsettings.h"

#include "views/daterule.h"
#include "views/savedview.h"
#include "views/savedviewlistmodel.h"
#include "views/viewjson.h"
#include "views/viewstore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

SavedView sampleView()
{
    SavedView view;
    view.id = u"id-1"_s;
    view.name = u"Harbor jobs — Zoë's list"_s;
    view.filter.status = Status::InProgress;
    view.filter.customerId = u"cus_7"_s;
    view.filter.customerName = u"Harbor View Hotel"_s;
    view.filter.technicianId = u"tech_2"_s;
    view.filter.technicianName = u"Sam Ortiz"_s;
    view.filter.hideClosed = true;
    view.dateRule = DateRule::Next7Days;
    view.search = u"boiler \"north\""_s;
    view.sortColumn = 5;
    view.sortOrder = Qt::DescendingOrder;
    view.columns = {{3, 240, false}, {0, 120, false}, {1, 100, true}};
    view.board = ViewBoard{true, 7, true, {u"tech_2"_s, u"tech_ünï"_s}};
    return view;
}

QByteArray withMember(const QByteArray &file, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(file).object();
    object.insert(key, value);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void relativeDatesMeanEachDaysOwnDays_data();
    void relativeDatesMeanEachDaysOwnDays();
    void acrossMidnightTheSameViewMovesOn();
    void fixedDatesStayPut();
    void theRuleOfAFiltersDatesIsFound();
    void theBuiltInViewIsTodayAndUpcoming();
    void aViewFileReadsBackWhole();
    void aMalformedFileIsRefusedWithASentence_data();
    void aMalformedFileIsRefusedWithASentence();
    void theStoredListSkipsADamagedEntry();
    void aNewerVersionsViewSurvivesASave();
    void eachServerHasItsOwnViews();
    void theListModelPassesTheTesterAndShowsCounts();
};

void TestSavedViews::initTestCase()
{
    test::useTestSettings(u"tst_savedviews"_s);
    QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear(); // where AppSettings and the views live
}

void TestSavedViews::relativeDatesMeanEachDaysOwnDays_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate thu(2026, 12, 10);
    QTest::newRow("today") << int(DateRule::Today) << thu << thu << thu;
    QTest::newRow("this week, Thursday")
        << int(DateRule::ThisWeek) << thu << QDate(2026, 12, 7) << QDate(2026, 12, 13);
    QTest::newRow("this week, Sunday") << int(DateRule::ThisWeek) << QDate(2026, 12, 13)
                                       << QDate(2026, 12, 7) << QDate(2026, 12, 13);
    QTest::newRow("next 7 days across the year") << int(DateRule::Next7Days) << QDate(2026, 12, 29)
                                                 << QDate(2026, 12, 29) << QDate(2027, 1, 4);
    QTest::newRow("overdue") << int(DateRule::Overdue) << thu << QDate() << QDate(2026, 12, 9);
    QTest::newRow("today onwards") << int(DateRule::TodayOnwards) << thu << thu << QDate();
}

void TestSavedViews::relativeDatesMeanEachDaysOwnDays()
{
    QFETCH(int, rule);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    SavedView view;
    view.dateRule = DateRule(rule);
    view.filter.fromDate = QDate(2020, 1, 1); // what the day of saving had: not used
    view.filter.toDate = QDate(2020, 1, 2);
    const WorkOrderFilter filter = view.filterOn(today);
    QCOMPARE(filter.fromDate, from);
    QCOMPARE(filter.toDate, to);
}

void TestSavedViews::acrossMidnightTheSameViewMovesOn()
{
    // Saved at 23:59 on a Sunday as "Today": on Monday it is Monday, and "This week" is the
    // new week.
    SavedView today;
    today.dateRule = dateRuleOf(WorkOrderFilter::today(QDate(2026, 12, 13)), QDate(2026, 12, 13));
    QCOMPARE(today.dateRule, DateRule::Today);
    QCOMPARE(today.filterOn(QDate(2026, 12, 14)).fromDate, QDate(2026, 12, 14));
    SavedView week;
    week.dateRule = DateRule::ThisWeek;
    QCOMPARE(week.filterOn(QDate(2026, 12, 13)).fromDate, QDate(2026, 12, 7));
    QCOMPARE(week.filterOn(QDate(2026, 12, 14)).fromDate, QDate(2026, 12, 14));
    QCOMPARE(week.filterOn(QDate(2026, 12, 14)).toDate, QDate(2026, 12, 20));
}

void TestSavedViews::fixedDatesStayPut()
{
    SavedView view;
    view.filter.fromDate = QDate(2026, 11, 2);
    view.filter.toDate = QDate(2026, 11, 6);
    view.filter.quickSearch = u"left over"_s;
    const WorkOrderFilter filter = view.filterOn(QDate(2027, 3, 1));
    QCOMPARE(filter.fromDate, QDate(2026, 11, 2));
    QCOMPARE(filter.toDate, QDate(2026, 11, 6));
    QVERIFY(filter.quickSearch.isEmpty()); // the search is the view's own field
}

void TestSavedViews::theRuleOfAFiltersDatesIsFound()
{
    const QDate thu(2026, 12, 10);
    QCOMPARE(dateRuleOf(WorkOrderFilter::today(thu), thu), DateRule::Today);
    QCOMPARE(dateRuleOf(WorkOrderFilter::thisWeek(thu), thu), DateRule::ThisWeek);
    QCOMPARE(dateRuleOf(WorkOrderFilter::next7Days(thu), thu), DateRule::Next7Days);
    QCOMPARE(dateRuleOf(WorkOrderFilter::overdue(thu), thu), DateRule::Overdue);
    WorkOrderFilter onwards;
    onwards.fromDate = thu;
    QCOMPARE(dateRuleOf(onwards, thu), DateRule::TodayOnwards);
    WorkOrderFilter other;
    other.fromDate = thu.addDays(-3);
    other.toDate = thu.addDays(2);
    QCOMPARE(dateRuleOf(other, thu), DateRule::Fixed);
    QCOMPARE(dateRuleOf(WorkOrderFilter(), thu), DateRule::Fixed);
    // On a Monday this week and the next 7 days are the same days: both are offered.
    const QDate monday(2026, 12, 7);
    QCOMPARE(dateRulesOf(WorkOrderFilter::next7Days(monday), monday),
             (QList<DateRule>{DateRule::ThisWeek, DateRule::Next7Days}));
    QVERIFY(dateRulesOf(other, thu).isEmpty());
    // The same dates a day later are no longer "today".
    QCOMPARE(dateRuleOf(WorkOrderFilter::today(thu), thu.addDays(1)), DateRule::Fixed);
}

void TestSavedViews::theBuiltInViewIsTodayAndUpcoming()
{
    const SavedView view = SavedView::todayAndUpcoming();
    QCOMPARE(view.name, u"Today and upcoming"_s);
    QVERIFY(!view.id.isEmpty());
    const WorkOrderFilter filter = view.filterOn(QDate(2026, 12, 7));
    QCOMPARE(filter.fromDate, QDate(2026, 12, 7));
    QVERIFY(!filter.toDate.isValid());
    QVERIFY(filter.hideClosed);
    QVERIFY(!filter.status);
    QCOMPARE(view.sortColumn, -1); // the server's order: earliest first
}

void TestSavedViews::aViewFileReadsBackWhole()
{
    const SavedView view = sampleView();
    const QByteArray file = viewjson::toFile(view);
    // Readable by a person: names, not numbers.
    QVERIFY(file.contains("\"in_progress\""));
    QVERIFY(file.contains("\"next-7-days\""));
    QVERIFY(file.contains("\"scheduled\""));
    const viewjson::ReadResult read = viewjson::fromFile(file);
    QVERIFY2(read.view, qPrintable(read.error));
    SavedView back = *read.view;
    QVERIFY(back.id.isEmpty()); // a file's view gets an id where it is imported
    back.id = view.id;
    QCOMPARE(back.filter, view.filter);
    QCOMPARE(back, view);
    // The board's technicians are a set: another order is the same view.
    SavedView reordered = view;
    std::reverse(reordered.board->technicians.begin(), reordered.board->technicians.end());
    QCOMPARE(reordered, view);
    reordered.board->technicians.removeLast();
    QVERIFY(!(reordered == view));
    // "technicians": null means everyone, as when it is absent.
    const auto everyone = viewjson::fromFile(withMember(
        file, u"board"_s, QJsonObject{{"days"_L1, 7}, {"technicians"_L1, QJsonValue::Null}}));
    QVERIFY2(everyone.view, qPrintable(everyone.error));
    QVERIFY(everyone.view->board->technicians.isEmpty());

    // Fixed dates are kept as dates.
    SavedView fixed;
    fixed.name = u"November"_s;
    fixed.filter.fromDate = QDate(2026, 11, 1);
    fixed.filter.toDate = QDate(2026, 11, 30);
    const auto again = viewjson::fromFile(viewjson::toFile(fixed));
    QVERIFY2(again.view, qPrintable(again.error));
    QCOMPARE(again.view->filter.fromDate, QDate(2026, 11, 1));
    QCOMPARE(again.view->filter.toDate, QDate(2026, 11, 30));
    QCOMPARE(again.view->dateRule, DateRule::Fixed);
    QVERIFY(again.view->columns.isEmpty());
    QVERIFY(!again.view->board);
}

void TestSavedViews::aMalformedFileIsRefusedWithASentence_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    const QByteArray good = viewjson::toFile(sampleView());
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"not valid JSON"_s;
    QTest::newRow("an HTML page") << QByteArray("<html><body>502</body></html>")
                                  << u"not valid JSON"_s;
    QTest::newRow("a list") << QByteArray("[1, 2]") << u"not a Fentu Desk view"_s;
    QTest::newRow("another JSON file")
        << QByteArray(R"({"name": "x"})") << u"not a Fentu Desk view"_s;
    QTest::newRow("from a newer version")
        << withMember(good, u"fentu_desk_view"_s, 99) << u"newer version"_s;
    QTest::newRow("no name") << withMember(good, u"name"_s, u"   "_s) << u"no name"_s;
    QTest::newRow("name not text") << withMember(good, u"name"_s, 12) << u"should be text"_s;
    QTest::newRow("a long name") << withMember(good, u"name"_s, QString(200, u'x'))
                                 << u"longer than 80"_s;
    QJsonObject filter = QJsonDocument::fromJson(good).object().value("filter"_L1).toObject();
    filter.insert("status"_L1, u"paused"_s);
    QTest::newRow("an unknown status")
        << withMember(good, u"filter"_s, filter) << u"“paused” is not a work order status"_s;
    filter.insert("status"_L1, u"open"_s);
    filter.insert("dates"_L1, u"fortnight"_s);
    QTest::newRow("an unknown date rule")
        << withMember(good, u"filter"_s, filter) << u"“fortnight”"_s;
    filter.insert("dates"_L1, u"fixed"_s);
    filter.insert("from"_L1, u"31/12/2026"_s);
    QTest::newRow("a date that is not ISO")
        << withMember(good, u"filter"_s, filter) << u"YYYY-MM-DD"_s;
    filter.insert("from"_L1, u"2026-12-31"_s);
    filter.insert("to"_L1, u"2026-12-01"_s);
    QTest::newRow("dates backwards")
        << withMember(good, u"filter"_s, filter) << u"end before they start"_s;
    QTest::newRow("an unknown column")
        << withMember(good, u"columns"_s, QJsonArray{QJsonObject{{"column"_L1, u"salary"_s}}})
        << u"“salary” is not a column"_s;
    QTest::newRow("a column twice")
        << withMember(good, u"columns"_s,
                      QJsonArray{QJsonObject{{"column"_L1, u"number"_s}},
                                 QJsonObject{{"column"_L1, u"number"_s}}})
        << u"listed twice"_s;
    QTest::newRow("a negative width")
        << withMember(good, u"columns"_s,
                      QJsonArray{QJsonObject{{"column"_L1, u"number"_s}, {"width"_L1, -5}}})
        << u"number of pixels"_s;
    QTest::newRow("every column hidden")
        << withMember(good, u"columns"_s,
                      QJsonArray{QJsonObject{{"column"_L1, u"number"_s}, {"hidden"_L1, true}}})
        << u"hides every column"_s;
    QTest::newRow("an unknown sort column")
        << withMember(good, u"sort"_s, QJsonObject{{"column"_L1, u"colour"_s}})
        << u"“colour” is not a column"_s;
    QTest::newRow("a board of 3 days")
        << withMember(good, u"board"_s, QJsonObject{{"days"_L1, 3}}) << u"1, 7 or 14 days"_s;
    QTest::newRow("technicians not a list")
        << withMember(good, u"board"_s, QJsonObject{{"technicians"_L1, u"tech_2"_s}})
        << u"list of technician ids"_s;
    QTest::newRow("a technician not text")
        << withMember(good, u"board"_s,
                      QJsonObject{{"technicians"_L1, QJsonArray{u"tech_2"_s, 7}}})
        << u"list of technician ids"_s;
    QTest::newRow("too large") << QByteArray(viewjson::MaxFileBytes + 1, ' ') << u"too large"_s;
}

void TestSavedViews::aMalformedFileIsRefusedWithASentence()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    const viewjson::ReadResult read = viewjson::fromFile(file);
    QVERIFY(!read.view);
    QVERIFY2(read.error.contains(says), qPrintable(read.error));
    QVERIFY(read.error.endsWith(u'.')); // a sentence, not a code
}

void TestSavedViews::theStoredListSkipsADamagedEntry()
{
    SavedView first = sampleView();
    SavedView second = SavedView::todayAndUpcoming();
    QJsonArray list = QJsonDocument::fromJson(viewjson::listToJson({first, second})).array();
    list.insert(1, QJsonObject{{"fentu_desk_view"_L1, 1}}); // no name: edited by hand
    list.append(u"garbage"_s);
    const QList<SavedView> read = viewjson::listFromJson(QJsonDocument(list).toJson());
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0), first); // ids kept
    QCOMPARE(read.at(1), second);
    QVERIFY(viewjson::listFromJson("not json at all").isEmpty());
}

void TestSavedViews::aNewerVersionsViewSurvivesASave()
{
    // A view a newer Fentu Desk wrote on this computer: not read here, not deleted either.
    ViewStore store(QUrl(u"https://shared.example.com/api/v1"_s));
    QJsonObject newer = viewjson::toObject(sampleView());
    newer.insert("fentu_desk_view"_L1, 2);
    newer.insert("id"_L1, u"from-v2"_s);
    newer.insert("colour"_L1, u"teal"_s);
    QSettings(u"Fentu"_s, u"Fentu Desk"_s)
        .setValue(u"views/"_s +
                      QString::fromLatin1(store.server().toEncoded().toBase64(
                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                      u"/list"_s,
                  QString::fromUtf8(QJsonDocument(QJsonArray{newer}).toJson()));
    QVERIFY(store.views().isEmpty());
    store.setViews({SavedView::todayAndUpcoming()});
    QCOMPARE(store.views().size(), 1);
    // Written back as it was, after this version's views.
    QJsonArray unreadable;
    const QString kept =
        QSettings(u"Fentu"_s, u"Fentu Desk"_s)
            .value(u"views/"_s +
                   QString::fromLatin1(store.server().toEncoded().toBase64(
                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                   u"/list"_s)
            .toString();
    viewjson::listFromJson(kept.toUtf8(), &unreadable);
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable.first().toObject(), newer);
}

void TestSavedViews::eachServerHasItsOwnViews()
{
    const QUrl production(u"https://fentu.example.com/api/v1"_s);
    const QUrl staging(u"https://staging.fentu.example.com/api/v1/"_s);
    {
        ViewStore store(production);
        QVERIFY(!store.isStarted());
        QVERIFY(store.views().isEmpty());
        store.setViews({sampleView(), SavedView::todayAndUpcoming()});
        store.setLastViewId(u"id-1"_s);
        store.markStarted();
        store.sync();
    }
    {
        ViewStore other(staging);
        QVERIFY(!other.isStarted());
        QVERIFY(other.views().isEmpty());
        QVERIFY(other.lastViewId().isEmpty());
    }
    // Read back by a new store, as on the next start; a trailing slash is the same server.
    ViewStore again(QUrl(production.toString() + u'/'));
    QVERIFY(again.isStarted());
    QCOMPARE(again.views().size(), 2);
    QCOMPARE(again.views().first(), sampleView());
    QCOMPARE(again.lastViewId(), u"id-1"_s);
    again.setLastViewId({});
    QVERIFY(again.lastViewId().isEmpty());
}

void TestSavedViews::theListModelPassesTheTesterAndShowsCounts()
{
    SavedViewListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SavedView> views;
    for (int i = 0; i < 11; ++i) {
        SavedView view;
        view.id = u"v%1"_s.arg(i);
        view.name = u"View %1"_s.arg(i);
        views.append(view);
    }
    model.setViews(views);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0).data(SavedViewListModel::ShortcutRole).toString(), u"Ctrl+1"_s);
    QCOMPARE(model.index(8).data(SavedViewListModel::ShortcutRole).toString(), u"Ctrl+9"_s);
    QVERIFY(model.index(9).data(SavedViewListModel::ShortcutRole).toString().isEmpty());
    QCOMPARE(model.index(2).data(SavedViewListModel::CountRole).toInt(), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCount(u"v2"_s, 17);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2).data(SavedViewListModel::CountRole).toInt(), 17);
    model.setCount(u"v2"_s, 17); // the same count: no signal
    QCOMPARE(changed.size(), 1);

    model.setCurrent(u"v3"_s, false);
    QVERIFY(model.index(3).data(SavedViewListModel::CurrentRole).toBool());
    QVERIFY(!model.index(3).data(SavedViewListModel::ChangedRole).toBool());
    model.setCurrent(u"v3"_s, true);
    QVERIFY(model.index(3).data(SavedViewListModel::ChangedRole).toBool());
    model.setCurrent(u"v4"_s, false);
    QVERIFY(!model.index(3).data(SavedViewListModel::CurrentRole).toBool());

    // A view removed takes its count with it; the others keep theirs.
    views.removeAt(0);
    model.setViews(views);
    QCOMPARE(model.rowOf(u"v2"_s), 1);
    QCOMPARE(model.index(1).data(SavedViewListModel::CountRole).toInt(), 17);
    QCOMPARE(model.rowOf(u"v0"_s), -1);
    model.clearCounts();
    QCOMPARE(model.index(1).data(SavedViewListModel::CountRole).toInt(), -1);
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
