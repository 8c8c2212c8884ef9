// The main window's writing commands, offscreen, against an in-process fentu-sandbox through
// the real OrderWriter: New/Edit open the dialog; Set status, Assign technician, Reschedule and
// Delete run over the selection as one bulk action with progress, report the orders that
// failed and keep the rest done; rows, counts and the cache follow; offline it all queues.
// With FENTU_SHOTS_DIR set (and a real display), screenshots() saves PNGs of the dialogs.
#include "conflictdialog.h"
#include "mainwindow.h"
#include "quickactions.h"
#include "reschedulepicker.h"
#include "technicianpicker.h"
#include "workorderdialog.h"
#include "workorderform.h"

#include "synctestsupport.h"
#include "testdesk.h"

#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "searchablecombobox.h"
#include "settings/appsettings.h"
#include "sync/outboxreplayer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

constexpr int kOrders = 160;

/// The window editing through the real OrderWriter, its cache, monitor, outbox and pending
/// marks, on a sandbox of its own; the table stays on the API, offline too.
struct EditDesk : TestDesk
{
    EditDesk()
        : TestDesk({.services = Services::Writing,
                    .orders = kOrders,
                    .startServer = true,
                    .attempts = 4})
    {
    }

    /// The first page shown.
    [[nodiscard]] bool start()
    {
        load();
        return QTest::qWaitFor([this] { return model().rowCount() == 100 && !model().isLoading(); },
                               kWaitMs);
    }

    WorkOrder order(const QString &id) { return orderOn(client(), id); }
    ApiResult<WorkOrder> put(const QString &id, const WorkOrderPatch &patch)
    {
        return putOrder(client(), id, patch);
    }
    QuickActions *quick() const { return find<QuickActions>(); }
    /// Selects the given source rows (the proxy does not filter in these tests).
    void select(const QList<int> &rows) const
    {
        QItemSelection selection;
        for (int row : rows) {
            const QModelIndex index = table()->model()->index(row, 0);
            selection.select(index, index);
        }
        table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    }
    QList<int> rowsWhere(const std::function<bool(const WorkOrderSummary &)> &pick, int n) const
    {
        QList<int> rows;
        for (int row = 0; row < model().rowCount() && rows.size() < n; ++row) {
            if (pick(model().orderAt(row)))
                rows.append(row);
        }
        return rows;
    }
    QString statusText() const { return window->statusBar()->currentMessage(); }
};

BulkReport waitForBulk(QuickActions *quick)
{
    QSignalSpy finished(quick, &QuickActions::bulkFinished);
    if (!finished.wait(kWaitMs))
        qFatal("the bulk action never finished");
    return finished.first().first().value<BulkReport>();
}

template <typename T> T *visibleChild(QWidget *window, const QString &name)
{
    T *found = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] {
            for (T *w : window->findChildren<T *>(name)) {
                if (w->isVisible())
                    found = w;
            }
            return found != nullptr;
        },
        kWaitMs);
    return appeared ? found : nullptr;
}

} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsAreOfferedEverywhere();
    void bulkReassignOfFiftyWithThreeFailing();
    void deleteAsksNamingWhatGoesAndRemoves();
    void setStatusOnSelection();
    void bulkConflictsAreDecidedFromTheReport();
    void rescheduleSendsUtc();
    void editFromTheTableUpdatesTheRow();
    void newOrderAppearsInTheTable();
    void offlineBulkIsQueuedAndPending();
    void offlineEditSaysSavedOffline();
    void screenshots();

private:
    std::unique_ptr<EditDesk> m_desk;
};

void TestBulkActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Fentu"_s);
    QCoreApplication::setApplicationName(u"Fentu Desk Edit Test"_s);
}

void TestBulkActions::init()
{
    QSettings(u"Fentu"_s, u"Fentu Desk Edit Test"_s).clear();
    m_desk = std::make_unique<EditDesk>();
    QVERIFY(m_desk->start());
}

