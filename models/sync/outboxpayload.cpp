#include "sync/outboxpayload.h"

#include "domain/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fentu::outboxpayload {

QJsonObject forUpdate(const QJsonObject &patch, const QJsonObject &baseValues)
{
    QJsonObject payload = patch;
    if (!baseValues.isEmpty())
        payload.insert(kBaseKey, baseValues);
    return payload;
}

QJsonObject body(const QJsonObject &payload)
{
    QJsonObject result = payload;
    result.remove(kBaseKey);
    result.remove(kRefusalKey);
    return result;
}

QJsonObject baseValues(const QJsonObject &payload)
{
    return payload.value(kBaseKey).toObject();
}

QJsonObject withRefusal(const QJsonObject &payload, const QList<FieldError> &details)
{
    QJsonObject result = payload;
    // An array, not an object: one field may be refused twice, and the order is the server's.
    QJsonArray kept;
    for (const FieldError &detail : details)
        kept.append(QJsonObject{{u"field"_s, detail.field}, {u"message"_s, detail.message}});
    if (kept.isEmpty())
        result.remove(kRefusalKey);
    else
        result.insert(kRefusalKey, kept);
    return result;
}

QList<FieldError> refusal(const QJsonObject &payload)
{
    QList<FieldError> details;
    const QJsonArray kept = payload.value(kRefusalKey).toArray();
    for (const QJsonValue &value : kept)
        details.append({value[u"field"_s].toString(), value[u"message"_s].toString()});
    return details;
}

WorkOrderPatch patchFrom(const QJsonObject &body)
{
    WorkOrderPatch patch;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == "status"_L1)
            patch.setStatus(statusFromApi(value.toString()).value_or(Status::Unknown));
        else if (key == "priority"_L1)
            patch.setPriority(priorityFromApi(value.toString()).value_or(Priority::Unknown));
        else if (key == "description"_L1)
            patch.setDescription(value.toString());
        else if (key == "work_order_type"_L1)
            patch.setWorkOrderType(value.toString());
        else if (key == "technician_id"_L1)
            patch.setTechnicianId(value.toString());
        else if (key == "contact_id"_L1)
            patch.setContactId(value.toString());
        else if (key == "scheduled_date"_L1)
            patch.setScheduledDate(codec::parseDateTime(value.toString()));
        else if (key == "estimated_duration"_L1)
            patch.setEstimatedDuration(value.isDouble() ? std::optional<int>(value.toInt())
                                                        : std::nullopt);
        else if (key == "notes"_L1)
            patch.setNotes(value.toString());
    }
    return patch;
}

std::optional<NewWorkOrder> newOrderFrom(const QJsonObject &body)
{
    NewWorkOrder order;
    order.customerId = body.value("customer_id"_L1).toString();
    if (order.customerId.isEmpty())
        return std::nullopt;
    order.contactId = body.value("contact_id"_L1).toString();
    order.workOrderType = body.value("work_order_type"_L1).toString();
    order.priority =
        priorityFromApi(body.value("priority"_L1).toString()).value_or(Priority::Unknown);
    order.description = body.value("description"_L1).toString();
    order.scheduledDate = codec::parseDateTime(body.value("scheduled_date"_L1).toString());
    if (body.value("estimated_duration"_L1).isDouble())
        order.estimatedDuration = body.value("estimated_duration"_L1).toInt();
    order.technicianId = body.value("technician_id"_L1).toString();
    order.notes = body.value("notes"_L1).toString();
    order.draft = body.value("status"_L1).toString() == statusToApi(Status::Draft);
    return order;
}

} // namespace fentu::outboxpayload
