#include "boardcontroller.h"

#include "boardpanel.h"
#include "boardview.h"
#include "boardwaitinglist.h"
#include "editcommands.h"
#include "workorderdetailview.h"

#include "board/boardmodel.h"
#include "connectivity/connectivitymonitor.h"
#include "pages/switchingpagesource.h"
#include "settings/appsettings.h"
#include "sync/lookuploader.h"
#include "sync/pendingorders.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace fentu {

BoardController::BoardController(const Services &services, QStackedWidget *stack,
                                 EditCommands *edit, WorkOrderDetailView *details, QWidget *window)
    : QObject(window), m_services(services), m_stack(stack), m_table(stack->currentWidget()),
      m_edit(edit), m_details(details),
      m_technicians(new LookupLoader(services.client, services.store, this)),
      m_model(new BoardModel(services.pages, m_technicians, services.writer, this)),
      m_panel(new BoardPanel(m_model, services.settings->boardPreferences(), stack)),
      m_showBoard(new QAction(tr("&Board"), window)), m_showList(new QAction(tr("&List"), window)),
      m_undoMove(new QAction(tr("&Undo Move"), window))
{
    Q_ASSERT(services.pages && services.settings);
    setObjectName(u"boardController"_s);
    m_technicians->setMonitor(services.monitor);
    m_model->setWaitingSource(services.store);
    stack->addWidget(m_panel);

    m_showBoard->setObjectName(u"actionShowBoard"_s);
    m_showBoard->setCheckable(true);
    m_showBoard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_showBoard->setStatusTip(tr("Technicians across, time along: who does what, and when"));
    m_showList->setObjectName(u"actionShowList"_s);
    m_showList->setCheckable(true);
    m_showList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_showList->setStatusTip(tr("The work order table"));
    auto *group = new QActionGroup(this);
    group->addAction(m_showList);
    group->addAction(m_showBoard);
    window->addAction(m_showBoard);
    window->addAction(m_showList);
    m_undoMove->setObjectName(u"actionUndoMove"_s);
    m_undoMove->setShortcut(QKeySequence::Undo);
    m_undoMove->setStatusTip(tr("Put the orders of the board's last move back where they were"));
    window->addAction(m_undoMove);
    connect(m_undoMove, &QAction::triggered, this, [this] {
        if (!isBoardShown())
            return;
        // Ctrl+Z while Ctrl+arrows are still moving the selection: that move is dropped (it
        // is the last one), not the one before it undone.
        if (m_panel->view()->hasPendingKeyboardMove())
            m_panel->view()->cancelMove();
        else
            m_model->undo();
    });
    connect(m_model, &BoardModel::changed, this, &BoardController::updateUndo);
    connect(m_showBoard, &QAction::triggered, this, [this] { showBoard(true); });
    connect(m_showList, &QAction::triggered, this, [this] { showBoard(false); });

    BoardView *view = m_panel->view();
    connect(view, &BoardView::selectionChanged, this, &BoardController::pushSelection);
    connect(view, &BoardView::activated, this, [this](const QString &) {
        if (m_edit)
            m_edit->editCurrent();
    });
    connect(view, &BoardView::contextMenuRequested, this, [this](const QPoint &at) {
        if (m_edit)
            m_edit->contextMenu()->popup(at);
    });
    BoardWaitingList *waiting = m_panel->waitingList();
    connect(waiting, &BoardWaitingList::selectionChanged, this, &BoardController::pushSelection);
    connect(waiting, &BoardWaitingList::activated, this, [this](const QString &) {
        if (m_edit)
            m_edit->editCurrent();
    });
    connect(waiting, &BoardWaitingList::contextMenuRequested, this, [this](const QPoint &at) {
        if (m_edit)
            m_edit->contextMenu()->popup(at);
    });
    connect(m_model, &BoardModel::moveFinished, m_panel, &BoardPanel::setMessage);
    connect(m_panel, &BoardPanel::preferencesChanged, this,
            [this](const BoardPreferences &preferences) {
                BoardPreferences kept = preferences;
                kept.boardShown = isBoardShown();
                m_services.settings->setBoardPreferences(kept);
            });
    if (PendingOrders *pending = m_services.pending) {
        connect(pending, &PendingOrders::pendingChanged, this,
                [this, pending] { m_model->setPending(pending->ids()); });
        m_model->setPending(pending->ids());
    }
    if (m_services.monitor) {
        connect(m_services.monitor, &ConnectivityMonitor::stateChanged, this,
                [this](ConnectivityMonitor::State state) {
                    // Back online (or online at last, after a start that had only the cache):
                    // the server's technicians and orders, which may differ from the cache's.
                    const bool online = state == ConnectivityMonitor::State::Online;
                    if (online && !m_wasOnline && m_started)
                        m_model->reload();
                    m_wasOnline = online;
                    updateOnline();
                });
        m_wasOnline = m_services.monitor->isOnline();
    }
    if (m_services.switching) {
        connect(m_services.switching, &SwitchingPageSource::stateChanged, this,
                &BoardController::updateOnline);
        connect(m_services.switching, &SwitchingPageSource::cachedAtChanged, this,
                &BoardController::updateOnline);
    }
    showBoard(services.settings->boardPreferences().boardShown);
}

