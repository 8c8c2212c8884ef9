#include "cache/pendingchange.h"

#include "cache/workorderjson.h"
#include "domain/codec.h"

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The key of the order's JSON that holds a PUT body field.
QString jsonKeyOf(const QString &field)
{
    if (field == "technician_id"_L1)
        return u"technician"_s;
    if (field == "contact_id"_L1)
        return u"contact"_s;
    if (field == "customer_id"_L1)
        return u"customer"_s;
    return field;
}

std::optional<Technician> technicianFor(const QString &id, const WorkOrder &order,
                                        const NameBook &names)
{
    if (id.isEmpty())
        return std::nullopt;
    if (order.technician && order.technician->id == id)
        return order.technician;
    return Technician{id, names.technicians.value(id, id), true};
}

std::optional<Contact> contactFor(const QString &id, const WorkOrder &order, const NameBook &names)
{
    if (id.isEmpty())
        return std::nullopt;
    if (order.contact && order.contact->id == id)
        return order.contact;
    return Contact{id, names.contacts.value(id, id), {}, {}};
}

} // namespace

WorkOrder PendingChange::applied(const WorkOrder &order, const QJsonObject &patch,
                                 const NameBook &names)
{
    WorkOrder result = order;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue value = it.value();
        if (field == "status"_L1) {
            result.statusText = value.toString();
            result.status = statusFromApi(result.statusText).value_or(Status::Unknown);
        } else if (field == "priority"_L1) {
            result.priorityText = value.toString();
            result.priority = priorityFromApi(result.priorityText).value_or(Priority::Unknown);
        } else if (field == "description"_L1) {
            result.description = value.toString();
        } else if (field == "notes"_L1) {
            result.notes = value.toString();
        } else if (field == "work_order_type"_L1) {
            result.workOrderType = value.toString();
        } else if (field == "technician_id"_L1) {
            result.technician = technicianFor(value.toString(), order, names);
        } else if (field == "contact_id"_L1) {
            result.contact = contactFor(value.toString(), order, names);
        } else if (field == "customer_id"_L1 && value.toString() != order.customer.id) {
            const QString id = value.toString();
            result.customer = Customer{id, names.customers.value(id, id), {}, {}};
        } else if (field == "scheduled_date"_L1) {
            result.scheduledDate = codec::parseDateTime(value.toString());
        } else if (field == "estimated_duration"_L1) {
            result.estimatedDuration =
                value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
        }
    }
    if (!order.raw.isEmpty()) {
        // Rebuild only the changed keys from the fields; the rest of the server's JSON,
        // unknown fields included, stays as it came.
        WorkOrder plain = result;
        plain.raw = {};
        const QJsonObject rebuilt = workorderjson::forDetail(plain);
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            const QString key = jsonKeyOf(it.key());
            if (rebuilt.contains(key))
                result.raw.insert(key, rebuilt.value(key));
        }
    }
    return result;
}

WorkOrder PendingChange::created(const NewWorkOrder &order, const QString &localId,
                                 const QString &number, const NameBook &names, const QDateTime &now)
{
    WorkOrder result;
    result.id = localId;
    result.number = number;
    result.status = order.draft ? Status::Draft : Status::Open;
    result.statusText = statusToApi(result.status);
    result.priority = order.priority;
    result.priorityText = priorityToApi(order.priority);
    result.customer.id = order.customerId;
    result.customer.name = names.customers.value(order.customerId, order.customerId);
    if (!order.technicianId.isEmpty())
        result.technician =
            Technician{order.technicianId,
                       names.technicians.value(order.technicianId, order.technicianId), true};
    if (!order.contactId.isEmpty())
        result.contact = Contact{
            order.contactId, names.contacts.value(order.contactId, order.contactId), {}, {}};
    result.scheduledDate = order.scheduledDate;
    result.estimatedDuration = order.estimatedDuration;
    result.workOrderType = order.workOrderType;
    result.description = order.description;
    result.notes = order.notes;
    result.createdAt = now.toUTC();
    return result;
}

bool PendingChange::touchesDetail(const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (isDetailField(it.key()))
            return true;
    }
    return false;
}

bool PendingChange::isDetailField(const QString &field)
{
    return field == "description"_L1 || field == "notes"_L1 || field == "contact_id"_L1;
}

} // namespace fentu
