#include "cache/workorderrow.h"

#include "cache/cachelogging.h"
#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fentu::workorderrow {

namespace {

const QStringList kNames{u"id"_s,          u"number"_s,         u"status"_s,
                         u"priority"_s,    u"customer_id"_s,    u"customer_name"_s,
                         u"technician_id"_s, u"technician_name"_s, u"scheduled_utc"_s,
                         u"estimated_duration"_s, u"work_order_type"_s, u"created_ms"_s,
                         u"updated_ms"_s,  u"summary_json"_s};

QDateTime timeOrInvalid(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// Only used when the stored JSON no longer decodes (a codec change): the row stays visible
// with the fields the typed columns hold.
WorkOrderSummary fromColumns(const QSqlQuery &query)
{
    WorkOrderSummary order;
    order.id = query.value(ColId).toString();
    order.number = query.value(ColNumber).toString();
    order.statusText = query.value(ColStatus).toString();
    order.status = statusFromApi(order.statusText).value_or(Status::Unknown);
    order.priorityText = query.value(ColPriority).toString();
    order.priority = priorityFromApi(order.priorityText).value_or(Priority::Unknown);
    order.customer.id = query.value(ColCustomerId).toString();
    order.customer.name = query.value(ColCustomerName).toString();
    if (!query.value(ColTechnicianId).isNull())
        order.technician = Technician{query.value(ColTechnicianId).toString(),
                                      query.value(ColTechnicianName).toString(), true};
    order.scheduledDate = timeOrInvalid(query.value(ColScheduled));
    if (!query.value(ColDuration).isNull())
        order.estimatedDuration = query.value(ColDuration).toInt();
    order.workOrderType = query.value(ColType).toString();
    order.createdAt = timeOrInvalid(query.value(ColCreated));
    order.updatedAt = timeOrInvalid(query.value(ColUpdated));
    return order;
}

} // namespace

QString columns(const QString &table)
{
    if (table.isEmpty())
        return kNames.join(u", "_s);
    QStringList qualified;
    for (const QString &name : kNames)
        qualified << table + u'.' + name;
    return qualified.join(u", "_s);
}

WorkOrderSummary summary(const QSqlQuery &query)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(query.value(ColSummaryJson).toString().toUtf8());
    auto decoded = codec::decodeWorkOrderSummary(doc.object());
    if (decoded)
        return std::move(decoded).value();
    qCWarning(lcCache) << "cached row no longer decodes, shown from its columns:"
                       << decoded.error();
    return fromColumns(query);
}

} // namespace fentu::workorderrow