BoardController::~BoardController() = default;

bool BoardController::isBoardShown() const
{
    return m_stack->currentWidget() == m_panel;
}

void BoardController::showBoard(bool board)
{
    m_showBoard->setChecked(board);
    m_showList->setChecked(!board);
    const bool focused = m_stack->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentWidget(board ? static_cast<QWidget *>(m_panel) : m_table);
    if (board && !m_started) {
        m_started = true;
        m_panel->today();
        m_model->reload();
    }
    if (m_edit) {
        if (board)
            m_edit->setSelectionSource([this] {
                return m_panel->view()->selectedOrders() +
                       m_panel->waitingList()->selectedOrders();
            });
        else
            m_edit->setSelectionSource({});
    }
    if (m_details) {
        if (board)
            pushSelection();
        else
            m_details->showTableSelection();
    }
    updateOnline();
    updateUndo();
    BoardPreferences preferences = m_services.settings->boardPreferences();
    if (preferences.boardShown != board) {
        preferences.boardShown = board;
        m_services.settings->setBoardPreferences(preferences);
    }
    if (focused || board)
        (board ? static_cast<QWidget *>(m_panel->view()) : m_table)->setFocus(Qt::OtherFocusReason);
}

void BoardController::showAs(bool board, int days, bool clashesOnly,
                             const QStringList &technicians)
{
    BoardPreferences preferences = m_panel->preferences();
    preferences.days = days;
    preferences.clashesOnly = clashesOnly;
    m_panel->usePreferences(preferences); // the check box too, and the settings through it
    m_panel->setShownTechnicians(technicians);
    showBoard(board);
}

void BoardController::updateUndo()
{
    m_undoMove->setEnabled(isBoardShown() && m_model->canUndo());
}

void BoardController::setFilter(const WorkOrderFilter &filter)
{
    m_model->setFilter(filter);
}

void BoardController::refresh()
{
    if (m_started)
        m_model->reload();
}

void BoardController::reloadPreferences()
{
    m_panel->usePreferences(m_services.settings->boardPreferences());
    updateOnline(); // the re-read interval
}

void BoardController::serverChanged()
{
    if (m_started)
        m_model->reload();
}

void BoardController::pushSelection()
{
    if (!isBoardShown())
        return;
    const QStringList ids =
        m_panel->view()->selectedIds() + m_panel->waitingList()->selectedIds();
    if (m_details)
        m_details->showSelection(ids);
    if (m_edit)
        m_edit->selectionChanged();
}

void BoardController::updateOnline()
{
    const bool online = !m_services.monitor || m_services.monitor->isOnline();
    // The periodic re-read is for seeing other dispatchers' moves: only while the board shows
    // and the server can be asked (offline the cache does not change behind the board's back).
    const int seconds = m_services.settings->boardPreferences().refreshSeconds;
    m_model->setRefreshInterval(online && isBoardShown() && seconds > 0 ? seconds * 1000 : 0);
    // The window's banner says when and why; the board's own line only where its rows are from.
    m_panel->setOfflineText(!online ? tr("From the offline cache") : QString());
}

} // namespace fentu
