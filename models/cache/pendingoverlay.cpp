#include "cache/pendingoverlay.h"

#include "cache/outboxtable.h"
#include "cache/statementcache.h"
#include "cache/workorderjson.h"
#include "cache/workordertable.h"
#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString nowIso()
{
    return codec::encodeDateTime(QDateTime::currentDateTimeUtc()).toString();
}

// The same merge the work_orders table does: a list row newer than a held detail updates the
// fields it has; a changed customer takes the old customer object (its address) out first.
const QString kWriteCopy =
    u"INSERT INTO server_copy (id, updated_ms, json, has_detail) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET"
    " updated_ms = coalesce(excluded.updated_ms, server_copy.updated_ms),"
    " json = CASE WHEN excluded.has_detail = 1 OR server_copy.has_detail = 0 THEN excluded.json"
    " WHEN json_extract(server_copy.json, '$.customer.id')"
    " IS json_extract(excluded.json, '$.customer.id')"
    " THEN json_patch(server_copy.json, excluded.json)"
    " ELSE json_patch(json_remove(server_copy.json, '$.customer'), excluded.json) END,"
    " has_detail = max(server_copy.has_detail, excluded.has_detail)"
    " WHERE server_copy.updated_ms IS NULL OR excluded.updated_ms IS NULL"
    " OR excluded.updated_ms >= server_copy.updated_ms"_s;

} // namespace

PendingOverlay::PendingOverlay(StatementCache &statements, WorkOrderTable &orders,
                               OutboxTable &outbox)
    : m_statements(statements), m_orders(orders), m_outbox(outbox)
{}

CacheError PendingOverlay::loadPendingIds()
{
    auto ids = m_outbox.orderIdsWithEntries();
    if (!ids)
        return ids.error();
    m_pendingIds = QSet<QString>(ids.value().cbegin(), ids.value().cend());
    return {};
}

CacheError PendingOverlay::writeServerVersion(const WorkOrderSummary &order, const QByteArray &json,
                                              bool isDetail, qint64 seenGeneration)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(kWriteCopy, &error);
    if (!query)
        return error;
    query->bindValue(0, order.id);
    query->bindValue(1, order.updatedAt.isValid() ? QVariant(order.updatedAt.toMSecsSinceEpoch())
                                                  : QVariant());
    query->bindValue(2, QString::fromUtf8(json));
    query->bindValue(3, isDetail ? 1 : 0);
    error = StatementCache::exec(*query, u"writing the server's copy"_s);
    query->finish();
    if (error.isError())
        return error;
    auto shown = refresh(order.id, seenGeneration);
    return shown ? CacheError() : shown.error();
}

CacheError PendingOverlay::keepServerCopy(const QString &id)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT OR REPLACE INTO server_copy (id, updated_ms, json, has_detail)"
        " SELECT id, updated_ms, coalesce(detail_json, summary_json), has_detail"
        " FROM work_orders WHERE id = ?"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, id);
    error = StatementCache::exec(*query, u"keeping the server's copy"_s);
    query->finish();
    return error;
}

CacheError PendingOverlay::forgetServerCopy(const QString &id)
{
    if (CacheError e = forgetCopyOnly(id); e.isError())
        return e;
    if (hasEntries(id)) {
        auto shown = refresh(id, 0);
        return shown ? CacheError() : shown.error();
    }
    return m_orders.remove(id);
}

CacheError PendingOverlay::forgetCopyOnly(const QString &id)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(u"DELETE FROM server_copy WHERE id = ?"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, id);
    error = StatementCache::exec(*query, u"removing the server's copy"_s);
    query->finish();
    return error;
}

CacheResult<std::optional<PendingOverlay::ServerCopy>> PendingOverlay::serverCopy(const QString &id)
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"SELECT json, has_detail FROM server_copy WHERE id = ?"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, id);
    error = StatementCache::exec(*query, u"reading the server's copy"_s);
    if (error.isError())
        return error;
    if (!query->next()) {
        query->finish();
        return std::optional<ServerCopy>();
    }
    const QJsonObject json = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
    ServerCopy copy;
    copy.hasDetail = query->value(1).toBool();
    query->finish();
    if (copy.hasDetail) {
        auto decoded = codec::decodeWorkOrder(json);
        if (!decoded)
            return CacheError(CacheError::Kind::Other, decoded.error());
        copy.order = std::move(decoded).value();
    } else {
        auto decoded = codec::decodeWorkOrderSummary(json);
        if (!decoded)
            return CacheError(CacheError::Kind::Other, decoded.error());
        static_cast<WorkOrderSummary &>(copy.order) = std::move(decoded).value();
    }
    return std::optional<ServerCopy>(std::move(copy));
}

