#include "listcolumns.h"

#include "domain/isodatetime.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

QList<ListColumns::Column> ListColumns::csvColumns()
{
    return {Id,           Number,       Status,         Priority,  CustomerId,
            CustomerName, TechnicianId, TechnicianName, Scheduled, Duration,
            Type,         CreatedAt,    UpdatedAt};
}

QList<ListColumns::Column> ListColumns::tableColumns()
{
    return {Number, Status, Priority, CustomerName, TechnicianName, Scheduled, Duration, Id};
}

QString ListColumns::key(Column column)
{
    switch (column) {
    case Id:
        return u"id"_s;
    case Number:
        return u"work_order_number"_s;
    case Status:
        return u"status"_s;
    case Priority:
        return u"priority"_s;
    case CustomerId:
        return u"customer_id"_s;
    case CustomerName:
        return u"customer_name"_s;
    case TechnicianId:
        return u"technician_id"_s;
    case TechnicianName:
        return u"technician_name"_s;
    case Scheduled:
        return u"scheduled_date"_s;
    case Duration:
        return u"estimated_duration"_s;
    case Type:
        return u"work_order_type"_s;
    case CreatedAt:
        return u"created_at"_s;
    case UpdatedAt:
        return u"updated_at"_s;
    }
    return {};
}

QString ListColumns::title(Column column)
{
    switch (column) {
    case Id:
        return tr("ID");
    case Number:
        return tr("NUMBER");
    case Status:
        return tr("STATUS");
    case Priority:
        return tr("PRIORITY");
    case CustomerId:
        return tr("CUSTOMER ID");
    case CustomerName:
        return tr("CUSTOMER");
    case TechnicianId:
        return tr("TECHNICIAN ID");
    case TechnicianName:
        return tr("TECHNICIAN");
    case Scheduled:
        return tr("SCHEDULED (UTC)");
    case Duration:
        return tr("MINUTES");
    case Type:
        return tr("TYPE");
    case CreatedAt:
        return tr("CREATED (UTC)");
    case UpdatedAt:
        return tr("UPDATED (UTC)");
    }
    return {};
}

QString ListColumns::value(const WorkOrderSummary &order, Column column)
{
    switch (column) {
    case Id:
        return order.id;
    case Number:
        return order.number;
    case Status:
        return order.statusText.isEmpty() ? statusToApi(order.status) : order.statusText;
    case Priority:
        return order.priorityText.isEmpty() ? priorityToApi(order.priority) : order.priorityText;
    case CustomerId:
        return order.customer.id;
    case CustomerName:
        return order.customer.name;
    case TechnicianId:
        return order.technician ? order.technician->id : QString();
    case TechnicianName:
        return order.technician ? order.technician->name : QString();
    case Scheduled:
        return formatIsoDateTime(order.scheduledDate);
    case Duration:
        return order.estimatedDuration ? QString::number(*order.estimatedDuration) : QString();
    case Type:
        return order.workOrderType;
    case CreatedAt:
        return formatIsoDateTime(order.createdAt);
    case UpdatedAt:
        return formatIsoDateTime(order.updatedAt);
    }
    return {};
}

} // namespace fentu::cli
