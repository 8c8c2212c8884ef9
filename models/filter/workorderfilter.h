#pragma once

#include "api/workorderquery.h"
#include "domain/status.h"
#include "domain/workorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace fentu {

/// What the dispatcher asked to see: one value that becomes API query parameters (and, for the
/// offline cache, SQL). quickSearch and hideClosed are applied over the rows held, never sent.
/// A status of Status::Unknown is treated as "any status" (it has no wire name to send).
/// fromDate/toDate are the user's own calendar days (local time). The API filters on UTC dates
/// only, so the query asks for every UTC date the local days touch, and the exact local bounds
/// are part of the local filter: online and offline select the same superset, then the same rows.
class WorkOrderFilter
{
    Q_DECLARE_TR_FUNCTIONS(fentu::WorkOrderFilter)
public:
    std::optional<Status> status;
    QString customerId;
    QString customerName; // for the summary line only
    QString technicianId;
    QString technicianName;  // for the summary line only
    QDate fromDate;          // inclusive, a local day: scheduled_date in local time
    QDate toDate;            // inclusive, a local day
    bool hideClosed = false; // local: drop completed and cancelled (the "overdue" quick pick)
    QString quickSearch;     // local: free text over number, customer, technician, type

    bool isEmpty() const;
    /// The API query for `page` of this filter.
    WorkOrderQuery toQuery(int page, int perPage) const;
    /// The local part: true when `order` passes hideClosed, quickSearch and, when dates are set,
    /// is scheduled within the local days (the query's UTC dates may reach a day beyond them).
    bool matchesLocally(const WorkOrderSummary &order) const;
    /// The first instant of fromDate in local time; invalid when there is no lower bound.
    QDateTime scheduledFrom() const;
    /// The first instant after toDate in local time (exclusive); invalid without an upper bound.
    QDateTime scheduledUntil() const;
    /// The server part only (status, customer, technician, dates), as assumptions.md says the
    /// server applies it: what decides whether an order belongs in the model's rows at all.
    bool matchesServer(const WorkOrderSummary &order) const;
    /// The whole filter, server part included, applied to one order (used to place new orders).
    bool matches(const WorkOrderSummary &order) const;
    /// "Status: Open · Customer: Acme Corp · Scheduled 12/1/26 – 12/7/26", or "All work orders".
    QString summary() const;
    /// As summary(), with dates formatted for `locale`.
    QString summary(const QLocale &locale) const;

    QVariantMap toVariantMap() const;
    static WorkOrderFilter fromVariantMap(const QVariantMap &map);

    /// Quick picks for the scheduled date range, relative to `today`.
    static WorkOrderFilter today(QDate today);
    static WorkOrderFilter thisWeek(QDate today);  // Monday..Sunday
    static WorkOrderFilter next7Days(QDate today); // today..today+6
    static WorkOrderFilter overdue(QDate today);   // ..yesterday, hideClosed

    friend bool operator==(const WorkOrderFilter &, const WorkOrderFilter &) = default;
};

} // namespace fentu
