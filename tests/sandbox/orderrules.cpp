#include "orderrules.h"

#include "directorystore.h"
#include "vocabulary.h"
#include "workorderstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

bool reported(const FieldErrors &errors, const QString &field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&field](const FieldError &error) { return error.field == field; });
}

} // namespace

OrderRules::OrderRules(const DirectoryStore &directory) : m_directory(directory) {}

void OrderRules::checkCreate(const WorkOrderInput &input, FieldErrors *errors) const
{
    const QString customerField = u"customer_id"_s;
    bool customerKnown = false;
    if (!reported(*errors, customerField)) {
        if (!input.customerId.value)
            errors->append({customerField, u"is required"_s});
        else if (!(customerKnown = m_directory.customerExists(*input.customerId.value)))
            errors->append({customerField, u"Customer not found"_s});
    }
    if (input.contactId.value && !reported(*errors, u"contact_id"_s)) {
        checkContact(*input.contactId.value, input.customerId.value.value_or(QString()),
                     customerKnown, errors);
    }
    checkTechnician(input, errors);

    const QString status = input.status.value.value_or(u"open"_s);
    if (!reported(*errors, u"status"_s) && status != u"open"_s && status != u"draft"_s)
        errors->append({u"status"_s, u"A new work order starts as draft or open"_s});
}

void OrderRules::checkUpdate(const WorkOrderInput &input, const OrderState &current,
                             FieldErrors *errors) const
{
    bool customerKnown = true;
    const QString customerId = input.customerId.value.value_or(current.customerId);
    if (input.customerId.value && !reported(*errors, u"customer_id"_s) &&
        !(customerKnown = m_directory.customerExists(customerId))) {
        errors->append({u"customer_id"_s, u"Customer not found"_s});
    }
    // A contact must belong to the customer, also when only the customer changes.
    const std::optional<QString> contactId =
        input.contactId.present ? input.contactId.value : current.contactId;
    const bool contactTouched = input.contactId.present || input.customerId.value;
    if (contactId && contactTouched && !reported(*errors, u"contact_id"_s))
        checkContact(*contactId, customerId, customerKnown, errors);
    checkTechnician(input, errors);

    if (reported(*errors, u"status"_s))
        return;
    const QString status = input.status.value.value_or(current.status);
    if (status != current.status && vocabulary::isFinal(current.status)) {
        errors->append(
            {u"status"_s, u"A %1 work order cannot change status"_s.arg(current.status)});
        return;
    }
    const std::optional<QString> technicianId =
        input.technicianId.present ? input.technicianId.value : current.technicianId;
    if (vocabulary::needsTechnician(status) && !technicianId) {
        errors->append(
            {u"status"_s, u"A work order cannot be %1 without a technician"_s.arg(status)});
    }
}

void OrderRules::checkTechnician(const WorkOrderInput &input, FieldErrors *errors) const
{
    if (input.technicianId.value && !reported(*errors, u"technician_id"_s) &&
        !m_directory.technicianExists(*input.technicianId.value)) {
        errors->append({u"technician_id"_s, u"Technician not found"_s});
    }
}

void OrderRules::checkContact(const QString &contactId, const QString &customerId,
                              bool customerKnown, FieldErrors *errors) const
{
    const auto owner = m_directory.customerOfContact(contactId);
    if (!owner)
        errors->append({u"contact_id"_s, u"Contact not found"_s});
    else if (customerKnown && *owner != customerId)
        errors->append(
            {u"contact_id"_s, u"Contact does not belong to customer %1"_s.arg(customerId)});
}

} // namespace fentu::sandbox