void TestBulkActions::cleanup()
{
    m_desk.reset();
}

void TestBulkActions::actionsAreOfferedEverywhere()
{
    EditDesk &d = *m_desk;
    for (const auto &name : {u"actionNew"_s, u"actionEdit"_s, u"actionDelete"_s})
        QVERIFY2(d.action(name)->isVisible(), qPrintable(name));
    QAction *assign = d.action(u"actionAssignTechnician"_s);
    QVERIFY(!assign->isEnabled()); // nothing selected yet
    d.select({0, 1});
    QVERIFY(assign->isEnabled());
    QVERIFY(!d.action(u"actionEdit"_s)->isEnabled()); // Edit is for one order
    d.select({0});
    QVERIFY(d.action(u"actionEdit"_s)->isEnabled());
    QVERIFY(!assign->shortcut().isEmpty());
    QVERIFY(!d.action(u"actionReschedule"_s)->shortcut().isEmpty());
    QCOMPARE(d.action(u"actionDelete"_s)->shortcut(), QKeySequence(Qt::Key_Delete));

    auto *toolBar = d.find<QToolBar>(u"mainToolBar"_s);
    auto *menu = d.find<QMenu>(u"tableContextMenu"_s);
    for (QAction *action : d.quick()->selectionActions()) {
        QVERIFY2(toolBar->actions().contains(action), qPrintable(action->objectName()));
        QVERIFY2(menu->actions().contains(action), qPrintable(action->objectName()));
    }
    QMenu *edit = nullptr;
    for (QAction *top : d.window->menuBar()->actions()) {
        if (top->text().remove(u'&') == u"Edit"_s)
            edit = top->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(d.quick()->assignAction()));
    QVERIFY(edit->actions().contains(d.quick()->statusMenuAction()));
    QCOMPARE(d.quick()->statusMenu()->actions().size(), 7);
}

void TestBulkActions::bulkReassignOfFiftyWithThreeFailing()
{
    EditDesk &d = *m_desk;
    QList<int> rows;
    QStringList selected;
    for (int row = 0; row < 50; ++row) {
        rows.append(row);
        selected.append(d.model().orderAt(row).id);
    }
    d.select(rows);
    // Three of them go to the trash on the server behind the window's back.
    QStringList gone;
    for (int row : {4, 17, 33}) {
        const WorkOrderSummary order = d.model().orderAt(row);
        gone.append(order.number);
        auto removed = await<ApiResult<NoContent>>(
            [&](auto done) { d.client().deleteWorkOrder(order.id, nullptr, done); });
        QVERIFY(removed.isOk());
    }

    d.action(u"actionAssignTechnician"_s)->trigger();
    auto *picker = visibleChild<TechnicianPicker>(d.window.get(), u"technicianPicker"_s);
    QVERIFY(picker);
    auto *list = picker->findChild<QListWidget *>(u"technicianList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() > 3, kWaitMs);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QString()); // Unassign comes first
    const QString name = list->item(2)->data(Qt::UserRole + 1).toString();
    const QString technicianId = list->item(2)->data(Qt::UserRole).toString();
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"technicianSearch"_s), name);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), technicianId);
    QSignalSpy finished(d.quick(), &QuickActions::bulkFinished);
    QTest::mouseClick(picker->findChild<QPushButton *>(u"assignButton"_s), Qt::LeftButton);
    auto *progress = d.window->findChild<QProgressDialog *>(u"bulkProgress"_s);
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), 50);
    QVERIFY(finished.wait(kWaitMs));
    const auto report = finished.first().first().value<BulkReport>();
    QCOMPARE(report.sent.size(), 47);
    QCOMPARE(report.failed.size(), 3);

    auto *box = visibleChild<QMessageBox>(d.window.get(), u"bulkReport"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"47 of 50"_s), qPrintable(box->text()));
    for (const QString &number : gone)
        QVERIFY2(box->informativeText().contains(number), qPrintable(box->informativeText()));
    // The server's words are shown as they are, never as rich text.
    auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s);
    QVERIFY(informative);
    QCOMPARE(informative->textFormat(), Qt::PlainText);
    QVERIFY2(d.statusText().contains(u"47 of 50"_s), qPrintable(d.statusText()));
    box->close();

    // The other 47 rows show the new technician, from the server's answer. Found by id: the
    // demo data has orders at the same time (a dispatch day's 07:00 starts), and rows that tie
    // on the scheduled time may change places after the edit.
    int shown = 0;
    for (const QString &id : report.sent) {
        const int row = d.model().rowOfId(id);
        QVERIFY2(selected.contains(id) && row >= 0, qPrintable(id));
        const WorkOrderSummary order = d.model().orderAt(row);
        QVERIFY(order.technician);
        QCOMPARE(order.technician->id, technicianId);
        QCOMPARE(d.model().index(row, WorkOrderTableModel::TechnicianColumn).data().toString(),
                 name);
        ++shown;
    }
    QCOMPARE(shown, 47);
}

