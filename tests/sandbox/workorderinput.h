#pragma once

#include "fielderror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fentu::sandbox {

/// One field of a create or update body: absent, null (clear it), or a value.
template <typename T> struct Change
{
    bool present = false;
    std::optional<T> value; // present without a value means null

    bool isNull() const { return present && !value; }
    void set(std::optional<T> newValue)
    {
        present = true;
        value = std::move(newValue);
    }
};

/// The fields of a POST or PUT body, checked for JSON types and formats (not yet for whether
/// the customer, contact or technician exist: the store knows that).
struct WorkOrderInput
{
    Change<QString> customerId;
    Change<QString> contactId;
    Change<QString> technicianId;
    Change<QString> workOrderType;
    Change<QString> priority;
    Change<QString> description;
    Change<QString> notes;
    Change<QString> status;
    Change<QString> scheduledDate; // normalised to timestamps::format()
    Change<int> estimatedDuration; // minutes

    /// Reads the known fields of `body`; unknown fields are ignored. Every problem found
    /// (wrong type, unknown priority or status, bad date, bad duration, null where a value
    /// is required) is added to `errors`.
    static WorkOrderInput fromJson(const QJsonObject &body, FieldErrors *errors);
};

} // namespace fentu::sandbox
