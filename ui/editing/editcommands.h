#pragma once

#include "mainactions.h"

#include "domain/workorder.h"

#include <QObject>

#include <functional>

class QMenu;
class QToolBar;

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class OrderLookups;
class OrderWriter;
class PendingOrders;
class QuickActions;
class WorkOrderDialog;
class WorkOrderProxyModel;
class WorkOrderTableModel;
class WorkOrderTableView;
struct WriteResult;

/// The main window's writing commands: New and Edit (the work order dialog), the quick actions
/// on the selection, the table's context menu, and the status bar's word on each save. Only
/// made when the window has an OrderWriter; the window's rows follow the writer's signals
/// through the composition root (DeskServices::wire).
class EditCommands : public QObject
{
    Q_OBJECT
public:
    /// What the commands work with; only `writer` is required.
    struct Services
    {
        OrderWriter *writer = nullptr;           // every save goes through it
        ApiClient *client = nullptr;             // Edit reads the whole order first
        CacheStore *store = nullptr;             // ... or from the cache, offline
        ConnectivityMonitor *monitor = nullptr;  // online or not
        PendingOrders *pending = nullptr;        // orders with unsent edits open from the cache
    };

    /// Everything is the window's and outlives this object (a child of `window`); `model` is
    /// the one behind `proxy`.
    EditCommands(QWidget *window, const Services &services, const MainActions &actions,
                 WorkOrderTableModel *model, WorkOrderTableView *table,
                 WorkOrderProxyModel *proxy);

    /// Adds the quick actions to the toolbar and the Edit menu.
    void addTo(QToolBar *toolBar, QMenu *editMenu);
    QuickActions *quickActions() const { return m_quick; }
    OrderLookups *lookups() const { return m_lookups; }
    /// While set, the commands act on the orders this returns instead of the table's selected
    /// rows (the schedule board shows, and its selection is the one that counts). An empty
    /// function goes back to the table. Call selectionChanged() when its answer changes.
    void setSelectionSource(std::function<QList<WorkOrderSummary>()> source);
    /// The selection changed: the actions that need one, or exactly one, follow.
    void selectionChanged();
    /// The table's context menu (the quick actions on the selection), for the board too.
    QMenu *contextMenu() const { return m_contextMenu; }
    /// The dialog open now (create or edit), if any.
    WorkOrderDialog *openDialog() const;

    void newOrder();
    /// Opens the edit dialog for the current row, once its whole order is read (server, or
    /// the cache when offline or when the order has unsent edits).
    void editCurrent();

signals:
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    QList<WorkOrderSummary> selectedOrders() const;
    void showContextMenu(const QPoint &pos);
    /// `unknownFields`: see WorkOrderForm::setUnknownFields().
    void openEditor(const WorkOrder &order, const QStringList &unknownFields = {});
    void editFromCache(const QString &id);
    void saved(const WriteResult &result);

    QWidget *m_window;
    Services m_services;
    MainActions m_actions;
    WorkOrderTableModel *m_model;
    WorkOrderTableView *m_table;
    WorkOrderProxyModel *m_proxy;
    OrderLookups *m_lookups;
    QuickActions *m_quick;
    QMenu *m_contextMenu;
    std::function<QList<WorkOrderSummary>()> m_selectionSource;
};

} // namespace fentu
