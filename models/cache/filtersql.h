#pragma once

#include "api/workorderquery.h"
#include "domain/status.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <limits>

namespace fentu {

class WorkOrderFilter;

/// The server part of a work order filter (status, customer, technician, from/to on the UTC
/// date of scheduled_date) as a SQL WHERE clause over work_orders, with bound parameters only.
/// It must select exactly what the server selects: see assumptions.md, "Semantics".
struct FilterSql
{
    QString where;       // "" or " WHERE ... " with '?' placeholders
    QVariantList values; // one per placeholder, in order

    static FilterSql fromQuery(const WorkOrderQuery &query);
    /// Only the server part; quickSearch and hideClosed are the table model's, over rows held.
    static FilterSql fromFilter(const WorkOrderFilter &filter);
    /// This filter narrowed to the orders whose search text matches `text` (SearchMatch);
    /// unchanged when `text` holds no word to look for.
    FilterSql withSearch(const QString &text) const;
    /// This filter narrowed by the local part of `filter` as the table applies it over the rows
    /// (hideClosed, and the exact local-day bounds inside the UTC dates the query asks for):
    /// with fromFilter(), exactly the orders the table shows for `filter` (quickSearch aside).
    FilterSql withLocalPart(const WorkOrderFilter &filter) const;

    /// Orders waiting for a date and a technician: unscheduled, unassigned, not completed or
    /// cancelled (the schedule board's "Not scheduled" list; the server has no such filter).
    /// `status` and `customerId` narrow it as the window's filter does.
    static FilterSql waitingOrders(const std::optional<Status> &status = std::nullopt,
                                   const QString &customerId = {});

    /// The list_key of an order scheduled at the start of `date` (UTC), in epoch ms.
    static qint64 startOfUtcDay(QDate date);
    /// list_key of unscheduled orders: after every real date, so they sort last.
    static constexpr qint64 kUnscheduledKey = std::numeric_limits<qint64>::max();
};

} // namespace fentu
