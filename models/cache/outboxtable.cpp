#include "cache/outboxtable.h"

#include "cache/statementcache.h"
#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QVariant isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(codec::encodeDateTime(utc).toString()) : QVariant();
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OutboxEntry entryFromRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.kind =
        OutboxEntry::kindFromText(query.value(1).toString()).value_or(OutboxEntry::Kind::Update);
    entry.orderId = query.value(2).toString();
    entry.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    entry.baseUpdatedAt = codec::parseDateTime(query.value(4).toString());
    entry.createdAt = codec::parseDateTime(query.value(5).toString());
    entry.state = OutboxEntry::stateFromText(query.value(6).toString())
                      .value_or(OutboxEntry::State::NeedsAttention);
    entry.errorMessage = query.value(7).toString();
    entry.attempts = query.value(8).toInt();
    entry.lastAttemptAt = codec::parseDateTime(query.value(9).toString());
    return entry;
}

} // namespace

CacheError OutboxTable::execOne(const QString &sql, const QVariantList &values, const QString &what,
                                int *rowsAffected)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(sql, &error);
    if (!query)
        return error;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    error = StatementCache::exec(*query, what);
    if (!error.isError() && rowsAffected)
        *rowsAffected = query->numRowsAffected();
    query->finish();
    return error;
}

CacheResult<OutboxEntry> OutboxTable::enqueue(OutboxEntry entry, const QDateTime &now)
{
    if (entry.orderId.isEmpty())
        return CacheError(CacheError::Kind::InvalidArgument, u"an outbox entry without an id"_s);
    entry.createdAt = now;
    entry.state = OutboxEntry::State::Pending;
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT INTO outbox (kind, order_id, payload, base_updated_at, created_at, state,"
        " error_message, attempts) VALUES (?, ?, ?, ?, ?, 'pending', NULL, 0)"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, OutboxEntry::kindToText(entry.kind));
    query->bindValue(1, entry.orderId);
    query->bindValue(2, compactJson(entry.payload));
    query->bindValue(3, isoOrNull(entry.baseUpdatedAt));
    query->bindValue(4, isoOrNull(now));
    error = StatementCache::exec(*query, u"adding to the outbox"_s);
    if (error.isError())
        return error;
    entry.seq = query->lastInsertId().toLongLong();
    entry.attempts = 0;
    entry.errorMessage.clear();
    entry.lastAttemptAt = {};
    query->finish();
    return entry;
}

CacheResult<QList<OutboxEntry>> OutboxTable::list(std::optional<OutboxEntry::State> state)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"SELECT seq, kind, order_id, payload, base_updated_at, created_at, state,"
        " error_message, attempts, last_attempt_at FROM outbox"
        " WHERE ? IS NULL OR state = ? ORDER BY seq"_s,
        &error);
    if (!query)
        return error;
    const QVariant stateText = state ? QVariant(OutboxEntry::stateToText(*state)) : QVariant();
    query->bindValue(0, stateText);
    query->bindValue(1, stateText);
    error = StatementCache::exec(*query, u"reading the outbox"_s);
    if (error.isError())
        return error;
    QList<OutboxEntry> entries;
    while (query->next())
        entries.append(entryFromRow(*query));
    query->finish();
    return entries;
}

CacheError OutboxTable::markNeedsAttention(qint64 seq, const QString &message, const QDateTime &now)
{
    return execOne(u"UPDATE outbox SET state = 'needs_attention', error_message = ?,"
                   " attempts = attempts + 1, last_attempt_at = ? WHERE seq = ?"_s,
                   {message, isoOrNull(now), seq}, u"updating the outbox"_s);
}

CacheError OutboxTable::markPending(qint64 seq)
{
    return execOne(u"UPDATE outbox SET state = 'pending' WHERE seq = ?"_s, {seq},
                   u"updating the outbox"_s);
}

CacheError OutboxTable::updatePayload(qint64 seq, const QJsonObject &payload,
                                      const QDateTime &baseUpdatedAt)
{
    return execOne(u"UPDATE outbox SET payload = ?, base_updated_at = ? WHERE seq = ?"_s,
                   {compactJson(payload), isoOrNull(baseUpdatedAt), seq}, u"updating the outbox"_s);
}

CacheError OutboxTable::remove(qint64 seq)
{
    return execOne(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, u"removing from the outbox"_s);
}

CacheError OutboxTable::restore(const OutboxEntry &entry)
{
    return execOne(u"INSERT INTO outbox (kind, order_id, payload, base_updated_at, created_at,"
                   " state, error_message, attempts, last_attempt_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {OutboxEntry::kindToText(entry.kind), entry.orderId, compactJson(entry.payload),
                    isoOrNull(entry.baseUpdatedAt), isoOrNull(entry.createdAt),
                    OutboxEntry::stateToText(entry.state),
                    entry.errorMessage.isEmpty() ? QVariant() : QVariant(entry.errorMessage),
                    entry.attempts, isoOrNull(entry.lastAttemptAt)},
                   u"restoring the outbox"_s);
}

CacheResult<int> OutboxTable::remapOrderId(const QString &fromId, const QString &toId)
{
    int changed = 0;
    const CacheError error = execOne(u"UPDATE outbox SET order_id = ? WHERE order_id = ?"_s,
                                     {toId, fromId}, u"updating the outbox"_s, &changed);
    if (error.isError())
        return error;
    return changed;
}

CacheResult<QStringList> OutboxTable::orderIdsWithEntries()
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"SELECT DISTINCT order_id FROM outbox ORDER BY order_id"_s, &error);
    if (!query)
        return error;
    error = StatementCache::exec(*query, u"reading the outbox"_s);
    if (error.isError())
        return error;
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    query->finish();
    return ids;
}

} // namespace fentu
