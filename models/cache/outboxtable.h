#pragma once

#include "cache/cacheresult.h"
#include "cache/outboxentry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace fentu {

class StatementCache;

/// The outbox table: the user's changes in the order they were made. Only storage; what an
/// entry's change does to the rows shown is PendingOverlay's, the sending is the sync layer's.
class OutboxTable
{
public:
    explicit OutboxTable(StatementCache &statements) : m_statements(statements) {}

    /// Appends `entry` (seq and createdAt are assigned) and returns it as stored.
    CacheResult<OutboxEntry> enqueue(OutboxEntry entry, const QDateTime &now);
    /// In seq order; all entries, or only those in `state`.
    CacheResult<QList<OutboxEntry>> list(std::optional<OutboxEntry::State> state);
    /// The entries of one order, in seq order.
    CacheResult<QList<OutboxEntry>> listFor(const QString &orderId);
    CacheResult<std::optional<OutboxEntry>> get(qint64 seq);
    /// A request for the entry leaves now: counts the attempt and keeps the time (a lost
    /// create's answer is looked for among the orders made since).
    /// False when the entry is gone or no longer waits to be sent (then nothing is sent).
    CacheResult<bool> markSending(qint64 seq, const QDateTime &now);
    /// A new state; `message` is kept for Needs Attention (empty clears it).
    CacheError setState(qint64 seq, OutboxEntry::State state, const QString &message);
    /// Replaces the change, base values, refusal and state of `entry.seq` (the user edited
    /// a refused entry or decided a conflict).
    CacheError replace(const OutboxEntry &entry);
    CacheError remove(qint64 seq);
    /// Removes every entry of `orderId`; returns how many.
    CacheResult<int> removeAllFor(const QString &orderId);
    /// Re-inserts an entry salvaged from a damaged file as it was (state, attempts, times);
    /// it gets a new seq after the existing ones, so the salvaged order is kept.
    CacheError restore(const OutboxEntry &entry);
    /// After the server accepted a create: later entries for the local id follow the new id.
    CacheResult<int> remapOrderId(const QString &fromId, const QString &toId);
    /// After a kill: a request that was on its way may or may not have arrived. A create
    /// becomes PossiblySent (never sent blindly again); an update or delete is Pending again
    /// (sending either twice does no harm).
    CacheError settleInterrupted();
    /// Ids with at least one entry: the rows to mark as pending.
    CacheResult<QStringList> orderIdsWithEntries();
    CacheResult<bool> hasEntriesFor(const QString &orderId);

private:
    CacheError execOne(const QString &sql, const QVariantList &values, const QString &what,
                       int *rowsAffected = nullptr);
    CacheResult<QList<OutboxEntry>> select(const QString &where, const QVariantList &values);

    StatementCache &m_statements;
};

} // namespace fentu
