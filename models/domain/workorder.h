#pragma once

#include "domain/customer.h"
#include "domain/priority.h"
#include "domain/status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fentu {

/// A read-only task of a work order, as the server lists it.
struct Task
{
    QString id;
    QString name;
    QString status; // free text: the reference shows "pending" and documents nothing else
    friend bool operator==(const Task &, const Task &) = default;
};

/// A row of the work order list: what `GET /work-orders` returns for each order.
/// Only `id` is required; every other field may be missing on a real server.
struct WorkOrderSummary
{
    QString id;
    QString number; // work_order_number, e.g. "WO-2024-001"
    Status status = Status::Unknown;
    QString statusText; // the wire value, kept so an unknown status can still be shown
    Priority priority = Priority::Unknown;
    QString priorityText;
    Customer customer; // id and name; address when the server sends it
    std::optional<Technician> technician;
    QDateTime scheduledDate;              // UTC; invalid when unscheduled
    std::optional<int> estimatedDuration; // minutes
    QString workOrderType;
    QDateTime createdAt; // UTC; invalid when missing
    QDateTime updatedAt; // UTC; invalid when missing
    /// The object exactly as received, unknown fields included, for the cache.
    QJsonObject raw;
};

/// The full order of `GET /work-orders/{id}`.
struct WorkOrder : WorkOrderSummary
{
    QString description;
    QString notes;
    std::optional<Contact> contact;
    QList<Task> tasks;
};

} // namespace fentu
