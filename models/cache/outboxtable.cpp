#include "cache/outboxtable.h"

#include "cache/outboxcodec.h"
#include "cache/statementcache.h"
#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

const QString kColumns = u"seq, kind, order_id, payload, created_at, state, error_message,"
                         " attempts, last_attempt_at, sent_at"_s;

QVariant isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(codec::encodeDateTime(utc).toString()) : QVariant();
}

QString payloadText(const OutboxEntry &entry)
{
    return QString::fromUtf8(
        QJsonDocument(outboxcodec::encode(entry)).toJson(QJsonDocument::Compact));
}

OutboxEntry entryFromRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.kind =
        OutboxEntry::kindFromText(query.value(1).toString()).value_or(OutboxEntry::Kind::Update);
    entry.orderId = query.value(2).toString();
    outboxcodec::decode(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(),
                        entry);
    entry.createdAt = codec::parseDateTime(query.value(4).toString());
    // A state this version does not know waits for the user rather than being sent.
    entry.state = OutboxEntry::stateFromText(query.value(5).toString())
                      .value_or(OutboxEntry::State::NeedsAttention);
    entry.errorMessage = query.value(6).toString();
    entry.attempts = query.value(7).toInt();
    entry.lastAttemptAt = codec::parseDateTime(query.value(8).toString());
    entry.sentAt = codec::parseDateTime(query.value(9).toString());
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

CacheResult<QList<OutboxEntry>> OutboxTable::select(const QString &where,
                                                    const QVariantList &values)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"SELECT "_s + kColumns + u" FROM outbox WHERE "_s + where + u" ORDER BY seq"_s, &error);
    if (!query)
        return error;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    error = StatementCache::exec(*query, u"reading the outbox"_s);
    if (error.isError())
        return error;
    QList<OutboxEntry> entries;
    while (query->next())
        entries.append(entryFromRow(*query));
    query->finish();
    return entries;
}

CacheResult<OutboxEntry> OutboxTable::enqueue(OutboxEntry entry, const QDateTime &now)
{
    if (entry.orderId.isEmpty())
        return CacheError(CacheError::Kind::InvalidArgument, u"an outbox entry without an id"_s);
    entry.createdAt = now;
    entry.state = OutboxEntry::State::Pending;
    entry.attempts = 0;
    entry.errorMessage.clear();
    entry.lastAttemptAt = {};
    entry.sentAt = {};
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT INTO outbox (kind, order_id, payload, created_at, state, error_message,"
        " attempts) VALUES (?, ?, ?, ?, 'pending', NULL, 0)"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, OutboxEntry::kindToText(entry.kind));
    query->bindValue(1, entry.orderId);
    query->bindValue(2, payloadText(entry));
    query->bindValue(3, isoOrNull(now));
    error = StatementCache::exec(*query, u"adding to the outbox"_s);
    if (error.isError())
        return error;
    entry.seq = query->lastInsertId().toLongLong();
    query->finish();
    return entry;
}

CacheResult<QList<OutboxEntry>> OutboxTable::list(std::optional<OutboxEntry::State> state)
{
    if (!state)
        return select(u"1"_s, {});
    return select(u"state = ?"_s, {OutboxEntry::stateToText(*state)});
}

CacheResult<QList<OutboxEntry>> OutboxTable::listFor(const QString &orderId)
{
    return select(u"order_id = ?"_s, {orderId});
}

CacheResult<std::optional<OutboxEntry>> OutboxTable::get(qint64 seq)
{
    auto found = select(u"seq = ?"_s, {seq});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found.value().first());
}

CacheResult<bool> OutboxTable::markSending(qint64 seq, const QDateTime &now)
{
    // Only an entry that is still there and still waits to be sent: one discarded or settled
    // since it was listed is not sent. A "send again" is used up by this one send: should its
    // answer be lost too, the order is looked for on the server before any further send.
    int changed = 0;
    const CacheError error = execOne(
        u"UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
        " last_attempt_at = ?, sent_at = ?, payload = json_remove(payload, ?)"
        " WHERE seq = ? AND state IN ('pending', 'possibly_sent', 'conflict')"_s,
        {isoOrNull(now), isoOrNull(now), QString(u"$."_s + outboxcodec::kSendAgainKey), seq},
        u"updating the outbox"_s, &changed);
    if (error.isError())
        return error;
    return changed > 0;
}

CacheError OutboxTable::setState(qint64 seq, OutboxEntry::State state, const QString &message)
{
    return execOne(
        u"UPDATE outbox SET state = ?, error_message = ? WHERE seq = ?"_s,
        {OutboxEntry::stateToText(state), message.isEmpty() ? QVariant() : QVariant(message), seq},
        u"updating the outbox"_s);
}

CacheError OutboxTable::replace(const OutboxEntry &entry)
{
    return execOne(u"UPDATE outbox SET payload = ?, state = ?, error_message = ? WHERE seq = ?"_s,
                   {payloadText(entry), OutboxEntry::stateToText(entry.state),
                    entry.errorMessage.isEmpty() ? QVariant() : QVariant(entry.errorMessage),
                    entry.seq},
                   u"updating the outbox"_s);
}

CacheError OutboxTable::remove(qint64 seq)
{
    return execOne(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, u"removing from the outbox"_s);
}

CacheResult<int> OutboxTable::removeAllFor(const QString &orderId)
{
    int removed = 0;
    const CacheError error = execOne(u"DELETE FROM outbox WHERE order_id = ?"_s, {orderId},
                                     u"removing from the outbox"_s, &removed);
    if (error.isError())
        return error;
    return removed;
}

CacheError OutboxTable::restore(const OutboxEntry &entry)
{
    return execOne(u"INSERT INTO outbox (kind, order_id, payload, created_at, state,"
                   " error_message, attempts, last_attempt_at, sent_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {OutboxEntry::kindToText(entry.kind), entry.orderId, payloadText(entry),
                    isoOrNull(entry.createdAt), OutboxEntry::stateToText(entry.state),
                    entry.errorMessage.isEmpty() ? QVariant() : QVariant(entry.errorMessage),
                    entry.attempts, isoOrNull(entry.lastAttemptAt), isoOrNull(entry.sentAt)},
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

CacheError OutboxTable::settleInterrupted()
{
    return execOne(u"UPDATE outbox SET state = CASE kind WHEN 'create' THEN 'possibly_sent'"
                   " ELSE 'pending' END WHERE state = 'sending'"_s,
                   {}, u"updating the outbox"_s);
}

CacheResult<QStringList> OutboxTable::orderIdsWithEntries()
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"SELECT DISTINCT order_id FROM outbox ORDER BY order_id"_s, &error);
    if (!query)
        return error;
    return StatementCache::column(*query, u"reading the outbox"_s);
}

CacheResult<bool> OutboxTable::hasEntriesFor(const QString &orderId)
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"SELECT 1 FROM outbox WHERE order_id = ? LIMIT 1"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, orderId);
    error = StatementCache::exec(*query, u"reading the outbox"_s);
    if (error.isError())
        return error;
    const bool found = query->next();
    query->finish();
    return found;
}

} // namespace fentu
