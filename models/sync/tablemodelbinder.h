#pragma once

#include <QObject>

namespace fentu {

class OrderWriter;
class PendingOrders;
class WorkOrderTableModel;

/// Keeps a table model in step with the write path: every row a change touches (saved, sent,
/// decided, a create's local row swapped for the server's) and the pending marks.
class TableModelBinder : public QObject
{
    Q_OBJECT
public:
    /// None is owned; all must outlive the binder (it is parented to `model`).
    TableModelBinder(OrderWriter *writer, PendingOrders *pending, WorkOrderTableModel *model);
};

} // namespace fentu
