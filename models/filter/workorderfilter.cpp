#include "filter/workorderfilter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Keys of toVariantMap(): part of the QSettings format, so never rename them.
constexpr auto kStatusKey = "status"_L1;
constexpr auto kCustomerIdKey = "customerId"_L1;
constexpr auto kCustomerNameKey = "customerName"_L1;
constexpr auto kTechnicianIdKey = "technicianId"_L1;
constexpr auto kTechnicianNameKey = "technicianName"_L1;
constexpr auto kFromDateKey = "fromDate"_L1;
constexpr auto kToDateKey = "toDate"_L1;
constexpr auto kHideClosedKey = "hideClosed"_L1;
constexpr auto kQuickSearchKey = "quickSearch"_L1;

// Unknown has no wire name, so it can only mean "no status filter".
std::optional<Status> effectiveStatus(const std::optional<Status> &status)
{
    if (status && *status != Status::Unknown)
        return status;
    return std::nullopt;
}

// What the table shows in the status column, so the quick search finds what the user sees.
QString statusText(const WorkOrderSummary &order)
{
    if (order.status == Status::Unknown && !order.statusText.isEmpty())
        return order.statusText;
    return statusDisplayName(order.status);
}

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

bool WorkOrderFilter::isEmpty() const
{
    return !effectiveStatus(status) && customerId.isEmpty() && technicianId.isEmpty() &&
           !fromDate.isValid() && !toDate.isValid() && !hideClosed &&
           quickSearch.trimmed().isEmpty();
}

WorkOrderQuery WorkOrderFilter::toQuery(int page, int perPage) const
{
    WorkOrderQuery query;
    query.page = page;
    query.perPage = perPage;
    query.status = effectiveStatus(status);
    query.customerId = customerId;
    query.technicianId = technicianId;
    // The UTC dates of the first and the last instant of the local days: east of Greenwich the
    // local day starts on the UTC day before, west of it it ends on the UTC day after.
    if (fromDate.isValid())
        query.fromDate = scheduledFrom().toUTC().date();
    if (toDate.isValid())
        query.toDate = scheduledUntil().toUTC().addMSecs(-1).date();
    return query;
}

QDateTime WorkOrderFilter::scheduledFrom() const
{
    // startOfDay(): a day whose midnight falls in a DST gap starts at its first valid time.
    return fromDate.isValid() ? fromDate.startOfDay(Qt::LocalTime) : QDateTime();
}

QDateTime WorkOrderFilter::scheduledUntil() const
{
    return toDate.isValid() ? toDate.addDays(1).startOfDay(Qt::LocalTime) : QDateTime();
}

bool WorkOrderFilter::matchesLocally(const WorkOrderSummary &order) const
{
    if (hideClosed && (order.status == Status::Completed || order.status == Status::Cancelled)) {
        return false;
    }
    if (fromDate.isValid() || toDate.isValid()) {
        if (!order.scheduledDate.isValid())
            return false;
        const qint64 at = order.scheduledDate.toMSecsSinceEpoch();
        if (fromDate.isValid() && at < scheduledFrom().toMSecsSinceEpoch())
            return false;
        if (toDate.isValid() && at >= scheduledUntil().toMSecsSinceEpoch())
            return false;
    }
    const QString needle = quickSearch.trimmed();
    if (needle.isEmpty())
        return true;
    return containsText(order.number, needle) || containsText(order.customer.name, needle) ||
           (order.technician && containsText(order.technician->name, needle)) ||
           containsText(order.workOrderType, needle) || containsText(statusText(order), needle);
}

bool WorkOrderFilter::matchesServer(const WorkOrderSummary &order) const
{
    if (const auto wanted = effectiveStatus(status); wanted && order.status != *wanted)
        return false;
    if (!customerId.isEmpty() && order.customer.id != customerId)
        return false;
    if (!technicianId.isEmpty() && (!order.technician || order.technician->id != technicianId))
        return false;
    if (fromDate.isValid() || toDate.isValid()) {
        // The server compares the UTC date part with the dates sent (the UTC dates the local
        // days touch); an unscheduled order never matches a bound.
        if (!order.scheduledDate.isValid())
            return false;
        const WorkOrderQuery sent = toQuery(1, 1);
        const QDate day = order.scheduledDate.toUTC().date();
        if (sent.fromDate.isValid() && day < sent.fromDate)
            return false;
        if (sent.toDate.isValid() && day > sent.toDate)
            return false;
    }
    return true;
}