void TestBulkActions::deleteAsksNamingWhatGoesAndRemoves()
{
    EditDesk &d = *m_desk;
    const int total = d.model().totalCount();
    // One order: the question names it.
    const WorkOrderSummary first = d.model().orderAt(0);
    d.services->store().upsertWorkOrder(d.order(first.id));
    d.select({0});
    d.action(u"actionDelete"_s)->trigger();
    auto *box = visibleChild<QMessageBox>(d.window.get(), u"deleteConfirm"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Move %1 (%2) to the trash?"_s.arg(first.number, first.customer.name));
    // Cancel keeps it.
    QPointer<QMessageBox> asked = box;
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!asked || !asked->isVisible());
    QCOMPARE(d.model().rowOfId(first.id), 0);

    d.select({0, 1, 2});
    const QStringList ids{d.model().orderAt(0).id, d.model().orderAt(1).id, d.model().orderAt(2).id};
    d.action(u"actionDelete"_s)->trigger();
    box = visibleChild<QMessageBox>(d.window.get(), u"deleteConfirm"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Move 3 work orders to the trash?"_s);
    QSignalSpy finished(d.quick(), &QuickActions::bulkFinished);
    box->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().value<BulkReport>().sent.size(), 3);
    for (const QString &id : ids) {
        QCOMPARE(d.model().rowOfId(id), -1);
        QCOMPARE(serverOrder(d.client(), id).error().httpStatus(), 404);
    }
    QCOMPARE(d.model().totalCount(), total - 3);
    QTRY_VERIFY_WITH_TIMEOUT(!cachedOrder(d.services->store(), first.id).has_value(), kWaitMs);
    QVERIFY(d.find<QLabel>(u"countLabel"_s)->text().contains(QLocale().toString(total - 3)));
}

void TestBulkActions::setStatusOnSelection()
{
    EditDesk &d = *m_desk;
    const QList<int> rows =
        d.rowsWhere([](const WorkOrderSummary &o) { return o.status == Status::Open; }, 4);
    QCOMPARE(rows.size(), 4);
    d.select(rows);
    QStringList ids;
    for (int row : rows)
        ids.append(d.model().orderAt(row).id);
    d.action(u"actionSetStatus_on_hold"_s)->trigger();
    const BulkReport report = waitForBulk(d.quick());
    QCOMPARE(report.sent.size(), 4);
    for (const QString &id : ids) {
        QCOMPARE(d.order(id).status, Status::OnHold);
        QCOMPARE(d.model().orderAt(d.model().rowOfId(id)).status, Status::OnHold);
    }
    QVERIFY(!d.window->findChild<QMessageBox *>(u"bulkReport"_s)); // nothing failed
}

