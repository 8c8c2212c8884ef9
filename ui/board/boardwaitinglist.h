#pragma once

#include "domain/workorder.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace fentu {

class BoardModel;

/// The board's "Not scheduled" column: orders with neither a date nor a technician (the
/// model's waiting()), to be dragged onto a technician's row at a time, or opened with Return
/// to be given both in the edit dialog. Hidden while nothing waits. Its selection is the
/// board's when it has one (details pane, edit commands, quick actions).
class BoardWaitingList : public QWidget
{
    Q_OBJECT
public:
    /// What a drag from the list carries: the order ids, one per line.
    static constexpr char kOrderIdsMimeType[] = "application/x-fentu-work-order-ids";

    explicit BoardWaitingList(BoardModel *model, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QStringList selectedIds() const;
    QList<WorkOrderSummary> selectedOrders() const;
    void clearSelection();

signals:
    void selectionChanged(const QStringList &ids);
    void activated(const QString &orderId);
    void contextMenuRequested(const QPoint &globalPos);

private:
    void rebuild();

    BoardModel *m_model;
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace fentu
