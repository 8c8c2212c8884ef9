#include "itemmodels/workordercolumns.h"

#include "itemmodels/localdatetime.h"
#include "itemmodels/naturalcompare.h"
#include "itemmodels/plaintooltip.h"
#include "itemmodels/workordertablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

using Column = WorkOrderTableModel::Column;

QString technicianName(const WorkOrderSummary &order)
{
    return order.technician ? order.technician->name : QString();
}

// Shown in the user's time zone: a dispatcher thinks in local wall-clock time.
QString localDateTime(const QDateTime &utc, QLocale::FormatType format)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), format) : QString();
}

template <typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

QString WorkOrderColumns::headerText(int column)
{
    switch (column) {
    case Column::NumberColumn:
        return tr("Number");
    case Column::StatusColumn:
        return tr("Status");
    case Column::PriorityColumn:
        return tr("Priority");
    case Column::CustomerColumn:
        return tr("Customer");
    case Column::TechnicianColumn:
        return tr("Technician");
    case Column::ScheduledColumn:
        return tr("Scheduled");
    case Column::DurationColumn:
        return tr("Duration");
    case Column::TypeColumn:
        return tr("Type");
    case Column::CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QString WorkOrderColumns::displayText(const WorkOrderSummary &order, int column)
{
    switch (column) {
    case Column::NumberColumn:
        return order.number;
    case Column::StatusColumn:
        return statusText(order);
    case Column::PriorityColumn:
        return priorityText(order);
    case Column::CustomerColumn:
        return order.customer.name;
    case Column::TechnicianColumn:
        return technicianName(order);
    case Column::ScheduledColumn:
        return LocalDateTime::shortText(order.scheduledDate);
    case Column::DurationColumn:
        return order.estimatedDuration ? formatDuration(*order.estimatedDuration) : QString();
    case Column::TypeColumn:
        return order.workOrderType;
    case Column::CreatedColumn:
        return LocalDateTime::shortText(order.createdAt);
    default:
        return {};
    }
}

bool WorkOrderColumns::hasValue(const WorkOrderSummary &order, int column)
{
    switch (column) {
    case Column::NumberColumn:
        return !order.number.isEmpty();
    case Column::StatusColumn:
    case Column::PriorityColumn:
        return true; // Unknown is a value too: it sorts first, before Draft and Low
    case Column::CustomerColumn:
        return !order.customer.name.isEmpty();
    case Column::TechnicianColumn:
        return !technicianName(order).isEmpty();
    case Column::ScheduledColumn:
        return order.scheduledDate.isValid();
    case Column::DurationColumn:
        return order.estimatedDuration.has_value();
    case Column::TypeColumn:
        return !order.workOrderType.isEmpty();
    case Column::CreatedColumn:
        return order.createdAt.isValid();
    default:
        return false;
    }
}

QVariant WorkOrderColumns::rawValue(const WorkOrderSummary &order, int column)
{
    if (!hasValue(order, column))
        return {};
    switch (column) {
    case Column::NumberColumn:
        return order.number;
    case Column::StatusColumn:
        return static_cast<int>(order.status);
    case Column::PriorityColumn:
        return static_cast<int>(order.priority);
    case Column::CustomerColumn:
        return order.customer.name;
    case Column::TechnicianColumn:
        return technicianName(order);
    case Column::ScheduledColumn:
        return order.scheduledDate;
    case Column::DurationColumn:
        return *order.estimatedDuration;
    case Column::TypeColumn:
        return order.workOrderType;
    case Column::CreatedColumn:
        return order.createdAt;
    default:
        return {};
    }
}

int WorkOrderColumns::compare(const WorkOrderSummary &a, const WorkOrderSummary &b, int column)
{
    // Typed comparisons rather than QVariant ones: sorting thousands of rows stays cheap and
    // never depends on how QVariant happens to order mixed types.
    switch (column) {
    case Column::NumberColumn:
        return naturalCompare(a.number, b.number);
    case Column::StatusColumn:
        return threeWay(static_cast<int>(a.status), static_cast<int>(b.status));
    case Column::PriorityColumn:
        return threeWay(static_cast<int>(a.priority), static_cast<int>(b.priority));
    case Column::CustomerColumn:
        return naturalCompare(a.customer.name, b.customer.name);
    case Column::TechnicianColumn:
        return naturalCompare(technicianName(a), technicianName(b));
    case Column::ScheduledColumn:
        return threeWay(a.scheduledDate, b.scheduledDate);
    case Column::DurationColumn:
        return threeWay(a.estimatedDuration.value_or(0), b.estimatedDuration.value_or(0));
    case Column::TypeColumn:
        return naturalCompare(a.workOrderType, b.workOrderType);
    case Column::CreatedColumn:
        return threeWay(a.createdAt, b.createdAt);
    default:
        return 0;
    }
}

QString WorkOrderColumns::toolTip(const WorkOrderSummary &order, int column, bool pending)
{
    QString text;
    switch (column) {
    case Column::NumberColumn:
        text = order.customer.name.isEmpty()
                   ? order.number
                   : tr("%1 for %2").arg(order.number, order.customer.name);
        break;
    case Column::StatusColumn:
        text =
            order.status == Status::Unknown
                ? tr("Status “%1” is not known to this version of Fentu Desk").arg(order.statusText)
                : statusText(order);
        break;
    case Column::TechnicianColumn:
        text = order.technician ? technicianName(order) : tr("No technician assigned");
        break;
    case Column::ScheduledColumn:
        text = order.scheduledDate.isValid()
                   ? localDateTime(order.scheduledDate, QLocale::LongFormat)
                   : tr("Not scheduled");
        break;
    case Column::DurationColumn:
        text = order.estimatedDuration
                   ? tr("Estimated %n minute(s)", nullptr, *order.estimatedDuration)
                   : tr("No estimate");
        break;
    case Column::CreatedColumn:
        text = localDateTime(order.createdAt, QLocale::LongFormat);
        break;
    default:
        text = displayText(order, column);
        break;
    }
    if (pending) {
        const QString note = tr("Changed here; not yet sent to the server");
        text = text.isEmpty() ? note : text + u'\n' + note;
    }
    return plainToolTip(text); // names, numbers and types are the server's words
}

QString WorkOrderColumns::formatDuration(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    return rest == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(rest);
}

QString WorkOrderColumns::statusText(const WorkOrderSummary &order)
{
    if (order.status == Status::Unknown && !order.statusText.isEmpty())
        return order.statusText;
    return statusDisplayName(order.status);
}

QString WorkOrderColumns::priorityText(const WorkOrderSummary &order)
{
    if (order.priority == Priority::Unknown && !order.priorityText.isEmpty())
        return order.priorityText;
    return priorityDisplayName(order.priority);
}

} // namespace fentu
