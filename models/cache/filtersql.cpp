#include "cache/filtersql.h"

#include "cache/searchmatch.h"
#include "domain/status.h"
#include "filter/workorderfilter.h"

#include <QDateTime>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

FilterSql FilterSql::fromQuery(const WorkOrderQuery &query)
{
    FilterSql sql;
    // Unknown has no wire name: like the API query, it means no status filter.
    if (query.status && *query.status != Status::Unknown)
        sql.status = statusToApi(*query.status);
    sql.customerId = query.customerId;
    sql.technicianId = query.technicianId;
    // The UTC date of scheduled is within [from, to] exactly when the instant is within
    // [from 00:00Z, to+1 00:00Z). As a range on list_key the order index serves it, and the
    // unscheduled key (INT64_MAX) is excluded because every bound is below it.
    std::optional<qint64> from;
    std::optional<qint64> until;
    if (query.fromDate.isValid())
        from = startOfUtcDay(query.fromDate);
    if (query.toDate.isValid())
        until = startOfUtcDay(query.toDate.addDays(1));
    else if (query.fromDate.isValid())
        until = kUnscheduledKey;
    sql.narrowKeys(from, until);
    return sql;
}

FilterSql FilterSql::fromFilter(const WorkOrderFilter &filter)
{
    // Through toQuery(): the cache sees exactly the parameters the server would be sent.
    return fromQuery(filter.toQuery(1, 1));
}

FilterSql FilterSql::withSearch(const QString &text) const
{
    FilterSql sql = *this;
    const QString match = SearchMatch::expression(text);
    if (!match.isEmpty())
        sql.searchMatch = match;
    return sql;
}

FilterSql FilterSql::withLocalPart(const WorkOrderFilter &filter) const
{
    FilterSql sql = *this;
    if (filter.hideClosed) {
        for (const Status closed : {Status::Completed, Status::Cancelled}) {
            if (!sql.excludedStatuses.contains(statusToApi(closed)))
                sql.excludedStatuses << statusToApi(closed);
        }
    }
    // The same bounds as WorkOrderFilter::matchesLocally(): the local days' first instant and
    // the first instant after them. An unscheduled order has list_key INT64_MAX: above both.
    std::optional<qint64> from;
    std::optional<qint64> until;
    if (filter.fromDate.isValid())
        from = filter.scheduledFrom().toMSecsSinceEpoch();
    if (filter.toDate.isValid())
        until = filter.scheduledUntil().toMSecsSinceEpoch();
    sql.narrowKeys(from, until);
    return sql;
}

FilterSql FilterSql::waitingOrders(const std::optional<Status> &status, const QString &customerId)
{
    FilterSql sql;
    sql.keyFrom = kUnscheduledKey; // list_key = INT64_MAX is "unscheduled"
    sql.unassignedOnly = true;
    sql.excludedStatuses << statusToApi(Status::Completed) << statusToApi(Status::Cancelled);
    if (status && *status != Status::Unknown)
        sql.status = statusToApi(*status);
    sql.customerId = customerId;
    return sql;
}

void FilterSql::narrowKeys(std::optional<qint64> from, std::optional<qint64> until)
{
    if (from)
        keyFrom = keyFrom ? std::max(*keyFrom, *from) : *from;
    if (until)
        keyUntil = keyUntil ? std::min(*keyUntil, *until) : *until;
}

QString FilterSql::where() const
{
    QStringList terms;
    if (status)
        terms << u"status = ?"_s;
    if (!customerId.isEmpty())
        terms << u"customer_id = ?"_s;
    if (!technicianId.isEmpty())
        terms << u"technician_id = ?"_s;
    if (unassignedOnly)
        terms << u"(technician_id IS NULL OR technician_id = '')"_s;
    if (!excludedStatuses.isEmpty()) {
        QStringList marks(excludedStatuses.size(), u"?"_s);
        // An order without a status is not closed: shown, as WorkOrderFilter shows it (and as
        // the search's facets do). NOT IN alone would drop it (NULL is neither in nor out).
        terms << u"(status IS NULL OR status NOT IN (%1))"_s.arg(marks.join(u", "_s));
    }
    // As a range on list_key the order index serves the dates; "unscheduled" (nothing is
    // above its key) as the equality it is, which the planner reads off the index too.
    if (keyFrom)
        terms << (*keyFrom == kUnscheduledKey ? u"list_key = ?"_s : u"list_key >= ?"_s);
    if (keyUntil)
        terms << u"list_key < ?"_s;
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s) + u' ';
}

QVariantList FilterSql::values() const
{
    QVariantList values;
    if (status)
        values << *status;
    if (!customerId.isEmpty())
        values << customerId;
    if (!technicianId.isEmpty())
        values << technicianId;
    for (const QString &excluded : excludedStatuses)
        values << excluded;
    if (keyFrom)
        values << *keyFrom;
    if (keyUntil)
        values << *keyUntil;
    return values;
}

qint64 FilterSql::startOfUtcDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace fentu