void TestBulkActions::bulkConflictsAreDecidedFromTheReport()
{
    EditDesk &d = *m_desk;
    const QList<int> rows =
        d.rowsWhere([](const WorkOrderSummary &o) { return o.status == Status::Open; }, 2);
    QCOMPARE(rows.size(), 2);
    d.select(rows);
    // Another dispatcher changes both orders' status on the server behind the window's back.
    for (int row : rows) {
        WorkOrderPatch other;
        other.setStatus(Status::Draft);
        QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                    d.client().updateWorkOrder(d.model().orderAt(row).id, other, nullptr, done);
                }).isOk());
    }
    d.action(u"actionSetStatus_on_hold"_s)->trigger();
    const BulkReport report = waitForBulk(d.quick());
    QCOMPARE(report.failed.size(), 2);
    QCOMPARE(report.conflicts().size(), 2);

    // The report offers to decide them there and then, one dialog per order.
    auto *box = visibleChild<QMessageBox>(d.window.get(), u"bulkReport"_s);
    QVERIFY(box);
    auto *decide = box->findChild<QPushButton *>(u"decideConflictsButton"_s);
    QVERIFY(decide);
    decide->click();
    QPointer<ConflictDialog> first =
        visibleChild<ConflictDialog>(d.window.get(), u"conflictDialog"_s);
    QVERIFY(first);
    const QString kept = first->conflict().orderId;
    first->findChild<QPushButton *>(u"keepMineButton"_s)->click();
    QTRY_VERIFY(!first);
    auto *second = visibleChild<ConflictDialog>(d.window.get(), u"conflictDialog"_s);
    QVERIFY(second);
    const QString taken = second->conflict().orderId;
    QVERIFY(taken != kept);
    second->findChild<QPushButton *>(u"takeTheirsButton"_s)->click();

    QTRY_COMPARE_WITH_TIMEOUT(d.order(kept).status, Status::OnHold, kWaitMs);
    QCOMPARE(d.order(taken).status, Status::Draft);
    QTRY_COMPARE_WITH_TIMEOUT(d.model().orderAt(d.model().rowOfId(kept)).status, Status::OnHold,
                              kWaitMs);
    QCOMPARE(d.model().orderAt(d.model().rowOfId(taken)).status, Status::Draft);
    QTRY_VERIFY2(d.statusText().contains(u"decided"_s), qPrintable(d.statusText()));
}

void TestBulkActions::rescheduleSendsUtc()
{
    EditDesk &d = *m_desk;
    d.select({5, 6});
    const QStringList ids{d.model().orderAt(5).id, d.model().orderAt(6).id};
    d.action(u"actionReschedule"_s)->trigger();
    auto *picker = visibleChild<ReschedulePicker>(d.window.get(), u"reschedulePicker"_s);
    QVERIFY(picker);
    picker->setLocalDateTime(QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::LocalTime));
    QSignalSpy finished(d.quick(), &QuickActions::bulkFinished);
    picker->findChild<QPushButton *>(u"rescheduleButton"_s)->click();
    QVERIFY(finished.wait(kWaitMs));
    for (const QString &id : ids) {
        // 08:00 at UTC+2 is 06:00 UTC.
        QCOMPARE(d.order(id).scheduledDate, QDateTime(QDate(2026, 4, 1), QTime(6, 0), Qt::UTC));
    }
}

void TestBulkActions::editFromTheTableUpdatesTheRow()
{
    EditDesk &d = *m_desk;
    const QList<int> rows =
        d.rowsWhere([](const WorkOrderSummary &o) { return o.priority != Priority::Urgent; }, 1);
    d.select(rows);
    const WorkOrderSummary before = d.model().orderAt(rows.first());
    d.action(u"actionEdit"_s)->trigger();
    QPointer<WorkOrderDialog> dialog =
        visibleChild<WorkOrderDialog>(d.window.get(), u"workOrderDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(before.number));
    auto *priority = dialog->findChild<QComboBox *>(u"priorityCombo"_s);
    QCOMPARE(priority->currentData().toInt(), int(before.priority));
    priority->setCurrentIndex(priority->findData(int(Priority::Urgent)));
    dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kWaitMs); // closed on success
    QCOMPARE(d.model().orderAt(d.model().rowOfId(before.id)).priority, Priority::Urgent);
    QVERIFY2(d.statusText().contains(before.number), qPrintable(d.statusText()));
}

