// The schedule board in the real window, offscreen, on DeskServices against an in-process
// fentu-sandbox: View ▸ Board and back (remembered), a drag in time and a drag across rows
// changing exactly those fields on the server, Escape cancelling a drag, the tray, keyboard
// moves and opening, a refused move snapping back with the server's reason, the same moves
// offline landing in the outbox and replaying, and the periodic re-read showing another
// dispatcher's change.
#include "testdesk.h"
#include "synctestsupport.h"

#include "boardbaritem.h"
#include "boardcontroller.h"
#include "boardpanel.h"
#include "boardtechniciansdialog.h"
#include "boardview.h"
#include "boardwaitinglist.h"
#include "workorderdialog.h"

#include "board/boardmodel.h"
#include "settings/appsettings.h"
#include "sync/pendingorders.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QMouseEvent>
#include <QPointer>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

QDateTime todayAt(int hour, int minute = 0)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute), Qt::LocalTime);
}

QString technicianOf(const WorkOrderSummary &order)
{
    return order.technician ? order.technician->id : QString();
}

/// Ctrl+`key` as a held Ctrl gives it: the key goes down and up with Ctrl still down.
/// (QTest::keyClick also lets go of Ctrl, which places a keyboard move at once.)
void ctrlTap(QWidget *widget, Qt::Key key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::ControlModifier);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::ControlModifier);
    QApplication::sendEvent(widget, &release);
}

void mouseMove(QWidget *viewport, const QPoint &to)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

} // namespace

class TestBoardWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void boardReplacesTheTableAndIsRemembered();
    void dragInTimeReschedulesOnly();
    void dragAcrossRowsReassignsOnly();
    void escapeCancelsADrag();
    void aSelectionDragsTogetherAndAPartRefusedPutsAllBack();
    void trayOrderDraggedOntoARowIsAssigned();
    void notScheduledOrderDroppedOnARowIsScheduled();
    void keyboardMovesAndOpens();
    void keyboardStepsInARowAreOneMove();
    void aDragLandsOnTheRowSeenWhenRowsChangeMeanwhile();
    void aPendingKeyboardMoveIsPlacedAtRestOrTakenBackWithCtrlZ();
    void keyboardPicksSeveralMovesThemToTheTrayAndDeletes();
    void refusedMoveSnapsBackAndSaysWhy();
    void offlineMoveWaitsAndIsSentWhenOnline();
    void reReadShowsAnotherDispatchersChange();
    void savedPreferencesReachTheBoard();
    void techniciansAreChosenByKeyboard();
    void theTechniciansNameBoxIgnoresCaseAndAccents();

private:
    void showBoard();
    WorkOrderSummary create(const QDateTime &start, int minutes, const QString &technicianId);
    /// Waits until the board shows `id` (after a load or a move).
    bool awaitBar(const QString &id, const std::function<bool(const BoardBar &)> &holds = {});
    int rowOf(const QString &technicianId) const;
    /// Return on `target` opens the edit dialog on `order`; it is closed again (Cancel).
    bool returnOpensTheEditDialog(QWidget *target, const WorkOrderSummary &order);
    /// Another dispatcher starts `id` (in progress), and the board shows it so.
    bool startedElsewhere(const QString &id);
    void drag(const QString &id, const QPoint &to, bool escape = false);

    BoardController *board() const { return m_desk->find<BoardController>(u"boardController"_s); }
    BoardView *view() const { return m_desk->find<BoardView>(u"boardView"_s); }
    BoardModel *model() const { return board()->model(); }

    std::unique_ptr<TestDesk> m_desk;
    std::unique_ptr<ApiClient> m_other;
    QList<Technician> m_technicians; // the active ones, as the board's rows show them
};

void TestBoardWindow::init()
{
    AppSettings settings;
    settings.setBoardPreferences({}); // a board never seen: the table first
    settings.setWorkOffline(false);   // whatever an earlier run left
    m_desk = std::make_unique<TestDesk>(TestDesk::Options{.orders = 20, .startServer = true});
    m_desk->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->loaded(), kWaitMs);
    m_other = m_desk->otherClient();
}

void TestBoardWindow::cleanup()
{
    m_other.reset();
    m_desk.reset();
    m_technicians.clear();
    AppSettings().setBoardPreferences({});
}

void TestBoardWindow::showBoard()
{
    m_desk->action(u"actionShowBoard"_s)->trigger();
    // The tray and at least two technicians (they come from the server once it is reached).
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rows().size() >= 3, kWaitMs);
    m_technicians.clear();
    for (const BoardRow &row : model()->rows()) {
        if (!row.unassigned && !row.inactive)
            m_technicians.append(row.technician);
    }
    QVERIFY(m_technicians.size() >= 2);
}

