#pragma once

#include "domain/priority.h"
#include "domain/status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace fentu {

/// The body of a partial `PUT /work-orders/{id}`: only the fields set here are sent.
/// Clearing an optional field (empty id, invalid date, nullopt duration, empty notes) sends null.
/// The last call for a field wins.
class WorkOrderPatch
{
public:
    /// Status::Unknown has no wire name: it takes the field out of the patch (no change).
    void setStatus(Status status);
    /// Priority::Unknown takes the field out of the patch, as for status.
    void setPriority(Priority priority);
    void setDescription(const QString &description);
    void setWorkOrderType(const QString &type);
    void setTechnicianId(const QString &technicianId);
    void setContactId(const QString &contactId);
    /// Moves the order to another customer (required: an empty id takes the field out).
    void setCustomerId(const QString &customerId);
    void setScheduledDate(const QDateTime &scheduled);
    void setEstimatedDuration(std::optional<int> minutes);
    void setNotes(const QString &notes);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QJsonObject &toJson() const { return m_fields; }
    /// The fields the patch sets, in PUT-body names.
    QStringList fields() const { return m_fields.keys(); }

    /// A PUT body read back (the outbox keeps patches as their bodies): every field this type
    /// can set, customer and cleared (null) fields included; unknown keys are dropped.
    static WorkOrderPatch fromJson(const QJsonObject &body);

    friend bool operator==(const WorkOrderPatch &a, const WorkOrderPatch &b)
    {
        return a.m_fields == b.m_fields;
    }

private:
    QJsonObject m_fields;
};

} // namespace fentu
