#include "sync/tablemodelbinder.h"

#include "itemmodels/workordertablemodel.h"
#include "sync/orderwriter.h"
#include "sync/pendingorders.h"

namespace fentu {

TableModelBinder::TableModelBinder(OrderWriter *writer, PendingOrders *pending,
                                   WorkOrderTableModel *model)
    : QObject(model)
{
    pending->bindModel(model);
    connect(writer, &OrderWriter::orderChanged, model,
            [model](const WorkOrder &order, const QString &previousId) {
                // A sent create swaps the local stand-in for the server's order.
                if (!previousId.isEmpty() && previousId != order.id)
                    model->removeOrder(previousId);
                if (!model->updateOrder(order))
                    model->insertOrder(order);
            });
    connect(writer, &OrderWriter::orderRemoved, model,
            [model](const QString &id) { model->removeOrder(id); });
}

} // namespace fentu