WorkOrderSummary TestBoardWindow::create(const QDateTime &start, int minutes,
                                         const QString &technicianId)
{
    const auto customers = await<ApiResult<Page<Customer>>>(
        [&](auto done) { m_other->listCustomers({}, nullptr, done); });
    NewWorkOrder order;
    order.customerId = customers.value().items.first().id;
    order.workOrderType = u"repair"_s;
    order.scheduledDate = start.toUTC();
    order.estimatedDuration = minutes;
    order.technicianId = technicianId;
    const auto made = await<ApiResult<WorkOrder>>(
        [&](auto done) { m_other->createWorkOrder(order, nullptr, done); });
    if (!made.isOk())
        qFatal("create failed: %s", qPrintable(made.error().technicalDetail()));
    return made.value();
}

bool TestBoardWindow::awaitBar(const QString &id, const std::function<bool(const BoardBar &)> &holds)
{
    return QTest::qWaitFor(
        [&] {
            const BoardBarItem *item = view()->barItem(id);
            return item && !view()->isDragging() && (!holds || holds(item->bar()));
        },
        kWaitMs);
}

bool TestBoardWindow::returnOpensTheEditDialog(QWidget *target, const WorkOrderSummary &order)
{
    QTest::keyClick(target, Qt::Key_Return);
    WorkOrderDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            dialog = m_desk->window->findChild<WorkOrderDialog *>();
            return dialog && dialog->isVisible();
        },
        kWaitMs);
    if (!opened)
        return false;
    const bool onTheOrder = dialog->windowTitle().contains(order.number);
    const QPointer<WorkOrderDialog> shown = dialog; // it may delete itself on closing
    dialog->reject();
    return onTheOrder && QTest::qWaitFor([&] { return !shown || !shown->isVisible(); }, kWaitMs);
}

bool TestBoardWindow::startedElsewhere(const QString &id)
{
    WorkOrderPatch started;
    started.setStatus(Status::InProgress);
    const bool changed = await<ApiResult<WorkOrder>>([&](auto done) {
                             m_other->updateWorkOrder(id, started, nullptr, done);
                         }).isOk();
    board()->refresh();
    return changed && awaitBar(id, [](const BoardBar &bar) {
               return bar.order.status == Status::InProgress;
           });
}

int TestBoardWindow::rowOf(const QString &technicianId) const
{
    const QList<BoardRow> &rows = model()->rows();
    for (int r = 0; r < rows.size(); ++r) {
        if (technicianId.isEmpty() ? rows[r].unassigned : rows[r].technician.id == technicianId)
            return r;
    }
    return -1;
}

