// The filter panel in the real main window, offscreen, against an in-process fentu-sandbox:
// every control narrows the rows exactly as the sandbox does for the same query; the counts
// are the sandbox's; clear-all; the lookup fallback and its retry; the last filter restored;
// keyboard.

#include "connectedclient.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "servertextcheck.h"
#include "testdesk.h"
#include "testsettings.h"

#include "localzone.h"
#include "api/apiclient.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/namechoicemodel.h"
#include "itemmodels/statusfiltermodel.h"
#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"
#include "settings/appsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>
#include <optional>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrders = 260; // three pages of 100 when nothing is filtered
constexpr int kWaitMs = 15000;

/// The window on the table against the API alone (no cache, so the lookups come from the
/// server or from the orders seen), with what these tests read of the panel.
struct Desk : test::TestDesk
{
    Desk(sandbox::SandboxServer *server, int concurrent = 6)
        : TestDesk({.services = Services::TableOnly,
                    .server = server,
                    .maxConcurrentRequests = concurrent})
    {
    }

    FilterPanel *panel() const { return find<FilterPanel>(u"filterPanel"_s); }
    QListView *statusList() const { return find<QListView>(u"statusList"_s); }
    QComboBox *customer() const { return find<QComboBox>(u"customerCombo"_s); }
    QComboBox *technician() const { return find<QComboBox>(u"technicianCombo"_s); }
    QTableView *table() const { return find<QTableView>(u"workOrderTable"_s); }

    /// Pages in every row of the current filter (as scrolling would).
    bool loadAll()
    {
        for (int guard = 0; guard < 100; ++guard) {
            if (!QTest::qWaitFor([this] { return !model().isLoading(); }, kWaitMs))
                return false;
            if (!model().lastError().isError() && !model().canFetchMore({}))
                return true;
            if (model().lastError().isError())
                return false;
            model().fetchMore({});
        }
        return false;
    }
    QSet<QString> shownIds() const
    {
        QSet<QString> ids;
        const QAbstractItemModel *shown = table()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            ids.insert(shown->index(row, 0).data(WorkOrderTableModel::IdRole).toString());
        return ids;
    }
    /// Waits until the counts are shown for every status row.
    bool countsShown() const
    {
        return QTest::qWaitFor(
            [this] {
                const QAbstractItemModel *m = statusList()->model();
                for (int row = 0; row < m->rowCount(); ++row) {
                    if (m->index(row, 0).data(StatusFilterModel::CountRole).toInt() < 0)
                        return false;
                }
                return true;
            },
            kWaitMs);
    }
};

// The server part only: what decides which query the sandbox is asked.
bool sameServerPart(const WorkOrderFilter &a, const WorkOrderFilter &b)
{
    return a.toQuery(1, 100) == b.toQuery(1, 100) && a.hideClosed == b.hideClosed;
}

} // namespace

class TestFilterPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_oracle; // asks the sandbox directly for the expected rows

    std::optional<Page<WorkOrderSummary>> oraclePage(const WorkOrderQuery &query)
    {
        std::optional<ApiResult<Page<WorkOrderSummary>>> result;
        m_oracle->listWorkOrders(query, this,
                                 [&result](ApiResult<Page<WorkOrderSummary>> r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs) || !*result)
            return std::nullopt;
        return result->value();
    }

    /// The ids the sandbox returns for `filter`'s query, all pages; hideClosed applied here
    /// from the statuses the sandbox reports.
    std::optional<QSet<QString>> expectedIds(const WorkOrderFilter &filter)
    {
        QSet<QString> ids;
        for (int page = 1; page < 100; ++page) {
            const auto answer = oraclePage(filter.toQuery(page, 100));
            if (!answer)
                return std::nullopt;
            for (const WorkOrderSummary &order : answer->items) {
                if (filter.hideClosed &&
                    (order.status == Status::Completed || order.status == Status::Cancelled))
                    continue;
                // The dates are the user's days: the server's UTC dates may reach past them.
                const QDate localDay = order.scheduledDate.toLocalTime().date();
                if ((filter.fromDate.isValid() && localDay < filter.fromDate) ||
                    (filter.toDate.isValid() && localDay > filter.toDate))
                    continue;
                ids.insert(order.id);
            }
            if (answer->items.isEmpty() || page >= answer->meta.totalPages)
                break;
        }
        return ids;
    }

    int expectedCount(WorkOrderFilter filter, std::optional<Status> status)
    {
        filter.status = status;
        const auto answer = oraclePage(filter.toQuery(1, 1));
        return answer ? answer->meta.totalCount : -2;
    }

    QList<Customer> sandboxCustomers()
    {
        std::optional<ApiResult<Page<Customer>>> result;
        m_oracle->listCustomers({}, this, [&result](ApiResult<Page<Customer>> r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs) || !*result)
            return {};
        return result->value().items;
    }

    QList<Technician> sandboxTechnicians()
    {
        std::optional<ApiResult<Page<Technician>>> result;
        m_oracle->listTechnicians(1, 100, this,
                                  [&result](ApiResult<Page<Technician>> r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs) || !*result)
            return {};
        return result->value().items;
    }

    /// Waits for the model to take `wanted` (the panel debounces typing), loads every page,
    /// and compares the rows shown with the sandbox's answer.
    void verifyRowsMatch(Desk &desk, const WorkOrderFilter &wanted)
    {
        QTRY_VERIFY_WITH_TIMEOUT(sameServerPart(desk.model().filter(), wanted), kWaitMs);
        QVERIFY(desk.loadAll());
        const auto expected = expectedIds(wanted);
        QVERIFY(expected.has_value());
        QCOMPARE(desk.shownIds(), *expected);
    }

    static void typeInto(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(combo->lineEdit(), text);
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(u"Fentu Desk Filter Test"_s);
        QVERIFY2(AppSettings().fileName().contains(u"/.qttest/"_s),
                 qPrintable(AppSettings().fileName()));
        QString error;
        m_server = test::startedSandbox(kOrders, &error);
        QVERIFY2(m_server != nullptr, qPrintable(error));
        m_oracle = test::connectedClient(*m_server);
    }

    void init() { AppSettings().setLastFilter({}); }

    void itemModelsKeepTheirContract()
    {
        Desk desk(m_server.get());
        QAbstractItemModelTester statusTester(
            desk.statusList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester customerTester(
            desk.customer()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester technicianTester(
            desk.technician()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        desk.load();
        QVERIFY(desk.countsShown());
        QTRY_VERIFY_WITH_TIMEOUT(desk.customer()->count() > 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(desk.technician()->count() > 1, kWaitMs);
        QVERIFY(desk.loadAll()); // more names seen, inserted in order
        desk.customer()->setCurrentIndex(1);
        QVERIFY(desk.countsShown());
    }

    void eachStatusShowsTheSandboxRows()
    {
        Desk desk(m_server.get());
        desk.load();
        QVERIFY(desk.loadAll());
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));
        QListView *list = desk.statusList();
        list->setFocus();
        QCOMPARE(list->currentIndex().row(), 0);
        for (Status status : kAllStatuses) {
            QTest::keyClick(list, Qt::Key_Down); // the keyboard path of a dispatcher
            WorkOrderFilter wanted;
            wanted.status = status;
            verifyRowsMatch(desk, wanted);
            QVERIFY2(!desk.shownIds().isEmpty(), qPrintable(statusToApi(status)));
        }
        QTest::keyClick(list, Qt::Key_Home);
        verifyRowsMatch(desk, WorkOrderFilter());
        QCOMPARE(desk.shownIds().size(), kOrders);
    }

    void countsAreTheSandboxCounts()
    {
        Desk desk(m_server.get());
        desk.load();
        QVERIFY(desk.countsShown());
        const auto verifyCounts = [&](const WorkOrderFilter &filter) {
            const QAbstractItemModel *m = desk.statusList()->model();
            QCOMPARE(m->index(0, 0).data(StatusFilterModel::CountRole).toInt(),
                     expectedCount(filter, std::nullopt));
            for (int i = 0; i < int(kAllStatuses.size()); ++i) {
                QCOMPARE(m->index(i + 1, 0).data(StatusFilterModel::CountRole).toInt(),
                         expectedCount(filter, kAllStatuses[size_t(i)]));
            }
        };
        verifyCounts(WorkOrderFilter());
        if (QTest::currentTestFailed())
            return;

        // Under a customer the counts are that customer's.
        QTRY_VERIFY_WITH_TIMEOUT(desk.customer()->count() > 1, kWaitMs);
        desk.customer()->setCurrentIndex(1);
        WorkOrderFilter byCustomer;
        byCustomer.customerId = desk.customer()->itemData(1, NameChoiceModel::IdRole).toString();
        QTRY_COMPARE_WITH_TIMEOUT(desk.model().filter().customerId, byCustomer.customerId, kWaitMs);
        QVERIFY(desk.countsShown());
        verifyCounts(byCustomer);
    }

    void countsDisappearWhenTheServerDoes()
    {
        sandbox::Options options;
        options.orders = 40;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(server->start());
        Desk desk(server.get());
        desk.load();
        QVERIFY(desk.countsShown());
        server.reset();
        desk.model().refresh();
        const QAbstractItemModel *m = desk.statusList()->model();
        QTRY_VERIFY_WITH_TIMEOUT(desk.model().lastError().isError(), kWaitMs);
        for (int row = 0; row < m->rowCount(); ++row)
            QCOMPARE(m->index(row, 0).data(StatusFilterModel::CountRole).toInt(), -1);
    }

    void customerFilterIsSearchableAndMatches()
    {
        Desk desk(m_server.get());
        desk.load();
        const QList<Customer> customers = sandboxCustomers();
        QVERIFY(customers.size() > 2);
        // The whole lookup, not only the names on the first page of orders.
        QTRY_COMPARE_WITH_TIMEOUT(desk.customer()->count(), int(customers.size()) + 1, kWaitMs);
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));

        const Customer &pick = customers.at(1);
        // Any part of the name, any case, finds it in the completer.
        const QString fragment = pick.name.mid(1, 4).toUpper();
        typeInto(desk.customer(), fragment);
        QCompleter *completer = desk.customer()->completer();
        completer->setCompletionPrefix(fragment);
        QStringList offered;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            offered << completer->completionModel()->index(row, 0).data().toString();
        QVERIFY2(offered.contains(pick.name), qPrintable(offered.join(u", ")));

        // The whole name, typed in another case, selects it after the typing pause.
        typeInto(desk.customer(), pick.name.toLower());
        WorkOrderFilter wanted;
        wanted.customerId = pick.id;
        verifyRowsMatch(desk, wanted);
        QVERIFY(!desk.shownIds().isEmpty());
        QCOMPARE(desk.model().filter().customerName, pick.name);

        // Emptying the field means any customer again.
        typeInto(desk.customer(), QString());
        verifyRowsMatch(desk, WorkOrderFilter());
    }

    void technicianFilterMatches()
    {
        Desk desk(m_server.get());
        desk.load();
        const QList<Technician> technicians = sandboxTechnicians();
        QVERIFY(technicians.size() > 1);
        QTRY_COMPARE_WITH_TIMEOUT(desk.technician()->count(), int(technicians.size()) + 1, kWaitMs);
        const int row = desk.technician()->findText(technicians.at(0).name);
        QVERIFY(row > 0);
        desk.technician()->setCurrentIndex(row); // as a pick from its list
        WorkOrderFilter wanted;
        wanted.technicianId = technicians.at(0).id;
        verifyRowsMatch(desk, wanted);
        QVERIFY(!desk.shownIds().isEmpty());
    }

    void dateRangeMatches()
    {
        Desk desk(m_server.get());
        desk.load();
        QVERIFY(desk.loadAll());
        auto *fromCheck = desk.find<QCheckBox>(u"fromDateCheck"_s);
        auto *from = desk.find<QDateEdit>(u"fromDate"_s);
        auto *toCheck = desk.find<QCheckBox>(u"toDateCheck"_s);
        auto *to = desk.find<QDateEdit>(u"toDate"_s);
        QVERIFY(!from->isEnabled());
        QVERIFY(from->calendarPopup());
        const QDate today = QDate::currentDate();

        QTest::mouseClick(fromCheck, Qt::LeftButton, {}, QPoint(4, fromCheck->height() / 2));
        QVERIFY(from->isEnabled());
        from->setDate(today.addDays(-10));
        WorkOrderFilter wanted;
        wanted.fromDate = today.addDays(-10);
        verifyRowsMatch(desk, wanted);

        QTest::mouseClick(toCheck, Qt::LeftButton, {}, QPoint(4, toCheck->height() / 2));
        to->setDate(today.addDays(5));
        wanted.toDate = today.addDays(5);
        verifyRowsMatch(desk, wanted);
        QVERIFY(!desk.shownIds().isEmpty());
        QVERIFY(desk.shownIds().size() < kOrders);
    }

    void quickPicksMatch_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("fromOffset"); // days from today; 999 = no bound
        QTest::addColumn<int>("toOffset");
        QTest::addColumn<bool>("hideClosed");
        const int monday = 1 - QDate::currentDate().dayOfWeek();
        QTest::newRow("today") << u"pickToday"_s << 0 << 0 << false;
        QTest::newRow("this week") << u"pickThisWeek"_s << monday << monday + 6 << false;
        QTest::newRow("next 7 days") << u"pickNext7Days"_s << 0 << 6 << false;
        QTest::newRow("overdue") << u"pickOverdue"_s << 999 << -1 << true;
    }

    void quickPicksMatch()
    {
        QFETCH(QString, button);
        QFETCH(int, fromOffset);
        QFETCH(int, toOffset);
        QFETCH(bool, hideClosed);
        Desk desk(m_server.get());
        desk.load();
        QVERIFY(desk.loadAll());
        auto *pick = desk.find<QPushButton>(button);
        QTest::mouseClick(pick, Qt::LeftButton);
        const QDate today = QDate::currentDate();
        WorkOrderFilter wanted;
        if (fromOffset != 999)
            wanted.fromDate = today.addDays(fromOffset);
        wanted.toDate = today.addDays(toOffset);
        wanted.hideClosed = hideClosed;
        verifyRowsMatch(desk, wanted);
        QVERIFY(pick->isChecked()); // the pick in force is marked
        QCOMPARE(desk.find<QCheckBox>(u"hideClosed"_s)->isChecked(), hideClosed);
        QCOMPARE(desk.find<QCheckBox>(u"fromDateCheck"_s)->isChecked(), fromOffset != 999);
    }

    void quickPicksAreTheLocalDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("button");
        // Far from UTC on both sides: the local day spans two UTC dates.
        QTest::newRow("today, Auckland") << "Pacific/Auckland"_ba << u"pickToday"_s;
        QTest::newRow("today, Los Angeles") << "America/Los_Angeles"_ba << u"pickToday"_s;
        QTest::newRow("overdue, Los Angeles") << "America/Los_Angeles"_ba << u"pickOverdue"_s;
    }

    void quickPicksAreTheLocalDays()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, button);
        const test::LocalZone local(zone.constData());
        Desk desk(m_server.get());
        desk.load();
        QTest::mouseClick(desk.find<QPushButton>(button), Qt::LeftButton);
        const WorkOrderFilter applied = desk.model().filter();
        QVERIFY(applied.toDate.isValid());
        const WorkOrderQuery sent = applied.toQuery(1, 1);
        QVERIFY(sent.fromDate != applied.fromDate || sent.toDate != applied.toDate); // UTC dates
        verifyRowsMatch(desk, applied);
        // Every row shown is scheduled on one of the picked days, on the user's clock.
        const QAbstractItemModel *shown = desk.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const WorkOrderSummary order =
                desk.model().orderAt(qobject_cast<const QSortFilterProxyModel *>(shown)
                                       ->mapToSource(shown->index(row, 0))
                                       .row());
            const QDate day = order.scheduledDate.toLocalTime().date();
            QVERIFY(!applied.fromDate.isValid() || day >= applied.fromDate);
            QVERIFY(day <= applied.toDate);
        }
    }

    void clearAllShowsEveryRowAgain()
    {
        Desk desk(m_server.get());
        desk.load();
        QVERIFY(desk.loadAll());
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));
        auto *summary = desk.find<QWidget>(u"filterSummary"_s);
        QVERIFY(!summary->isVisible());

        desk.statusList()->setCurrentIndex(desk.statusList()->model()->index(2, 0)); // Open
        QTest::mouseClick(desk.find<QPushButton>(u"pickNext7Days"_s), Qt::LeftButton);
        QTRY_VERIFY(summary->isVisible());
        const QString text = desk.find<QLabel>(u"filterSummaryText"_s)->toolTip();
        QCOMPARE(fentu::test::renderedToolTip(text), desk.model().filter().summary());
        QVERIFY2(text.contains(statusDisplayName(Status::Open)), qPrintable(text));

        QTest::mouseClick(desk.find<QPushButton>(u"clearFilters"_s), Qt::LeftButton);
        verifyRowsMatch(desk, WorkOrderFilter());
        QCOMPARE(desk.shownIds().size(), kOrders);
        QVERIFY(desk.model().filter().isEmpty());
        QVERIFY(!summary->isVisible());
        QVERIFY(!desk.find<QCheckBox>(u"fromDateCheck"_s)->isChecked());

        // The summary's own Clear, and the shortcut, do the same.
        desk.statusList()->setCurrentIndex(desk.statusList()->model()->index(3, 0));
        QTRY_VERIFY(summary->isVisible());
        QTest::mouseClick(desk.find<QPushButton>(u"clearSummaryFilters"_s), Qt::LeftButton);
        QTRY_VERIFY(desk.model().filter().isEmpty());
        desk.statusList()->setCurrentIndex(desk.statusList()->model()->index(3, 0));
        QTRY_VERIFY(!desk.model().filter().isEmpty());
        QTest::keyClick(desk.window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(desk.model().filter().isEmpty());
        QCOMPARE(desk.statusList()->currentIndex().row(), 0);
    }

    void lookupFallsBackToCustomersSeen()
    {
        // A sandbox of its own, and one request at a time, so the sandbox's next answer is
        // exactly the customers lookup.
        sandbox::Options options;
        options.orders = 120;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        Desk desk(&server, 1);
        server.failNext(1, 404);
        desk.panel()->reloadLookups();
        desk.load();
        QVERIFY(desk.loadAll());
        auto *note = desk.find<QLabel>(u"customerLookupNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kWaitMs);
        QVERIFY(!note->text().isEmpty());
        // Technicians came from the server: no note there.
        QTRY_VERIFY_WITH_TIMEOUT(desk.technician()->count() > 1, kWaitMs);
        QVERIFY(!desk.find<QLabel>(u"technicianLookupNote"_s)->isVisible());

        QSet<QString> seen;
        for (int row = 0; row < desk.model().rowCount(); ++row)
            seen.insert(desk.model().orderAt(row).customer.name);
        QVERIFY(!seen.isEmpty());
        QSet<QString> offered;
        for (int row = 1; row < desk.customer()->count(); ++row)
            offered.insert(desk.customer()->itemText(row));
        QCOMPARE(offered, seen);

        // And a customer seen still filters as the sandbox does.
        desk.customer()->setCurrentIndex(1);
        const QString customerId = desk.customer()->itemData(1, NameChoiceModel::IdRole).toString();
        QTRY_COMPARE_WITH_TIMEOUT(desk.model().filter().customerId, customerId, kWaitMs);
        QVERIFY(desk.loadAll());
        QVERIFY(!desk.shownIds().isEmpty());
        for (int row = 0; row < desk.model().rowCount(); ++row)
            QCOMPARE(desk.model().orderAt(row).customer.id, customerId);
    }

    void refreshRetriesAFailedLookup()
    {
        // One request at a time, so the injected failure hits the customers lookup.
        Desk desk(m_server.get(), 1);
        m_server->failNext(1, 404);
        desk.panel()->reloadLookups();
        desk.load();
        auto *note = desk.find<QLabel>(u"customerLookupNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(desk.technician()->count() > 1, kWaitMs);

        // View > Refresh asks again for the lookup that failed: the whole list arrives.
        desk.find<QAction>(u"actionRefresh"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), kWaitMs);
        QCOMPARE(desk.customer()->count(), int(sandboxCustomers().size()) + 1);
        QVERIFY(!desk.find<QLabel>(u"technicianLookupNote"_s)->isVisible());
    }

    void backOnlineRetriesAFailedLookup()
    {
        // A panel of its own, told of the connection; the window's loads nothing (no source).
        Desk desk(m_server.get(), 1);
        ConnectivityMonitor monitor(&desk.client());
        FilterPanel::Services services;
        services.client = &desk.client();
        services.monitor = &monitor;
        FilterPanel panel(services);
        auto *note = panel.findChild<QLabel *>(u"customerLookupNote"_s);
        auto *customer = panel.findChild<QComboBox *>(u"customerCombo"_s);
        QVERIFY(note && customer);

        m_server->failNext(1, 404);
        panel.reloadLookups();
        QTRY_VERIFY_WITH_TIMEOUT(!note->text().isEmpty(), kWaitMs); // the load failed
        QVERIFY(!note->isHidden());
        QCOMPARE(customer->count(), 1); // "Any customer" alone: no cache, no orders seen

        // Back online (here: Work offline turned off) the failed lookup is asked again.
        monitor.setForcedOffline(true);
        monitor.setForcedOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(customer->count(), int(sandboxCustomers().size()) + 1, kWaitMs);
        QVERIFY(note->isHidden());
    }

    void lastFilterIsRestored()
    {
        WorkOrderFilter applied;
        {
            Desk desk(m_server.get());
            desk.load();
            QTRY_VERIFY_WITH_TIMEOUT(desk.customer()->count() > 2, kWaitMs);
            desk.statusList()->setCurrentIndex(desk.statusList()->model()->index(2, 0));
            desk.customer()->setCurrentIndex(2);
            QTest::mouseClick(desk.find<QPushButton>(u"pickThisWeek"_s), Qt::LeftButton);
            QTRY_VERIFY(desk.model().filter().fromDate.isValid());
            applied = desk.model().filter();
            QVERIFY(applied.status.has_value());
            QVERIFY(!applied.customerId.isEmpty());
        }
        Desk again(m_server.get());
        QCOMPARE(again.model().filter(), applied); // before any load: page 1 is the filtered one
        QCOMPARE(again.panel()->filter(), applied);
        QCOMPARE(again.statusList()->currentIndex().row(), 2);
        QCOMPARE(again.customer()->currentText(), applied.customerName);
        QVERIFY(again.find<QPushButton>(u"pickThisWeek"_s)->isChecked());
        QVERIFY(again.find<QWidget>(u"filterSummary"_s)->isVisible());
        again.load();
        verifyRowsMatch(again, applied);
    }

    void keyboardReachesEveryControl()
    {
        Desk desk(m_server.get());
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));
        auto *dock = desk.find<QDockWidget>(u"filterDock"_s);
        QVERIFY(dock->isVisible());
        QCOMPARE(desk.window->dockWidgetArea(dock), Qt::LeftDockWidgetArea);

        // Ctrl+Shift+F goes to the panel, listed in the View menu.
        QTest::keyClick(desk.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(desk.statusList()->hasFocus());
        QAction *focusAction = desk.window->findChild<QAction *>(u"actionFocusFilters"_s);
        QVERIFY(focusAction);
        bool listed = false;
        for (QAction *menu : desk.window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(focusAction))
                listed = true;
        }
        QVERIFY(listed);

        // Tab walks the controls in reading order.
        const QStringList order = {u"customerCombo"_s, u"technicianCombo"_s, u"fromDateCheck"_s};
        for (const QString &name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QWidget *wanted = desk.find<QWidget>(name);
            QVERIFY2(focus == wanted || wanted->isAncestorOf(focus), qPrintable(name));
        }

        // Every section label has a mnemonic and a buddy.
        int labelled = 0;
        for (QLabel *label : desk.panel()->findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
            ++labelled;
        }
        QCOMPARE(labelled, 4);

        // The View menu's toggle hides and shows the dock.
        QAction *toggle = dock->toggleViewAction();
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        focusAction->trigger(); // going to the filters shows them again
        QVERIFY(dock->isVisible());
    }

    void screenshot()
    {
        const QString directory = qEnvironmentVariable("FENTU_SHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set FENTU_SHOT_DIR to write the screenshot");
        Desk desk(m_server.get());
        desk.load();
        QTRY_VERIFY_WITH_TIMEOUT(desk.customer()->count() > 2, kWaitMs);
        desk.statusList()->setCurrentIndex(desk.statusList()->model()->index(2, 0));
        QTest::mouseClick(desk.find<QPushButton>(u"pickNext7Days"_s), Qt::LeftButton);
        QVERIFY(desk.loadAll());
        QVERIFY(desk.countsShown());
        QTest::qWait(200); // let the view lay out the new rows before the picture
        QVERIFY(desk.window->grab().save(directory + u"/filter.png"_s));
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