void TestBulkActions::newOrderAppearsInTheTable()
{
    EditDesk &d = *m_desk;
    const int total = d.model().totalCount();
    d.action(u"actionNew"_s)->trigger();
    auto *dialog = visibleChild<WorkOrderDialog>(d.window.get(), u"workOrderDialog"_s);
    QVERIFY(dialog);
    auto *customer = dialog->findChild<SearchableComboBox *>(u"customerCombo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(customer->count() > 3, kWaitMs); // the lookup arrived
    customer->setCurrentId(u"cust-003"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"New one"_s);
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
    QVERIFY(saved.wait(kWaitMs));
    const QString id = saved.first().first().value<WriteResult>().orderId;
    QTRY_VERIFY(d.model().rowOfId(id) >= 0);
    QCOMPARE(d.model().totalCount(), total + 1);
}

void TestBulkActions::offlineBulkIsQueuedAndPending()
{
    EditDesk &d = *m_desk;
    const QList<int> rows =
        d.rowsWhere([](const WorkOrderSummary &o) { return o.status == Status::Open; }, 2);
    QStringList ids;
    for (int row : rows) {
        ids.append(d.model().orderAt(row).id);
        d.services->store().upsertWorkOrder(d.order(ids.last()));
    }
    d.services->monitor().setForcedOffline(true);
    d.select(rows);
    d.action(u"actionSetStatus_cancelled"_s)->trigger();
    const BulkReport report = waitForBulk(d.quick());
    QCOMPARE(report.queued.size(), 2);
    QVERIFY2(d.statusText().contains(u"saved offline"_s), qPrintable(d.statusText()));
    for (const QString &id : ids) {
        const int row = d.model().rowOfId(id);
        QTRY_VERIFY(d.model().index(row, 0).data(WorkOrderTableModel::PendingRole).toBool());
        QCOMPARE(d.model().orderAt(row).status, Status::Cancelled);
        QCOMPARE(d.order(id).status, Status::Open); // not sent yet
    }
    QSignalSpy replayed(&d.services->replayer(), &OutboxReplayer::replayFinished);
    d.services->monitor().setForcedOffline(false);
    QVERIFY(replayed.wait(kWaitMs));
    for (const QString &id : ids) {
        QCOMPARE(d.order(id).status, Status::Cancelled);
        QTRY_VERIFY(
            !d.model().index(d.model().rowOfId(id), 0).data(WorkOrderTableModel::PendingRole).toBool());
    }
}

void TestBulkActions::offlineEditSaysSavedOffline()
{
    EditDesk &d = *m_desk;
    const QList<int> rows =
        d.rowsWhere([](const WorkOrderSummary &o) { return o.priority != Priority::Low; }, 1);
    const WorkOrderSummary before = d.model().orderAt(rows.first());
    d.services->store().upsertWorkOrder(d.order(before.id));
    d.services->monitor().setForcedOffline(true);
    d.select(rows);
    d.action(u"actionEdit"_s)->trigger();
    QPointer<WorkOrderDialog> dialog =
        visibleChild<WorkOrderDialog>(d.window.get(), u"workOrderDialog"_s); // from the cache
    QVERIFY(dialog);
    auto *priority = dialog->findChild<QComboBox *>(u"priorityCombo"_s);
    priority->setCurrentIndex(priority->findData(int(Priority::Low)));
    dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kWaitMs);
    QCOMPARE(d.statusText(), u"Saved offline — will be sent when the server is back"_s);
    const int row = d.model().rowOfId(before.id);
    QCOMPARE(d.model().orderAt(row).priority, Priority::Low);
    QTRY_VERIFY(d.model().index(row, 0).data(WorkOrderTableModel::PendingRole).toBool());
    QCOMPARE(d.order(before.id).priority, before.priority); // not sent yet
}

