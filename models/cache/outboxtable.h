#pragma once

#include "cache/cacheresult.h"
#include "cache/outboxentry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace fentu {

class StatementCache;

/// The outbox table: unsent local edits in the order they were made. Only storage; the
/// replay lives in the sync layer.
class OutboxTable
{
public:
    explicit OutboxTable(StatementCache &statements) : m_statements(statements) {}

    /// Appends `entry` (seq and createdAt are assigned) and returns it as stored.
    CacheResult<OutboxEntry> enqueue(OutboxEntry entry, const QDateTime &now);
    /// In seq order; all entries, or only those in `state`.
    CacheResult<QList<OutboxEntry>> list(std::optional<OutboxEntry::State> state);
    /// Keeps the entry for the user with the server's message; counts the attempt.
    CacheError markNeedsAttention(qint64 seq, const QString &message, const QDateTime &now);
    /// Puts an entry back in the queue (the user chose "retry").
    CacheError markPending(qint64 seq);
    /// Replaces the payload (the user edited a refused entry or resolved a conflict).
    CacheError updatePayload(qint64 seq, const QJsonObject &payload,
                             const QDateTime &baseUpdatedAt);
    CacheError remove(qint64 seq);
    /// Re-inserts an entry salvaged from a damaged file as it was (state, attempts, times);
    /// it gets a new seq after the existing ones, so the salvaged order is kept.
    CacheError restore(const OutboxEntry &entry);
    /// After the server accepted a create: later entries for the local id follow the new id.
    CacheResult<int> remapOrderId(const QString &fromId, const QString &toId);
    /// Ids with at least one entry: the rows to mark as pending.
    CacheResult<QStringList> orderIdsWithEntries();

private:
    CacheError execOne(const QString &sql, const QVariantList &values, const QString &what,
                       int *rowsAffected = nullptr);

    StatementCache &m_statements;
};

} // namespace fentu