bool WorkOrderFilter::matches(const WorkOrderSummary &order) const
{
    return matchesServer(order) && matchesLocally(order);
}

QString WorkOrderFilter::summary() const
{
    return summary(QLocale());
}

QString WorkOrderFilter::summary(const QLocale &locale) const
{
    QStringList parts;
    if (const auto wanted = effectiveStatus(status))
        parts << tr("Status: %1").arg(statusDisplayName(*wanted));
    if (!customerId.isEmpty())
        parts << tr("Customer: %1").arg(customerName.isEmpty() ? customerId : customerName);
    if (!technicianId.isEmpty()) {
        parts << tr("Technician: %1").arg(technicianName.isEmpty() ? technicianId : technicianName);
    }
    const auto day = [&locale](QDate date) { return locale.toString(date, QLocale::ShortFormat); };
    if (fromDate.isValid() && toDate.isValid()) {
        parts << (fromDate == toDate ? tr("Scheduled %1").arg(day(fromDate))
                                     : tr("Scheduled %1 – %2").arg(day(fromDate), day(toDate)));
    } else if (fromDate.isValid()) {
        parts << tr("Scheduled from %1").arg(day(fromDate));
    } else if (toDate.isValid()) {
        parts << tr("Scheduled until %1").arg(day(toDate));
    }
    if (hideClosed)
        parts << tr("Completed and cancelled hidden");
    if (const QString needle = quickSearch.trimmed(); !needle.isEmpty())
        parts << tr("Matching “%1”").arg(needle);
    if (parts.isEmpty())
        return tr("All work orders");
    return parts.join(u" · "_s);
}

QVariantMap WorkOrderFilter::toVariantMap() const
{
    // Dates as ISO strings and the status as its wire name: readable in an INI file and stable
    // across versions of the enum.
    QVariantMap map;
    if (const auto wanted = effectiveStatus(status))
        map.insert(kStatusKey, statusToApi(*wanted));
    map.insert(kCustomerIdKey, customerId);
    map.insert(kCustomerNameKey, customerName);
    map.insert(kTechnicianIdKey, technicianId);
    map.insert(kTechnicianNameKey, technicianName);
    map.insert(kFromDateKey, fromDate.isValid() ? fromDate.toString(Qt::ISODate) : QString());
    map.insert(kToDateKey, toDate.isValid() ? toDate.toString(Qt::ISODate) : QString());
    map.insert(kHideClosedKey, hideClosed);
    map.insert(kQuickSearchKey, quickSearch);
    return map;
}

WorkOrderFilter WorkOrderFilter::fromVariantMap(const QVariantMap &map)
{
    // Tolerant: settings written by another version, or edited by hand, must never break
    // start-up; anything unreadable simply means "no bound".
    WorkOrderFilter filter;
    filter.status = statusFromApi(map.value(kStatusKey).toString());
    filter.customerId = map.value(kCustomerIdKey).toString();
    filter.customerName = map.value(kCustomerNameKey).toString();
    filter.technicianId = map.value(kTechnicianIdKey).toString();
    filter.technicianName = map.value(kTechnicianNameKey).toString();
    filter.fromDate = QDate::fromString(map.value(kFromDateKey).toString(), Qt::ISODate);
    filter.toDate = QDate::fromString(map.value(kToDateKey).toString(), Qt::ISODate);
    filter.hideClosed = map.value(kHideClosedKey).toBool();
    filter.quickSearch = map.value(kQuickSearchKey).toString();
    return filter;
}

WorkOrderFilter WorkOrderFilter::today(QDate today)
{
    WorkOrderFilter filter;
    filter.fromDate = today;
    filter.toDate = today;
    return filter;
}

WorkOrderFilter WorkOrderFilter::thisWeek(QDate today)
{
    WorkOrderFilter filter;
    filter.fromDate = today.addDays(1 - today.dayOfWeek()); // dayOfWeek(): Monday = 1
    filter.toDate = filter.fromDate.addDays(6);
    return filter;
}

WorkOrderFilter WorkOrderFilter::next7Days(QDate today)
{
    WorkOrderFilter filter;
    filter.fromDate = today;
    filter.toDate = today.addDays(6);
    return filter;
}

WorkOrderFilter WorkOrderFilter::overdue(QDate today)
{
    // Overdue = scheduled before today and still not done; closed orders are history.
    WorkOrderFilter filter;
    filter.toDate = today.addDays(-1);
    filter.hideClosed = true;
    return filter;
}

} // namespace fentu