void TestBoardWindow::drag(const QString &id, const QPoint &to, bool escape)
{
    QWidget *viewport = view()->viewport();
    const QPoint from = view()->barCentre(id);
    QVERIFY(!from.isNull());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    // In steps, as a hand moves: the first passes the drag distance.
    const QPoint step = (to - from) / 4;
    for (int i = 1; i <= 4; ++i)
        mouseMove(viewport, i == 4 ? to : from + step * i);
    QVERIFY(view()->isDragging());
    if (escape)
        QTest::keyClick(view(), Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void TestBoardWindow::boardReplacesTheTableAndIsRemembered()
{
    auto *views = m_desk->find<QStackedWidget>(u"centralViews"_s);
    QCOMPARE(views->currentWidget(), m_desk->table()); // the first start shows the list
    const WorkOrderSummary order = create(todayAt(10), 60, QString());
    showBoard();
    QCOMPARE(views->currentWidget()->objectName(), u"boardPanel"_s);
    QVERIFY(m_desk->action(u"actionShowBoard"_s)->isChecked());
    QVERIFY(!m_desk->action(u"actionShowList"_s)->isChecked());
    QVERIFY(awaitBar(order.id));
    QCOMPARE(rowOf(QString()), 0); // the tray first
    QVERIFY(AppSettings().boardPreferences().boardShown);

    // A new window comes back on the board; View ▸ List (Ctrl+L) goes back.
    m_desk->reopenWindow();
    views = m_desk->find<QStackedWidget>(u"centralViews"_s);
    QCOMPARE(views->currentWidget()->objectName(), u"boardPanel"_s);
    QCOMPARE(m_desk->action(u"actionShowList"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(m_desk->action(u"actionShowBoard"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    m_desk->action(u"actionShowList"_s)->trigger();
    QCOMPARE(views->currentWidget(), m_desk->table());
    QVERIFY(!AppSettings().boardPreferences().boardShown);
}

void TestBoardWindow::dragInTimeReschedulesOnly()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const WorkOrder before = orderOn(*m_other, order.id);

    // An hour and a few minutes to the right: it snaps to the quarter, an hour later.
    const double perMinute = view()->scale().pixelsPerMinute();
    drag(order.id, view()->barCentre(order.id) + QPoint(int(64 * perMinute), 0));
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(10).toUTC(),
                              kWaitMs);
    const WorkOrder after = orderOn(*m_other, order.id);
    QCOMPARE(technicianOf(after), technicianOf(before));
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.estimatedDuration, before.estimatedDuration);
    QCOMPARE(after.customer.id, before.customer.id);
    QVERIFY(awaitBar(order.id, [](const BoardBar &bar) { return bar.start == todayAt(10).toUTC(); }));
}

void TestBoardWindow::dragAcrossRowsReassignsOnly()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(13), 90, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const WorkOrder before = orderOn(*m_other, order.id);

    const QPoint from = view()->barCentre(order.id);
    const int target = rowOf(m_technicians[1].id);
    const QPoint to(from.x(), view()->rowPoint(target, todayAt(13)).y());
    drag(order.id, to);
    QTRY_COMPARE_WITH_TIMEOUT(technicianOf(orderOn(*m_other, order.id)), m_technicians[1].id,
                              kWaitMs);
    QCOMPARE(orderOn(*m_other, order.id).scheduledDate, before.scheduledDate);
    QCOMPARE(orderOn(*m_other, order.id).status, before.status);
}

void TestBoardWindow::escapeCancelsADrag()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const QPoint from = view()->barCentre(order.id);
    const QPoint to(from.x() + 200, view()->rowPoint(rowOf(m_technicians[1].id), todayAt(9)).y());
    drag(order.id, to, true);
    QVERIFY(!view()->isDragging());
    QTest::qWait(300); // nothing is on its way
    const WorkOrder after = orderOn(*m_other, order.id);
    QCOMPARE(after.scheduledDate, todayAt(9).toUTC());
    QCOMPARE(technicianOf(after), m_technicians[0].id);
    QCOMPARE(view()->barCentre(order.id), from); // back where it was
    QVERIFY(!model()->canUndo());
}

void TestBoardWindow::aSelectionDragsTogetherAndAPartRefusedPutsAllBack()
{
    showBoard();
    const WorkOrderSummary first = create(todayAt(9), 60, m_technicians[0].id);
    const WorkOrderSummary second = create(todayAt(13), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(first.id) && awaitBar(second.id));

    // Click one, Ctrl+click the other, drag the first an hour later onto the next technician.
    QWidget *viewport = view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, view()->barCentre(first.id));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, view()->barCentre(second.id));
    QCOMPARE(view()->selectedIds().size(), 2);
    const double perMinute = view()->scale().pixelsPerMinute();
    const QPoint from = view()->barCentre(first.id);
    const QPoint to(from.x() + int(62 * perMinute),
                    view()->rowPoint(rowOf(m_technicians[1].id), todayAt(9)).y());
    drag(first.id, to);
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, second.id).scheduledDate, todayAt(14).toUTC(),
                              kWaitMs);
    QCOMPARE(orderOn(*m_other, first.id).scheduledDate, todayAt(10).toUTC());
    QCOMPARE(technicianOf(orderOn(*m_other, first.id)), m_technicians[1].id);
    QCOMPARE(technicianOf(orderOn(*m_other, second.id)), m_technicians[1].id);

    // Now one of them is in progress, and both are dragged to the tray: the server refuses
    // that one, and the other comes back too.
    QVERIFY(startedElsewhere(second.id));
    QVERIFY(awaitBar(first.id));
    view()->clearSelection(); // a plain click on a selected bar keeps the selection to drag
    QTest::mouseClick(viewport, Qt::LeftButton, {}, view()->barCentre(first.id));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, view()->barCentre(second.id));
    QCOMPARE(view()->selectedIds().size(), 2);
    const QPoint again = view()->barCentre(first.id);
    drag(first.id, QPoint(again.x(), view()->rowPoint(rowOf(QString()), todayAt(10)).y()));
    auto *status = m_desk->find<QLabel>(u"boardStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"put back"_s), kWaitMs);
    QVERIFY2(status->text().contains(second.number), qPrintable(status->text()));
    QCOMPARE(technicianOf(orderOn(*m_other, first.id)), m_technicians[1].id);
    QCOMPARE(technicianOf(orderOn(*m_other, second.id)), m_technicians[1].id);
    QVERIFY(awaitBar(first.id, [this](const BoardBar &bar) {
        return technicianOf(bar.order) == m_technicians[1].id;
    }));
    QVERIFY(!m_desk->action(u"actionUndoMove"_s)->isEnabled());
}

