#pragma once

#include "domain/newworkorder.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fentu {

/// Names the cache knows for ids, so a row changed offline shows "Jane Doe" rather than an id.
struct NameBook
{
    QHash<QString, QString> customers;
    QHash<QString, QString> technicians;
    QHash<QString, QString> contacts;
};

/// The cache row of an order with an unsent edit applied: what the user sees (marked pending)
/// until the server has the edit. Pure functions.
class PendingChange
{
public:
    /// `order` with the PUT body `patch` applied to its fields and to its raw JSON (unknown
    /// fields of the server's JSON are kept).
    static WorkOrder applied(const WorkOrder &order, const QJsonObject &patch,
                             const NameBook &names);
    /// The local stand-in for an order created offline: id "local-<uuid>", number "NEW-<n>".
    static WorkOrder created(const NewWorkOrder &order, const QString &localId,
                             const QString &number, const NameBook &names, const QDateTime &now);
    /// True when `patch` sets fields only a detail row holds (description, notes, contact).
    static bool touchesDetail(const QJsonObject &patch);
    /// True for the PUT fields only a detail row holds.
    static bool isDetailField(const QString &field);
};

} // namespace fentu
