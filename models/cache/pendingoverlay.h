#pragma once

#include "cache/cacheresult.h"
#include "cache/pendingchange.h"
#include "domain/workorder.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace fentu {

class OutboxTable;
class StatementCache;
class WorkOrderTable;

/// Keeps the server's copy of an order and the user's unsent changes apart. An order without
/// outbox entries is shown as the server sent it (work_orders). Once it has entries, its newest
/// server version lives in server_copy, and work_orders shows that copy with the entries laid
/// over it in order (a delete hides it; a create makes a row of its own). Every write of a
/// server version goes through write(), so neither write-through nor a sync can ever replace
/// an unsent change, and an older version never replaces a newer one. Runs inside the
/// caller's transaction, on the cache's thread.
class PendingOverlay
{
public:
    PendingOverlay(StatementCache &statements, WorkOrderTable &orders, OutboxTable &outbox);

    /// The ids with entries, read at the start of each write transaction (another process,
    /// fentu-cli, may have queued changes into the same file since).
    CacheError loadPendingIds();
    bool hasEntries(const QString &id) const { return m_pendingIds.contains(id); }

    /// A server version of an order with entries: kept when it is not older than the held
    /// copy (a list row is merged into a held detail), then shown with the entries over it.
    CacheError writeServerVersion(const WorkOrderSummary &order, const QByteArray &json,
                                  bool isDetail, qint64 seenGeneration);
    /// Before the first entry of `id` is added: the row shown now is the server's copy; keep it.
    CacheError keepServerCopy(const QString &id);
    /// The server no longer has the order: its copy goes (the row too, unless entries remain).
    CacheError forgetServerCopy(const QString &id);
    /// Lays the entries of `id` over its server copy into the row shown; with no entries left
    /// the server's copy is the row again. Returns the row now shown (nullopt: hidden/none).
    CacheResult<std::optional<WorkOrder>> refresh(const QString &id, qint64 seenGeneration);

private:
    struct ServerCopy
    {
        WorkOrder order;
        bool hasDetail = false;
    };
    CacheResult<std::optional<ServerCopy>> serverCopy(const QString &id);
    CacheResult<NameBook> namesFor(const QString &customerId);
    CacheError forgetCopyOnly(const QString &id);
    CacheError putRow(const WorkOrder &order, bool isDetail, qint64 seenGeneration);

    StatementCache &m_statements;
    WorkOrderTable &m_orders;
    OutboxTable &m_outbox;
    QSet<QString> m_pendingIds;
};

} // namespace fentu