void TestBoardWindow::trayOrderDraggedOntoARowIsAssigned()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(11), 60, QString());
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const QPoint from = view()->barCentre(order.id);
    const QPoint to(from.x(), view()->rowPoint(rowOf(m_technicians[0].id), todayAt(11)).y());
    drag(order.id, to);
    QTRY_COMPARE_WITH_TIMEOUT(technicianOf(orderOn(*m_other, order.id)), m_technicians[0].id,
                              kWaitMs);
    QCOMPARE(orderOn(*m_other, order.id).scheduledDate, todayAt(11).toUTC());

    // Edit ▸ Undo Move (Ctrl+Z) puts it back in the tray.
    QVERIFY(awaitBar(order.id, [this](const BoardBar &bar) {
        return technicianOf(bar.order) == m_technicians[0].id;
    }));
    QAction *undo = m_desk->action(u"actionUndoMove"_s);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QTRY_VERIFY_WITH_TIMEOUT(undo->isEnabled(), kWaitMs);
    undo->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(technicianOf(orderOn(*m_other, order.id)).isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!undo->isEnabled(), kWaitMs); // one step: the undo is spent
}

void TestBoardWindow::notScheduledOrderDroppedOnARowIsScheduled()
{
    showBoard();
    // No date and no technician: the server's date filter never finds it, the cache does
    // (after the sync that brought it).
    const auto customers = await<ApiResult<Page<Customer>>>(
        [&](auto done) { m_other->listCustomers({}, nullptr, done); });
    NewWorkOrder fresh;
    fresh.customerId = customers.value().items.first().id;
    fresh.workOrderType = u"install"_s;
    fresh.estimatedDuration = 45;
    const auto made = await<ApiResult<WorkOrder>>(
        [&](auto done) { m_other->createWorkOrder(fresh, nullptr, done); });
    QVERIFY(made.isOk());
    const WorkOrder order = made.value();
    QVERIFY(m_desk->syncNow()); // the board reads again once the sync is done
    auto *waiting = m_desk->find<BoardWaitingList>(u"boardWaiting"_s);
    QListWidget *list = waiting->list();
    const auto itemOf = [&]() -> QListWidgetItem * {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(order.number))
                return list->item(i);
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(itemOf(), kWaitMs);
    QVERIFY(waiting->isVisible());
    QVERIFY(m_desk->find<QLabel>(u"boardWaitingTitle"_s)->text().contains(u"Not scheduled"_s));
    QVERIFY(itemOf()->text().contains(customers.value().items.first().name));

    // Picked in the list, it is the window's selection: Return opens it.
    list->setFocus();
    list->setCurrentItem(itemOf());
    QCOMPARE(waiting->selectedIds(), QStringList{order.id});
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->action(u"actionEdit"_s)->isEnabled(), kWaitMs);
    QVERIFY(returnOpensTheEditDialog(list, order));

    // Dragged onto the first technician's row a little after 10:00: there at 10:00, assigned.
    const QModelIndex index = list->indexFromItem(itemOf());
    std::unique_ptr<QMimeData> carried(list->model()->mimeData({index}));
    QVERIFY(carried && carried->hasFormat(QString::fromLatin1(BoardWaitingList::kOrderIdsMimeType)));
    QWidget *viewport = view()->viewport();
    const QPoint at = view()->rowPoint(rowOf(m_technicians[0].id), todayAt(10, 5));
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, carried.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent over(at, Qt::CopyAction | Qt::MoveAction, carried.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &over);
    QVERIFY(over.isAccepted());
    auto *status = m_desk->find<QLabel>(u"boardStatus"_s);
    QVERIFY2(status->text().contains(m_technicians[0].name), qPrintable(status->text()));
    QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, carried.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    // Copied, not moved: the list keeps the item until the model says it is scheduled.
    QCOMPARE(drop.dropAction(), Qt::CopyAction);
    QTRY_COMPARE_WITH_TIMEOUT(technicianOf(orderOn(*m_other, order.id)), m_technicians[0].id,
                              kWaitMs);
    const WorkOrder after = orderOn(*m_other, order.id);
    QCOMPARE(after.scheduledDate, todayAt(10).toUTC());
    QCOMPARE(after.status, Status::Assigned);
    QVERIFY(awaitBar(order.id, [this](const BoardBar &bar) {
        return technicianOf(bar.order) == m_technicians[0].id;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(!itemOf(), kWaitMs);
}

void TestBoardWindow::keyboardMovesAndOpens()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    view()->setFocus();
    view()->selectOnly(order.id);

    // Ctrl+Right: one snap step (15 minutes) later.
    QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(9, 15).toUTC(),
                              kWaitMs);
    QVERIFY(awaitBar(order.id, [](const BoardBar &bar) { return bar.start == todayAt(9, 15).toUTC(); }));

    // Ctrl+Down: the next row's technician, the time kept.
    const int row = rowOf(m_technicians[0].id);
    const QString below = model()->rows()[row + 1].technician.id;
    QTest::keyClick(view(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(technicianOf(orderOn(*m_other, order.id)), below, kWaitMs);
    QCOMPARE(orderOn(*m_other, order.id).scheduledDate, todayAt(9, 15).toUTC());

    // Return opens the edit dialog on that order; the window's Edit acts on the board's pick.
    QVERIFY(awaitBar(order.id, [&](const BoardBar &bar) { return technicianOf(bar.order) == below; }));
    QVERIFY(m_desk->action(u"actionEdit"_s)->isEnabled());
    QVERIFY(returnOpensTheEditDialog(view(), order));

    // + and - zoom, and back on the same day (today, not the week's first); T comes back to
    // today.
    QTest::keyClick(view(), Qt::Key_Minus);
    QCOMPARE(model()->span().days, 7);
    QTest::keyClick(view(), Qt::Key_Plus);
    QCOMPARE(model()->span().days, 1);
    m_desk->find<BoardPanel>(u"boardPanel"_s)->next();
    QCOMPARE(model()->span().firstDay, QDate::currentDate().addDays(1));
    QTest::keyClick(view(), Qt::Key_T);
    QCOMPARE(model()->span().firstDay, QDate::currentDate());
}

void TestBoardWindow::keyboardStepsInARowAreOneMove()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const QString below = model()->rows()[rowOf(m_technicians[0].id) + 1].technician.id;
    const QDateTime updatedBefore = orderOn(*m_other, order.id).updatedAt;
    view()->setFocus();
    view()->selectOnly(order.id);

    // Escape cancels a keyboard move before it is placed: nothing is written.
    ctrlTap(view(), Qt::Key_Right);
    QVERIFY(view()->isDragging());
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(!view()->isDragging());
    QTest::qWait(1200); // past the pause that would have placed it
    QCOMPARE(orderOn(*m_other, order.id).updatedAt, updatedBefore);

    // Three quarter-hours later and one technician down, then Ctrl let go: one move.
    ctrlTap(view(), Qt::Key_Right);
    ctrlTap(view(), Qt::Key_Right);
    ctrlTap(view(), Qt::Key_Right);
    ctrlTap(view(), Qt::Key_Down);
    QVERIFY(view()->isDragging()); // shown where it goes, not written yet
    QCOMPARE(orderOn(*m_other, order.id).updatedAt, updatedBefore);
    auto *status = m_desk->find<QLabel>(u"boardStatus"_s);
    QVERIFY2(status->text().contains(u"Esc"_s), qPrintable(status->text()));
    QKeyEvent letGo(QEvent::KeyRelease, Qt::Key_Control, Qt::NoModifier);
    QApplication::sendEvent(view(), &letGo);
    QVERIFY(!view()->isDragging());
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(9, 45).toUTC(),
                              kWaitMs);
    QCOMPARE(technicianOf(orderOn(*m_other, order.id)), below);

    // One move, so one undo (Ctrl+Z) takes it all back.
    QVERIFY(awaitBar(order.id, [&](const BoardBar &bar) { return technicianOf(bar.order) == below; }));
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->action(u"actionUndoMove"_s)->isEnabled(), kWaitMs);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(9).toUTC(),
                              kWaitMs);
    QCOMPARE(technicianOf(orderOn(*m_other, order.id)), m_technicians[0].id);
}