CacheResult<NameBook> PendingOverlay::namesFor(const QString &customerId)
{
    // Every technician, the customers and the contacts of this one: an edit may name any.
    NameBook names;
    const std::pair<QString, QHash<QString, QString> *> tables[] = {
        {u"SELECT id, name FROM technicians"_s, &names.technicians},
        {u"SELECT id, name FROM customers"_s, &names.customers},
        {u"SELECT id, name FROM contacts WHERE customer_id = ?"_s, &names.contacts},
    };
    for (const auto &[sql, target] : tables) {
        CacheError error;
        QSqlQuery *query = m_statements.prepared(sql, &error);
        if (!query)
            return error;
        if (sql.contains(u'?'))
            query->bindValue(0, customerId);
        error = StatementCache::exec(*query, u"reading names"_s);
        if (error.isError())
            return error;
        while (query->next())
            target->insert(query->value(0).toString(), query->value(1).toString());
        query->finish();
    }
    return names;
}

CacheError PendingOverlay::putRow(const WorkOrder &order, bool isDetail, qint64 seenGeneration)
{
    if (CacheError e = m_orders.remove(order.id); e.isError())
        return e;
    return isDetail ? m_orders.upsertDetail(order, seenGeneration, nowIso())
                    : m_orders.upsertSummary(order, {}, seenGeneration, nowIso());
}

CacheResult<std::optional<WorkOrder>> PendingOverlay::refresh(const QString &id,
                                                              qint64 seenGeneration)
{
    auto entries = m_outbox.listFor(id);
    if (!entries)
        return entries.error();
    auto copy = serverCopy(id);
    if (!copy)
        return copy.error();

    if (entries.value().isEmpty()) {
        m_pendingIds.remove(id);
        if (copy.value()) {
            // Nothing left to lay over it: the server's copy is the row again.
            const ServerCopy &held = *copy.value();
            if (CacheError e = putRow(held.order, held.hasDetail, seenGeneration); e.isError())
                return e;
            if (CacheError e = forgetCopyOnly(id); e.isError())
                return e;
            return std::optional<WorkOrder>(held.order);
        }
        auto row = m_orders.get(id);
        if (!row)
            return row.error();
        if (row.value() && OutboxEntry::isLocalId(id)) {
            // A local order with no entries left was given up.
            if (CacheError e = m_orders.remove(id); e.isError())
                return e;
            return std::optional<WorkOrder>();
        }
        return row.value() ? std::optional<WorkOrder>(row.value()->order) : std::nullopt;
    }

    m_pendingIds.insert(id);
    std::optional<WorkOrder> shown;
    bool isDetail = false;
    if (copy.value()) {
        shown = copy.value()->order;
        isDetail = copy.value()->hasDetail;
    }
    QString customerId = shown ? shown->customer.id : QString();
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.kind == OutboxEntry::Kind::Create)
            customerId = entry.newOrder.customerId;
        const QString moved = entry.patch.toJson().value("customer_id"_L1).toString();
        if (!moved.isEmpty())
            customerId = moved;
    }
    auto names = namesFor(customerId);
    if (!names)
        return names.error();
    for (const OutboxEntry &entry : entries.value()) {
        switch (entry.kind) {
        case OutboxEntry::Kind::Create:
            shown = PendingChange::created(
                entry.newOrder, id, entry.localNumber, names.value(),
                entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc());
            isDetail = true;
            break;
        case OutboxEntry::Kind::Update:
            if (shown)
                shown = PendingChange::applied(*shown, entry.patch.toJson(), names.value());
            break;
        case OutboxEntry::Kind::Delete:
            shown.reset(); // hidden until the server has the delete (or it is given up)
            break;
        }
    }
    if (!shown) {
        if (CacheError e = m_orders.remove(id); e.isError())
            return e;
        return std::optional<WorkOrder>();
    }
    shown->id = id;
    if (CacheError e = putRow(*shown, isDetail, seenGeneration); e.isError())
        return e;
    return shown;
}

} // namespace fentu
