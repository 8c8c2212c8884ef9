#include "domain/workorderpatch.h"

#include "domain/codec.h"

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The server clears an optional field on null (assumptions.md, "PUT is a partial update");
// an empty string could be taken as an id or a note of its own.
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

void WorkOrderPatch::setStatus(Status status)
{
    if (status == Status::Unknown)
        m_fields.remove("status"_L1);
    else
        m_fields.insert("status"_L1, statusToApi(status));
}

void WorkOrderPatch::setPriority(Priority priority)
{
    if (priority == Priority::Unknown)
        m_fields.remove("priority"_L1);
    else
        m_fields.insert("priority"_L1, priorityToApi(priority));
}

void WorkOrderPatch::setDescription(const QString &description)
{
    m_fields.insert("description"_L1, description);
}

void WorkOrderPatch::setWorkOrderType(const QString &type)
{
    m_fields.insert("work_order_type"_L1, type);
}

void WorkOrderPatch::setTechnicianId(const QString &technicianId)
{
    m_fields.insert("technician_id"_L1, textOrNull(technicianId));
}

void WorkOrderPatch::setContactId(const QString &contactId)
{
    m_fields.insert("contact_id"_L1, textOrNull(contactId));
}

void WorkOrderPatch::setCustomerId(const QString &customerId)
{
    // customer_id may not be null on the server: an empty id means "no change".
    if (customerId.isEmpty())
        m_fields.remove("customer_id"_L1);
    else
        m_fields.insert("customer_id"_L1, customerId);
}

void WorkOrderPatch::setScheduledDate(const QDateTime &scheduled)
{
    m_fields.insert("scheduled_date"_L1, codec::encodeDateTime(scheduled)); // null if invalid
}

void WorkOrderPatch::setEstimatedDuration(std::optional<int> minutes)
{
    m_fields.insert("estimated_duration"_L1,
                    minutes ? QJsonValue(*minutes) : QJsonValue(QJsonValue::Null));
}

void WorkOrderPatch::setNotes(const QString &notes)
{
    m_fields.insert("notes"_L1, textOrNull(notes));
}

WorkOrderPatch WorkOrderPatch::fromJson(const QJsonObject &body)
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
        else if (key == "customer_id"_L1)
            patch.setCustomerId(value.toString());
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

} // namespace fentu