void TestBoardWindow::aDragLandsOnTheRowSeenWhenRowsChangeMeanwhile()
{
    showBoard();
    QVERIFY(m_technicians.size() >= 4);
    // Clashes for the first and the fourth technician; none for the second, the target.
    create(todayAt(8), 120, m_technicians[0].id);
    create(todayAt(9), 60, m_technicians[0].id);
    create(todayAt(8), 120, m_technicians[3].id);
    create(todayAt(9), 60, m_technicians[3].id);
    const WorkOrderSummary order = create(todayAt(14), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const int target = rowOf(m_technicians[1].id);
    QVERIFY(target > rowOf(m_technicians[0].id));

    // Mid-drag the model's rows change (as a re-read can change them): only the rows with a
    // clash stay, so the target's index now names the fourth technician.
    QWidget *viewport = view()->viewport();
    const QPoint from = view()->barCentre(order.id);
    const QPoint to(from.x(), view()->rowPoint(target, todayAt(14)).y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        mouseMove(viewport, from + (to - from) * i / 4);
    QVERIFY(view()->isDragging());
    model()->setClashesOnly(true);
    QVERIFY(model()->rows().size() > target);
    QCOMPARE(model()->rows()[target].technician.id, m_technicians[3].id);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);

    // It goes to the technician whose row was under the hand.
    QTRY_COMPARE_WITH_TIMEOUT(technicianOf(orderOn(*m_other, order.id)), m_technicians[1].id,
                              kWaitMs);
    QCOMPARE(orderOn(*m_other, order.id).scheduledDate, todayAt(14).toUTC());
    model()->setClashesOnly(false);
}

void TestBoardWindow::aPendingKeyboardMoveIsPlacedAtRestOrTakenBackWithCtrlZ()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    const QDateTime updatedBefore = orderOn(*m_other, order.id).updatedAt;
    view()->setFocus();
    view()->selectOnly(order.id);

    // Ctrl+Z while the move is still shown: dropped, nothing written.
    ctrlTap(view(), Qt::Key_Right);
    QVERIFY(view()->hasPendingKeyboardMove());
    QKeyEvent undo(QEvent::KeyPress, Qt::Key_Z, Qt::ControlModifier);
    QApplication::sendEvent(view(), &undo);
    QVERIFY(!view()->isDragging());
    QTest::qWait(1200);
    QCOMPARE(orderOn(*m_other, order.id).updatedAt, updatedBefore);

    // Ctrl still held, the keys at rest: placed after the pause, as one move.
    ctrlTap(view(), Qt::Key_Right);
    ctrlTap(view(), Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(!view()->isDragging(), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(9, 30).toUTC(),
                              kWaitMs);
}

void TestBoardWindow::keyboardPicksSeveralMovesThemToTheTrayAndDeletes()
{
    showBoard();
    // The first technician's row is right under the tray.
    const int first = rowOf(m_technicians[0].id);
    QCOMPARE(first, rowOf(QString()) + 1);
    const WorkOrderSummary early = create(todayAt(8), 60, m_technicians[0].id);
    const WorkOrderSummary later = create(todayAt(11), 60, m_technicians[0].id);
    const WorkOrderSummary other = create(todayAt(11), 60, m_technicians[1].id);
    board()->refresh();
    QVERIFY(awaitBar(early.id) && awaitBar(later.id) && awaitBar(other.id));
    view()->setFocus();
    view()->selectOnly(early.id);

    // Right walks to the next bar in time, Left back; Shift+Right adds the next one, Shift+Down
    // the nearest on the next row; Space takes the current one out again.
    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(view()->selectedIds(), QStringList{later.id});
    QTest::keyClick(view(), Qt::Key_Left);
    QCOMPARE(view()->selectedIds(), QStringList{early.id});
    QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view()->selectedIds(), (QStringList{early.id, later.id}));
    QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view()->selectedIds(), (QStringList{early.id, later.id, other.id}));
    QTest::keyClick(view(), Qt::Key_Space);
    QCOMPARE(view()->selectedIds(), (QStringList{early.id, later.id}));
    QCOMPARE(view()->currentId(), other.id);
    view()->selectOnly(later.id);
    QTest::keyClick(view(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(view()->selectedIds(), (QStringList{later.id, early.id}));

    // Ctrl+Up: both into the tray, unassigned, as one move.
    QTest::keyClick(view(), Qt::Key_Up, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(technicianOf(orderOn(*m_other, early.id)).isEmpty() &&
                                 technicianOf(orderOn(*m_other, later.id)).isEmpty(),
                             kWaitMs);
    QCOMPARE(orderOn(*m_other, early.id).scheduledDate, todayAt(8).toUTC());
    QCOMPARE(technicianOf(orderOn(*m_other, other.id)), m_technicians[1].id);

    // Delete asks, as the table's Delete does, for the board's selection.
    QVERIFY(awaitBar(early.id, [](const BoardBar &bar) { return technicianOf(bar.order).isEmpty(); }));
    view()->selectOnly(early.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->action(u"actionDelete"_s)->isEnabled(), kWaitMs);
    QTest::keyClick(view(), Qt::Key_Delete);
    QMessageBox *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ask = m_desk->window->findChild<QMessageBox *>()) && ask->isVisible(),
                             kWaitMs);
    QVERIFY2(ask->text().contains(early.number), qPrintable(ask->text()));
    ask->reject();
}

