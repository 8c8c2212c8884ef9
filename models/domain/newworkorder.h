#pragma once

#include "domain/priority.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fentu {

/// The body of `POST /work-orders`. Empty strings and invalid dates are left out of the JSON.
struct NewWorkOrder
{
    QString customerId; // required by the server
    QString contactId;
    QString workOrderType;
    Priority priority = Priority::Medium;
    QString description;
    QDateTime scheduledDate;              // sent as UTC ISO 8601 with Z
    std::optional<int> estimatedDuration; // minutes
    QString technicianId;
    QString notes;
    bool draft = false; // sends "status":"draft"
};

} // namespace fentu