void TestBulkActions::screenshots()
{
    const QString dir = qEnvironmentVariable("FENTU_SHOTS_DIR");
    if (dir.isEmpty() || QGuiApplication::platformName() == "offscreen"_L1)
        QSKIP("set FENTU_SHOTS_DIR and run on a display (xvfb) to save screenshots");
    EditDesk &d = *m_desk;
    d.window->move(0, 0);
    auto shoot = [&dir](const QString &name) {
        QTest::qWait(400); // let the window system paint; this is a picture, not a check
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen->grabWindow(0).save(dir + u'/' + name));
    };

    d.action(u"actionNew"_s)->trigger();
    auto *create = visibleChild<WorkOrderDialog>(d.window.get(), u"workOrderDialog"_s);
    QVERIFY(create);
    QTRY_VERIFY_WITH_TIMEOUT(
        create->findChild<SearchableComboBox *>(u"customerCombo"_s)->count() > 3, kWaitMs);
    shoot(u"edit-create-empty.png"_s);
    QTest::keyClicks(create->findChild<QPlainTextEdit *>(u"descriptionEdit"_s),
                     u"Compressor makes a grinding noise"_s);
    create->findChild<QLineEdit *>(u"durationEdit"_s)->setText(u"-30"_s);
    create->findChild<SearchableComboBox *>(u"technicianCombo"_s)
        ->setCurrentId(u"tech-999"_s, u"Ghost"_s);
    create->findChild<QPushButton *>(u"saveButton"_s)->click();
    shoot(u"edit-create-client-errors.png"_s);
    create->findChild<SearchableComboBox *>(u"customerCombo"_s)->setCurrentIndex(2);
    create->findChild<QLineEdit *>(u"durationEdit"_s)->setText(u"90"_s);
    create->findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!create->isSaving(), kWaitMs);
    shoot(u"edit-create-server-errors.png"_s);
    create->close();

    d.select({3});
    d.action(u"actionEdit"_s)->trigger();
    auto *edit = visibleChild<WorkOrderDialog>(d.window.get(), u"workOrderDialog"_s);
    QVERIFY(edit);
    QTRY_VERIFY_WITH_TIMEOUT(
        edit->findChild<SearchableComboBox *>(u"technicianCombo"_s)->count() > 3, kWaitMs);
    shoot(u"edit-edit-dialog.png"_s);
    WorkOrderPatch theirs;
    theirs.setNotes(u"Office: customer asked to call first"_s);
    QVERIFY(d.put(d.model().orderAt(3).id, theirs).isOk());
    edit->findChild<QPlainTextEdit *>(u"notesEdit"_s)->setPlainText(u"Key is at the front desk"_s);
    edit->findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!edit->isSaving(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(edit->findChild<QDialog *>(u"conflictDialog"_s), kWaitMs);
    shoot(u"edit-edit-conflict.png"_s);
    edit->findChild<QDialog *>(u"conflictDialog"_s)
        ->findChild<QPushButton *>(u"takeTheirsButton"_s)
        ->click();
    edit->close();

    sandbox::Faults slow;
    slow.latencyMs = 300;
    d.server().setFaults(slow);
    QList<int> rows;
    for (int row = 10; row < 40; ++row)
        rows.append(row);
    d.select(rows);
    QSignalSpy finished(d.quick(), &QuickActions::bulkFinished);
    d.action(u"actionSetStatus_on_hold"_s)->trigger();
    auto *progress = d.window->findChild<QProgressDialog *>(u"bulkProgress"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 8, kWaitMs);
    shoot(u"edit-bulk-progress.png"_s);
    QVERIFY(finished.wait(60000));
    d.server().setFaults({});
    shoot(u"edit-bulk-report.png"_s);
}

int main(int argc, char **argv)
{
    qputenv("TZ", "FEN-2"); // UTC+2: local times shown, UTC sent, both checkable
    QApplication app(argc, argv);
    TestBulkActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bulkactions.moc"