void TestBoardWindow::refusedMoveSnapsBackAndSaysWhy()
{
    showBoard();
    // An order in progress cannot leave its technician: the server refuses the tray.
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    QVERIFY(startedElsewhere(order.id));
    const QPoint from = view()->barCentre(order.id);

    drag(order.id, QPoint(from.x() + 40, view()->rowPoint(rowOf(QString()), todayAt(9)).y()));
    auto *status = m_desk->find<QLabel>(u"boardStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Not moved"_s), kWaitMs);
    QVERIFY2(status->text().contains(order.number), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"without a technician"_s), qPrintable(status->text()));
    QVERIFY(awaitBar(order.id, [this](const BoardBar &bar) {
        return bar.start == todayAt(9).toUTC() && technicianOf(bar.order) == m_technicians[0].id;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(!view()->barItem(order.id)->marks().refusal.isEmpty(), kWaitMs);
    QVERIFY(view()->barItem(order.id)->toolTipText().contains(u"without a technician"_s));
    const QString onTheBar = view()->barItem(order.id)->labelText();
    QVERIFY2(onTheBar.contains(u"without a technician"_s), qPrintable(onTheBar));
    const WorkOrder after = orderOn(*m_other, order.id);
    QCOMPARE(after.scheduledDate, todayAt(9).toUTC());
    QCOMPARE(technicianOf(after), m_technicians[0].id);
    QCOMPARE(view()->rowAtViewportY(view()->barCentre(order.id).y()), rowOf(m_technicians[0].id));
}

void TestBoardWindow::offlineMoveWaitsAndIsSentWhenOnline()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(14), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id)); // seen online: written through to the cache
    m_desk->action(u"actionWorkOffline"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->find<QLabel>(u"boardStatus"_s)->text().isEmpty(), kWaitMs);
    board()->refresh();
    QVERIFY(awaitBar(order.id));

    const double perMinute = view()->scale().pixelsPerMinute();
    drag(order.id, view()->barCentre(order.id) + QPoint(int(-60 * perMinute), 0));
    QVERIFY(awaitBar(order.id, [](const BoardBar &bar) { return bar.start == todayAt(13).toUTC(); }));
    QTRY_VERIFY_WITH_TIMEOUT(view()->barItem(order.id)->marks().pending, kWaitMs);
    QCOMPARE(orderOn(*m_other, order.id).scheduledDate, todayAt(14).toUTC());

    m_desk->action(u"actionWorkOffline"_s)->trigger(); // online: the outbox is sent
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(13).toUTC(),
                              kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view()->barItem(order.id) && !view()->barItem(order.id)->marks().pending,
                             kWaitMs);
}

