#pragma once

#include "cache/cachedworkorder.h"
#include "cache/cachefile.h"
#include "cache/cacheinfo.h"
#include "cache/cacheopenreport.h"
#include "cache/cacheresult.h"
#include "cache/filtersql.h"
#include "cache/outboxentry.h"
#include "domain/customer.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace fentu {

class LookupTables;
class OutboxTable;
class StatementCache;
class SyncStateTable;
class WorkOrderTable;

/// The cache's contents, used synchronously on ONE thread: the one that called open() (a
/// QSqlDatabase connection belongs to the thread that opened it). The GUI never uses this
/// class directly; CacheStore runs it on its worker thread. Each write is one transaction:
/// all of it is kept, or none.
class CacheDatabase
{
public:
    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    /// Opens (creating, migrating or, when damaged, replacing) the cache of `baseUrl` in
    /// `directory`. A damaged file is moved aside and reported, never fatal.
    CacheOpenReport open(const QString &directory, const QUrl &baseUrl);
    /// The same for an explicit file (fentu-cli --cache, tests).
    CacheOpenReport openFile(const QString &path, const QUrl &baseUrl);
    void close();
    bool isOpen() const;
    /// See CacheFile: changes with every open and close.
    quint64 session() const { return m_file.session(); }
    /// True after opening a file too big to check fully at once: its full quick_check is the
    /// caller's to run in the background (backgroundcheck.h), then replaceDamaged() if bad.
    bool needsBackgroundCheck() const { return m_file.needsBackgroundCheck(); }
    /// Files up to `bytes` are checked fully while opening (default 8 MB).
    void setBackgroundCheckThreshold(qint64 bytes) { m_file.setBackgroundCheckThreshold(bytes); }
    /// Keeps the open file aside as damaged (`problem` says why, for the log), and starts a
    /// new one with the old file's unsent edits, as open() does with a file found damaged.
    CacheOpenReport replaceDamaged(const QString &problem);

    /// `rawJson`: each order's JSON as received, or empty (then `raw` is encoded).
    CacheResult<CacheDone> upsertSummaries(const QList<WorkOrderSummary> &orders,
                                           const QList<QByteArray> &rawJson = {});
    CacheResult<CacheDone> upsertWorkOrder(const WorkOrder &order);
    CacheResult<CacheDone> removeWorkOrder(const QString &id);
    CacheResult<Page<WorkOrderSummary>> queryPage(const FilterSql &filter, int page, int perPage);
    CacheResult<std::optional<CachedWorkOrder>> workOrder(const QString &id);

    CacheResult<CacheDone> upsertCustomers(const QList<Customer> &customers);
    CacheResult<CacheDone> upsertTechnicians(const QList<Technician> &technicians);
    CacheResult<QList<Customer>> customers(const QString &search);
    CacheResult<QList<Contact>> contacts(const QString &customerId);
    CacheResult<QList<Technician>> technicians();

    CacheResult<std::optional<QString>> syncState(const QString &key);
    CacheResult<CacheDone> setSyncState(const QString &key, const QString &value);
    /// Starts the bookkeeping of a full sync: every order written until endFullSync() is
    /// marked as seen. Returns the sync's generation.
    CacheResult<qint64> beginFullSync();
    /// complete: removes the orders not seen and records last_full_sync_at; returns how many
    /// were removed. Not complete (cancelled, failed): removes nothing.
    CacheResult<int> endFullSync(bool complete);

    CacheResult<OutboxEntry> enqueueOutbox(const OutboxEntry &entry);
    CacheResult<QList<OutboxEntry>> outbox(std::optional<OutboxEntry::State> state);
    CacheResult<CacheDone> markOutboxNeedsAttention(qint64 seq, const QString &message);
    CacheResult<CacheDone> markOutboxPending(qint64 seq);
    CacheResult<CacheDone> updateOutboxPayload(qint64 seq, const QJsonObject &payload,
                                               const QDateTime &baseUpdatedAt);
    CacheResult<CacheDone> removeOutbox(qint64 seq);
    CacheResult<int> remapOutboxOrderId(const QString &fromId, const QString &toId);
    CacheResult<QStringList> orderIdsWithOutboxEntries();

    CacheResult<CacheInfo> info();
    /// PRAGMA integrity_check: {"ok"} for a sound file, else the problems found.
    CacheResult<QStringList> integrityCheck();
    /// Test seam: caps the file at its current size plus `extraPages`, so the next large
    /// write fails like a full disk (PRAGMA max_page_count).
    CacheResult<CacheDone> limitGrowthForTesting(int extraPages);

private:
    CacheError write(const std::function<CacheError()> &fn);
    /// Builds the tables over a newly opened file and gives it back its salvaged edits.
    CacheOpenReport adopt(CacheOpenReport report, const QList<OutboxEntry> &salvaged);
    void dropTables();

    CacheFile m_file;
    qint64 m_syncGeneration = 0; // of the running full sync; 0 when none
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<WorkOrderTable> m_workOrders;
    std::unique_ptr<LookupTables> m_lookups;
    std::unique_ptr<SyncStateTable> m_syncState;
    std::unique_ptr<OutboxTable> m_outbox;
};

} // namespace fentu
