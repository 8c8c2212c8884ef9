#pragma once

#include "api/workorderquery.h"
#include "domain/status.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <limits>
#include <optional>

namespace fentu {

class WorkOrderFilter;

/// Which cached orders a page or a count selects, as terms over work_orders: the server part of
/// a work order filter (status, customer, technician, from/to on the UTC date of
/// scheduled_date), optionally narrowed by the table's local part and by a search. It must
/// select exactly what the server selects: see assumptions.md, "Semantics".
///
/// The terms are kept apart (not only as SQL text) because they are rendered two ways: as a
/// WHERE clause over work_orders (where(), values()), and, for a search, as terms of the search
/// index itself (SearchSql), which is what keeps a search fast at 200,000 orders.
struct FilterSql
{
    std::optional<QString> status; // the server's name of the one status wanted
    QString customerId;            // "" = any
    QString technicianId;          // "" = any
    bool unassignedOnly = false;   // technician_id NULL or ''
    QStringList excludedStatuses;  // the server's names
    std::optional<qint64> keyFrom; // list_key >= keyFrom
    std::optional<qint64> keyUntil; // list_key < keyUntil
    QString searchMatch; // the search as an FTS5 expression (SearchMatch); "" = no search

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

    bool isSearch() const { return !searchMatch.isEmpty(); }
    /// Every term but the search, as " WHERE … " over work_orders (or ""), with '?' for each of
    /// values(), in order. Column names are unqualified.
    QString where() const;
    QVariantList values() const;

    /// The list_key of an order scheduled at the start of `date` (UTC), in epoch ms.
    static qint64 startOfUtcDay(QDate date);
    /// list_key of unscheduled orders: after every real date, so they sort last.
    static constexpr qint64 kUnscheduledKey = std::numeric_limits<qint64>::max();

    /// Narrows the list_key range (the tighter bound of each side wins).
    void narrowKeys(std::optional<qint64> from, std::optional<qint64> until);
};

} // namespace fentu