void TestBoardWindow::reReadShowsAnotherDispatchersChange()
{
    BoardPreferences preferences;
    preferences.refreshSeconds = 1;
    AppSettings().setBoardPreferences(preferences);
    m_desk->reopenWindow();
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));

    WorkOrderPatch patch;
    patch.setScheduledDate(todayAt(15).toUTC());
    QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                m_other->updateWorkOrder(order.id, patch, nullptr, done);
            }).isOk());
    // No refresh asked: the re-read every second brings it, marked.
    QVERIFY(awaitBar(order.id, [](const BoardBar &bar) { return bar.start == todayAt(15).toUTC(); }));
    QVERIFY(view()->barItem(order.id)->marks().changedElsewhere);
}

void TestBoardWindow::savedPreferencesReachTheBoard()
{
    showBoard();
    const WorkOrderSummary order = create(todayAt(9), 60, m_technicians[0].id);
    board()->refresh();
    QVERIFY(awaitBar(order.id));
    QCOMPARE(view()->scale().columns().first().from, todayAt(7).toUTC());

    // What Settings ▸ Schedule board saves: other hours and another snap step.
    BoardPreferences preferences = AppSettings().boardPreferences();
    preferences.workStart = QTime(6, 0);
    preferences.workEnd = QTime(21, 0);
    preferences.snapMinutes = 30;
    AppSettings().setBoardPreferences(preferences);
    board()->reloadPreferences();
    QCOMPARE(model()->span().workStart, QTime(6, 0));
    QCOMPARE(view()->scale().columns().first().from, todayAt(6).toUTC());
    QCOMPARE(view()->scale().columns().first().until, todayAt(21).toUTC());

    view()->setFocus();
    view()->selectOnly(order.id);
    QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier); // one snap step: 30 minutes
    QTRY_COMPARE_WITH_TIMEOUT(orderOn(*m_other, order.id).scheduledDate, todayAt(9, 30).toUTC(),
                              kWaitMs);
}

