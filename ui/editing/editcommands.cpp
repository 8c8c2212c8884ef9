#include "editcommands.h"

#include "quickactions.h"
#include "workorderdialog.h"
#include "workorderproxymodel.h"
#include "workordertableview.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "sync/orderlookups.h"
#include "sync/orderwriter.h"
#include "sync/pendingorders.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace fentu {

EditCommands::EditCommands(QWidget *window, const Services &services, const MainActions &actions,
                           WorkOrderTableModel *model, WorkOrderTableView *table,
                           WorkOrderProxyModel *proxy)
    : QObject(window), m_window(window), m_services(services), m_actions(actions), m_model(model),
      m_table(table),
      m_proxy(proxy), m_lookups(new OrderLookups(services.client, services.store, this)),
      m_quick(new QuickActions(
          window, services.writer, m_lookups, [this] { return selectedOrders(); },
          actions.deleteOrder)),
      m_contextMenu(new QMenu(window))
{
    Q_ASSERT(services.writer);
    m_lookups->setMonitor(services.monitor);
    m_contextMenu->setObjectName(u"tableContextMenu"_s);
    m_contextMenu->addAction(actions.editOrder);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_quick->statusMenuAction());
    m_contextMenu->addAction(m_quick->assignAction());
    m_contextMenu->addAction(m_quick->rescheduleAction());
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_quick->deleteAction());
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EditCommands::showContextMenu);

    for (QAction *action : {actions.newOrder, actions.editOrder, actions.deleteOrder}) {
        action->setVisible(true);
        action->setEnabled(true);
    }
    connect(actions.newOrder, &QAction::triggered, this, &EditCommands::newOrder);
    connect(actions.editOrder, &QAction::triggered, this, &EditCommands::editCurrent);
    connect(m_quick, &QuickActions::message, this, &EditCommands::message);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EditCommands::selectionChanged);
    // A reset or removed rows change the selection without always saying so.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EditCommands::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EditCommands::selectionChanged);
    selectionChanged();
}

void EditCommands::addTo(QToolBar *toolBar, QMenu *editMenu)
{
    if (toolBar) {
        QAction *before =
            toolBar->actions().value(toolBar->actions().indexOf(m_actions.deleteOrder) + 1);
        toolBar->insertAction(before, m_quick->statusMenuAction());
        toolBar->insertAction(before, m_quick->assignAction());
        toolBar->insertAction(before, m_quick->rescheduleAction());
    }
    if (editMenu) {
        QAction *before =
            editMenu->actions().value(editMenu->actions().indexOf(m_actions.deleteOrder) + 1);
        editMenu->insertAction(before, m_quick->statusMenuAction());
        editMenu->insertAction(before, m_quick->assignAction());
        editMenu->insertAction(before, m_quick->rescheduleAction());
    }
}

WorkOrderDialog *EditCommands::openDialog() const
{
    const auto dialogs = m_window->findChildren<WorkOrderDialog *>(u"workOrderDialog"_s);
    for (WorkOrderDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void EditCommands::setSelectionSource(std::function<QList<WorkOrderSummary>()> source)
{
    m_selectionSource = std::move(source);
    selectionChanged();
}

QList<WorkOrderSummary> EditCommands::selectedOrders() const
{
    if (m_selectionSource)
        return m_selectionSource();
    QList<WorkOrderSummary> orders;
    const WorkOrderTableModel *model = m_model;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < model->rowCount())
            orders.append(model->orderAt(row));
    }
    return orders;
}

void EditCommands::selectionChanged()
{
    const int count = m_selectionSource ? int(m_selectionSource().size())
                                        : int(m_table->selectionModel()->selectedRows().size());
    m_quick->setSelectedCount(count);
    m_actions.editOrder->setEnabled(count == 1);
}

void EditCommands::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    // Right-clicking outside the selection selects that row first, as file managers do.
    if (!m_table->selectionModel()->isSelected(index))
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
}

void EditCommands::newOrder()
{
    if (openDialog())
        return;
    auto *dialog = new WorkOrderDialog(m_services.writer, m_lookups, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkOrderDialog::saved, this, &EditCommands::saved);
    dialog->open();
}

void EditCommands::editCurrent()
{
    const QList<WorkOrderSummary> orders = selectedOrders();
    if (orders.size() != 1 || openDialog())
        return;
    const QString id = orders.first().id;
    const bool online = !m_services.monitor || m_services.monitor->isOnline();
    const bool pending = m_services.pending && m_services.pending->contains(id);
    if (!online || pending || !m_services.client || id.startsWith(u"local-"_s)) {
        editFromCache(id);
        return;
    }
    emit message(tr("Opening %1…").arg(orders.first().number));
    m_services.client->getWorkOrder(id, this, [this, id](ApiResult<WorkOrder> r) {
        if (r.isOk()) {
            // Written through, so that the conflict check knows the values the edit starts
            // from (and the order can be opened offline later).
            if (m_services.store)
                m_services.store->upsertWorkOrder(r.value());
            openEditor(r.value());
            return;
        }
        if (m_services.monitor)
            m_services.monitor->reportFailure(r.error());
        if (m_services.store && ConnectivityMonitor::isUnreachable(r.error()))
            editFromCache(id);
        else
            emit message(tr("Could not open the work order: %1").arg(r.error().userMessage()));
    });
}

void EditCommands::editFromCache(const QString &id)
{
    if (!m_services.store) {
        emit message(tr("The work order cannot be opened offline without a cache."));
        return;
    }
    m_services.store->getWorkOrder(id, this, [this](CacheResult<std::optional<CachedWorkOrder>> r) {
        if (!r.isOk() || !r.value()) {
            emit message(tr("This work order is not in the offline cache."));
            return;
        }
        // A list row holds no description, notes or contact: the dialog must not show them
        // as empty (and so must never send them).
        openEditor(r.value()->order,
                   r.value()->hasDetail
                       ? QStringList()
                       : QStringList{u"description"_s, u"notes"_s, u"contact_id"_s});
    });
}

void EditCommands::openEditor(const WorkOrder &order, const QStringList &unknownFields)
{
    if (openDialog())
        return;
    emit message(QString()); // "Opening…" is over
    auto *dialog = new WorkOrderDialog(order, m_services.writer, m_lookups, m_window);
    dialog->form()->setUnknownFields(unknownFields);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkOrderDialog::saved, this, &EditCommands::saved);
    dialog->open();
}

void EditCommands::saved(const WriteResult &result)
{
    const QString number =
        result.order && !result.order->number.isEmpty() ? result.order->number : result.orderId;
    if (result.outcome == WriteResult::Outcome::Queued)
        emit message(tr("Saved offline — will be sent when the server is back"));
    else
        emit message(tr("Saved %1").arg(number));
}

} // namespace fentu
