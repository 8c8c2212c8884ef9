#pragma once

#include "domain/workorder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace fentu {

/// The editable fields of a work order in the terms of a PUT body ("technician_id",
/// "scheduled_date"...): reading them off an order, naming them and showing their values.
/// What conflicts compare and what the conflict dialog shows.
class OrderFields
{
    Q_DECLARE_TR_FUNCTIONS(fentu::OrderFields)
public:
    /// Every field a WorkOrderPatch can carry, in form order.
    static QStringList editable();
    /// The order's value of `field` as a PUT body would carry it (null when not set).
    static QJsonValue wireValue(const WorkOrder &order, const QString &field);
    /// wireValue() for each of `fields`.
    static QJsonObject wireValues(const WorkOrder &order, const QStringList &fields);
    /// Two wire values mean the same ("2024-01-27T09:00:00.000Z" equals "...09:00:00Z";
    /// null equals an empty string).
    static bool sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b);
    /// The translated field name: "Technician".
    static QString label(const QString &field);
    /// A value as a person reads it: "In progress", "1 h 30 min", "(none)".
    static QString displayValue(const QString &field, const QJsonValue &value);
};

} // namespace fentu
