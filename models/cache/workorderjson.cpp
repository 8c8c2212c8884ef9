#include "cache/workorderjson.h"

#include "domain/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fentu::workorderjson {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject encodeSummaryFields(const WorkOrderSummary &order)
{
    QJsonObject json;
    json[u"id"_s] = order.id;
    json[u"work_order_number"_s] = textOrNull(order.number);
    json[u"status"_s] =
        textOrNull(order.statusText.isEmpty() ? statusToApi(order.status) : order.statusText);
    json[u"priority"_s] = textOrNull(order.priorityText.isEmpty() ? priorityToApi(order.priority)
                                                                  : order.priorityText);
    if (!order.customer.id.isEmpty()) {
        QJsonObject customer{{u"id"_s, order.customer.id}, {u"name"_s, order.customer.name}};
        if (!order.customer.address.isEmpty())
            customer[u"address"_s] = order.customer.address;
        json[u"customer"_s] = customer;
    }
    json[u"technician"_s] = order.technician
                                ? QJsonValue(QJsonObject{{u"id"_s, order.technician->id},
                                                         {u"name"_s, order.technician->name}})
                                : QJsonValue(QJsonValue::Null);
    json[u"scheduled_date"_s] = codec::encodeDateTime(order.scheduledDate);
    json[u"estimated_duration"_s] =
        order.estimatedDuration ? QJsonValue(*order.estimatedDuration) : QJsonValue();
    json[u"work_order_type"_s] = textOrNull(order.workOrderType);
    json[u"created_at"_s] = codec::encodeDateTime(order.createdAt);
    json[u"updated_at"_s] = codec::encodeDateTime(order.updatedAt);
    return json;
}

} // namespace

QJsonObject forSummary(const WorkOrderSummary &order)
{
    return order.raw.isEmpty() ? encodeSummaryFields(order) : order.raw;
}

QJsonObject forDetail(const WorkOrder &order)
{
    if (!order.raw.isEmpty())
        return order.raw;
    QJsonObject json = encodeSummaryFields(order);
    json[u"description"_s] = textOrNull(order.description);
    json[u"notes"_s] = textOrNull(order.notes);
    if (order.contact) {
        json[u"contact"_s] = QJsonObject{{u"id"_s, order.contact->id},
                                         {u"name"_s, order.contact->name},
                                         {u"phone"_s, textOrNull(order.contact->phone)},
                                         {u"email"_s, textOrNull(order.contact->email)}};
    } else {
        json[u"contact"_s] = QJsonValue(QJsonValue::Null);
    }
    QJsonArray tasks;
    for (const Task &task : order.tasks)
        tasks.append(
            QJsonObject{{u"id"_s, task.id}, {u"name"_s, task.name}, {u"status"_s, task.status}});
    json[u"tasks"_s] = tasks;
    return json;
}

} // namespace fentu::workorderjson