// A supervisor's team: Technicians… on the board, ticked by keyboard; the rows are theirs
// (and the tray), the bars of the others' orders go, and All brings everyone back.
void TestBoardWindow::techniciansAreChosenByKeyboard()
{
    showBoard();
    const WorkOrderSummary mine = create(todayAt(9), 60, m_technicians[0].id);
    const WorkOrderSummary theirs = create(todayAt(10), 60, m_technicians[1].id);
    board()->refresh();
    QVERIFY(awaitBar(mine.id) && awaitBar(theirs.id));
    const int everyone = model()->rows().size();
    auto *button = m_desk->find<QToolButton>(u"boardTechnicians"_s);
    QCOMPARE(button->text(), u"Technicians: all…"_s);

    // Tab reaches the button and Space opens the list, the name box first: Down goes to the
    // list, where Space unticks and Down goes on.
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    BoardTechniciansDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_desk->window->findChild<BoardTechniciansDialog *>()) &&
                                 dialog->isVisible(),
                             kWaitMs);
    auto *list = dialog->findChild<QListWidget *>(u"boardTechniciansList"_s);
    QCOMPARE(list->count(), model()->technicians().size());
    auto *filter = dialog->findChild<QLineEdit *>(u"boardTechniciansFilter"_s);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(list->hasFocus());
    for (int i = 0; i < list->count(); ++i) {
        QCOMPARE(list->item(i)->checkState(), Qt::Checked);
        // Every technician but the first: unticked with Space, one row down at a time.
        if (list->item(i)->data(Qt::UserRole).toString() != m_technicians[0].id)
            QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Down);
    }
    QCOMPARE(dialog->shownIds(), QStringList{m_technicians[0].id});
    m_desk->saveShot(u"board-technicians-dialog"_s, dialog);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kWaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(model()->rows().size(), 2, kWaitMs); // the tray and theirs
    QVERIFY(model()->rows()[0].unassigned);
    QCOMPARE(model()->rows()[1].technician.id, m_technicians[0].id);
    QVERIFY(view()->barItem(mine.id));
    QVERIFY(!view()->barItem(theirs.id));
    QCOMPARE(button->text(), u"Technicians: 1 of %1…"_s.arg(model()->technicians().size()));
    m_desk->saveShot(u"board-technicians"_s);

    // Unticking everyone is not a choice; All brings every row back.
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_desk->window->findChild<BoardTechniciansDialog *>()) &&
                                 dialog->isVisible(),
                             kWaitMs);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    dialog->findChild<QPushButton *>(u"boardTechniciansNone"_s)->click();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // The box narrows what All and None act on.
    filter = dialog->findChild<QLineEdit *>(u"boardTechniciansFilter"_s);
    QTest::keyClicks(filter, m_technicians[1].name);
    dialog->findChild<QPushButton *>(u"boardTechniciansAll"_s)->click();
    QCOMPARE(dialog->shownIds(), QStringList{m_technicians[1].id});
    filter->clear();
    dialog->findChild<QPushButton *>(u"boardTechniciansAll"_s)->click();
    QVERIFY(dialog->shownIds().isEmpty()); // everyone: later technicians too
    buttons->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(model()->rows().size(), everyone, kWaitMs);
    QVERIFY(awaitBar(theirs.id));
    QCOMPARE(button->text(), u"Technicians: all…"_s);
}

void TestBoardWindow::theTechniciansNameBoxIgnoresCaseAndAccents()
{
    BoardTechniciansDialog dialog({Technician{u"t1"_s, u"José Núñez"_s, true},
                                   Technician{u"t2"_s, u"Jose Smith"_s, false},
                                   Technician{u"t3"_s, u"Zoë Inácio"_s, true}},
                                  {});
    auto *filter = dialog.findChild<QLineEdit *>(u"boardTechniciansFilter"_s);
    auto *list = dialog.findChild<QListWidget *>(u"boardTechniciansList"_s);
    const auto shown = [list] {
        QStringList ids;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                ids << list->item(i)->data(Qt::UserRole).toString();
        }
        return ids;
    };
    QTest::keyClicks(filter, u"JOSE"_s);
    QCOMPARE(shown(), (QStringList{u"t1"_s, u"t2"_s}));
    filter->setText(u"jose nu"_s);
    QCOMPARE(shown(), QStringList{u"t1"_s});
    filter->setText(u"inac"_s); // the name, not the "(inactive)" the list adds
    QCOMPARE(shown(), QStringList{u"t3"_s});
    filter->clear();
    QCOMPARE(shown().size(), 3);
}

QTEST_MAIN(TestBoardWindow)
#include "tst_boardwindow.moc"
