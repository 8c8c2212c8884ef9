#include "cache/filtersql.h"

#include "cache/searchmatch.h"
#include "domain/status.h"
#include "filter/workorderfilter.h"

#include <QDateTime>
#include <QStringList>
#include <QTime>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

FilterSql build(const std::optional<Status> &status, const QString &customerId,
                const QString &technicianId, QDate fromDate, QDate toDate)
{
    QStringList terms;
    FilterSql sql;
    // Unknown has no wire name: like the API query, it means no status filter.
    if (status && *status != Status::Unknown) {
        terms << u"status = ?"_s;
        sql.values << statusToApi(*status);
    }
    if (!customerId.isEmpty()) {
        terms << u"customer_id = ?"_s;
        sql.values << customerId;
    }
    if (!technicianId.isEmpty()) {
        terms << u"technician_id = ?"_s;
        sql.values << technicianId;
    }
    // The UTC date of scheduled is within [from, to] exactly when the instant is within
    // [from 00:00Z, to+1 00:00Z). As a range on list_key the order index serves it, and the
    // unscheduled key (INT64_MAX) is excluded because every bound is below it.
    if (fromDate.isValid()) {
        terms << u"list_key >= ?"_s;
        sql.values << FilterSql::startOfUtcDay(fromDate);
    }
    if (toDate.isValid()) {
        terms << u"list_key < ?"_s;
        sql.values << FilterSql::startOfUtcDay(toDate.addDays(1));
    } else if (fromDate.isValid()) {
        terms << u"list_key < ?"_s;
        sql.values << FilterSql::kUnscheduledKey;
    }
    if (!terms.isEmpty())
        sql.where = u" WHERE "_s + terms.join(u" AND "_s) + u' ';
    return sql;
}

} // namespace

FilterSql FilterSql::fromQuery(const WorkOrderQuery &query)
{
    return build(query.status, query.customerId, query.technicianId, query.fromDate, query.toDate);
}

FilterSql FilterSql::withSearch(const QString &text) const
{
    const QString match = SearchMatch::expression(text);
    if (match.isEmpty())
        return *this;
    FilterSql sql = *this;
    const QString term =
        u"rowid IN (SELECT rowid FROM work_orders_search WHERE work_orders_search MATCH ?)"_s;
    const QString existing = where.trimmed(); // "" or "WHERE …"
    sql.where = existing.isEmpty() ? u" WHERE "_s + term + u' '
                                   : u' ' + existing + u" AND "_s + term + u' ';
    sql.values << match;
    return sql;
}

FilterSql FilterSql::withLocalPart(const WorkOrderFilter &filter) const
{
    QStringList terms;
    FilterSql sql = *this;
    if (filter.hideClosed) {
        terms << u"status NOT IN (?, ?)"_s;
        sql.values << statusToApi(Status::Completed) << statusToApi(Status::Cancelled);
    }
    // The same bounds as WorkOrderFilter::matchesLocally(): the local days' first instant and
    // the first instant after them. An unscheduled order has list_key INT64_MAX: above both.
    if (filter.fromDate.isValid()) {
        terms << u"list_key >= ?"_s;
        sql.values << filter.scheduledFrom().toMSecsSinceEpoch();
    }
    if (filter.toDate.isValid()) {
        terms << u"list_key < ?"_s;
        sql.values << filter.scheduledUntil().toMSecsSinceEpoch();
    }
    if (terms.isEmpty())
        return *this;
    const QString existing = where.trimmed();
    const QString added = terms.join(u" AND "_s);
    sql.where = existing.isEmpty() ? u" WHERE "_s + added + u' '
                                   : u' ' + existing + u" AND "_s + added + u' ';
    return sql;
}

FilterSql FilterSql::fromFilter(const WorkOrderFilter &filter)
{
    // Through toQuery(): the cache sees exactly the parameters the server would be sent.
    return fromQuery(filter.toQuery(1, 1));
}

FilterSql FilterSql::waitingOrders(const std::optional<Status> &status, const QString &customerId)
{
    // list_key = INT64_MAX is "unscheduled", and the order index serves it.
    FilterSql sql;
    sql.where = u" WHERE list_key = ? AND (technician_id IS NULL OR technician_id = '')"
                u" AND status NOT IN (?, ?)"_s;
    sql.values << FilterSql::kUnscheduledKey << statusToApi(Status::Completed)
               << statusToApi(Status::Cancelled);
    if (status && *status != Status::Unknown) {
        sql.where += u" AND status = ?"_s;
        sql.values << statusToApi(*status);
    }
    if (!customerId.isEmpty()) {
        sql.where += u" AND customer_id = ?"_s;
        sql.values << customerId;
    }
    sql.where += u' ';
    return sql;
}

qint64 FilterSql::startOfUtcDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace fentu
