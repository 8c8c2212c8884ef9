#include "sync/orderfields.h"

#include "domain/codec.h"
#include "itemmodels/workordercolumns.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().isEmpty());
}

} // namespace

QStringList OrderFields::editable()
{
    return {u"status"_s,         u"priority"_s,           u"work_order_type"_s,
            u"description"_s,    u"contact_id"_s,         u"technician_id"_s,
            u"scheduled_date"_s, u"estimated_duration"_s, u"notes"_s};
}

QJsonValue OrderFields::wireValue(const WorkOrder &order, const QString &field)
{
    if (field == "status"_L1)
        return textOrNull(order.statusText.isEmpty() ? statusToApi(order.status)
                                                     : order.statusText);
    if (field == "priority"_L1)
        return textOrNull(order.priorityText.isEmpty() ? priorityToApi(order.priority)
                                                       : order.priorityText);
    if (field == "work_order_type"_L1)
        return textOrNull(order.workOrderType);
    if (field == "description"_L1)
        return textOrNull(order.description);
    if (field == "contact_id"_L1)
        return order.contact ? textOrNull(order.contact->id) : QJsonValue(QJsonValue::Null);
    if (field == "technician_id"_L1)
        return order.technician ? textOrNull(order.technician->id) : QJsonValue(QJsonValue::Null);
    if (field == "scheduled_date"_L1)
        return codec::encodeDateTime(order.scheduledDate);
    if (field == "estimated_duration"_L1)
        return order.estimatedDuration ? QJsonValue(*order.estimatedDuration)
                                       : QJsonValue(QJsonValue::Null);
    if (field == "notes"_L1)
        return textOrNull(order.notes);
    if (field == "customer_id"_L1)
        return textOrNull(order.customer.id);
    return QJsonValue(QJsonValue::Null);
}

QJsonObject OrderFields::wireValues(const WorkOrder &order, const QStringList &fields)
{
    QJsonObject values;
    for (const QString &field : fields)
        values.insert(field, wireValue(order, field));
    return values;
}

bool OrderFields::sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    if (field == "scheduled_date"_L1) {
        // Whole seconds: the codec drops milliseconds when it encodes.
        const QDateTime x = codec::parseDateTime(a.toString());
        const QDateTime y = codec::parseDateTime(b.toString());
        return x.isValid() && y.isValid() && x.toSecsSinceEpoch() == y.toSecsSinceEpoch();
    }
    if (a.isDouble() || b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QString OrderFields::label(const QString &field)
{
    if (field == "status"_L1)
        return tr("Status");
    if (field == "priority"_L1)
        return tr("Priority");
    if (field == "work_order_type"_L1)
        return tr("Type");
    if (field == "description"_L1)
        return tr("Description");
    if (field == "contact_id"_L1)
        return tr("Contact");
    if (field == "technician_id"_L1)
        return tr("Technician");
    if (field == "scheduled_date"_L1)
        return tr("Scheduled");
    if (field == "estimated_duration"_L1)
        return tr("Estimated duration");
    if (field == "notes"_L1)
        return tr("Notes");
    if (field == "customer_id"_L1)
        return tr("Customer");
    return field;
}

QString OrderFields::displayValue(const QString &field, const QJsonValue &value)
{
    if (isEmptyValue(value))
        return tr("(none)");
    if (field == "status"_L1) {
        const auto status = statusFromApi(value.toString());
        return status ? statusDisplayName(*status) : value.toString();
    }
    if (field == "priority"_L1) {
        const auto priority = priorityFromApi(value.toString());
        return priority ? priorityDisplayName(*priority) : value.toString();
    }
    if (field == "scheduled_date"_L1) {
        const QDateTime when = codec::parseDateTime(value.toString());
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                              : value.toString();
    }
    if (field == "estimated_duration"_L1)
        return WorkOrderColumns::formatDuration(value.toInt());
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return value.toString();
}

} // namespace fentu
