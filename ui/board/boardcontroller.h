#pragma once

#include "filter/workorderfilter.h"

#include <QObject>

class QAction;
class QStackedWidget;
class QWidget;

namespace fentu {

class ApiClient;
class AppSettings;
class BoardModel;
class BoardPanel;
class CacheStore;
class ConnectivityMonitor;
class EditCommands;
class LookupLoader;
class OrderWriter;
class PendingOrders;
class SwitchingPageSource;
class WorkOrderDetailView;
class WorkOrderPageSource;

/// Puts the schedule board beside the table: View ▸ Board and View ▸ List switch between them
/// (the window remembers which), the board follows the filter panel's status and customer,
/// shares the edit commands, quick actions and context menu with the table (acting on the
/// board's selection while it shows), shows its selection in the details pane, marks pending
/// orders, re-reads its range every so often while online, and says when it shows the cache.
class BoardController : public QObject
{
    Q_OBJECT
public:
    /// What the board works with; `pages` and `settings` are required, the others each turn
    /// a part on (no moves without `writer`). All outlive the controller.
    struct Services
    {
        WorkOrderPageSource *pages = nullptr; // the window's: the server written through, or the cache
        AppSettings *settings = nullptr;      // zoom, hours, board or list
        ApiClient *client = nullptr;          // the technicians...
        CacheStore *store = nullptr;          // ...or the cached ones
        ConnectivityMonitor *monitor = nullptr;
        SwitchingPageSource *switching = nullptr; // "offline: from the cache, synced …"
        OrderWriter *writer = nullptr;
        PendingOrders *pending = nullptr;
    };

    /// `stack` holds the table; the board is added to it. `edit` and `details` may be null.
    BoardController(const Services &services, QStackedWidget *stack, EditCommands *edit,
                    WorkOrderDetailView *details, QWidget *window);
    ~BoardController() override;

    QAction *showBoardAction() const { return m_showBoard; }
    QAction *showListAction() const { return m_showList; }
    /// Edit ▸ Undo Move (Ctrl+Z): the board's last move, back where it was.
    QAction *undoMoveAction() const { return m_undoMove; }
    bool isBoardShown() const;
    void showBoard(bool board);
    /// A saved view's board: shown or not, its zoom (days), "Clashes only" and whose rows
    /// (empty: everyone's).
    void showAs(bool board, int days, bool clashesOnly, const QStringList &technicians);
    /// The window's filter (status and customer apply to the board).
    void setFilter(const WorkOrderFilter &filter);
    /// View ▸ Refresh while the board shows: technicians and orders again.
    void refresh();
    /// The stored preferences changed (Settings): hours, snap, re-read interval, default length.
    void reloadPreferences();
    /// Another server: the board starts again with its technicians once it is reached.
    void serverChanged();

    BoardModel *model() const { return m_model; }
    BoardPanel *panel() const { return m_panel; }

private:
    void updateOnline();
    void updateUndo();
    void pushSelection();

    Services m_services;
    QStackedWidget *m_stack;
    QWidget *m_table;
    EditCommands *m_edit;
    WorkOrderDetailView *m_details;
    LookupLoader *m_technicians;
    BoardModel *m_model;
    BoardPanel *m_panel;
    QAction *m_showBoard;
    QAction *m_showList;
    QAction *m_undoMove;
    bool m_started = false; // the board loads the first time it is shown
    bool m_wasOnline = true;
};

} // namespace fentu
