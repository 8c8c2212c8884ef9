#pragma once

#include <QString>

#include <optional>

namespace fentu::sandbox {

/// One row of the work_orders table, as the seeder and POST write it.
struct OrderRecord
{
    QString id;
    QString number;
    QString status;
    QString priority;
    QString workOrderType;
    QString description;
    std::optional<QString> notes;
    QString customerId;
    std::optional<QString> contactId;
    std::optional<QString> technicianId;
    std::optional<QString> scheduledDate; // timestamps::format()
    std::optional<int> estimatedDuration;
    QString createdAt;
    QString updatedAt;
};

} // namespace fentu::sandbox
