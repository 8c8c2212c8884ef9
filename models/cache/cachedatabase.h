#pragma once

#include "cache/cachedworkorder.h"
#include "cache/cachefile.h"
#include "cache/cacheinfo.h"
#include "cache/cacheopenreport.h"
#include "cache/cacheresult.h"
#include "domain/detailwindow.h"
#include "cache/filtersql.h"
#include "cache/outboxentry.h"
#include "cache/outboxwrite.h"
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
class PendingOverlay;
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

    /// A page from the server written through; the answer is the page as it is to be shown.
    CacheResult<QList<WorkOrderSummary>> writeThroughPage(const QList<WorkOrderSummary> &orders);
    /// `rawJson`: each order's JSON as received, or empty (then `raw` is encoded). `shown`, if
    /// given, receives the orders as they are to be shown (see writeThroughPage).
    CacheResult<CacheDone> upsertSummaries(const QList<WorkOrderSummary> &orders,
                                           const QList<QByteArray> &rawJson = {},
                                           QList<WorkOrderSummary> *shown = nullptr);
    CacheResult<CacheDone> upsertWorkOrder(const WorkOrder &order);
    /// Several details in one transaction (the sync's detail phase).
    CacheResult<CacheDone> upsertWorkOrders(const QList<WorkOrder> &orders);
    /// See WorkOrderTable::idsNeedingDetail.
    CacheResult<QStringList> idsNeedingDetail(const DetailWindow &window);
    CacheResult<CacheDone> removeWorkOrder(const QString &id);
    CacheResult<Page<WorkOrderSummary>> queryPage(const FilterSql &filter, int page, int perPage);
    /// How many orders `filter` selects: queryPage()'s total, without reading a row.
    CacheResult<int> countOrders(const FilterSql &filter);
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

    /// Commits `entry` (synced to disk before it returns) and lays it over its order's row. A
    /// change of a local order whose create the server has accepted meanwhile goes to the
    /// server's id; a create gets its "NEW-<n>" number here.
    CacheResult<OutboxWrite> enqueueOutbox(OutboxEntry entry);
    CacheResult<QList<OutboxEntry>> outbox(std::optional<OutboxEntry::State> state);
    CacheResult<std::optional<OutboxEntry>> outboxEntry(qint64 seq);
    /// A request for `seq` leaves now (committed before it does).
    CacheResult<bool> markOutboxSending(qint64 seq);
    CacheResult<CacheDone> setOutboxState(qint64 seq, OutboxEntry::State state,
                                          const QString &message);
    /// Replaces an entry's change, base values, refusal and state; the row follows.
    CacheResult<OutboxWrite> replaceOutboxEntry(const OutboxEntry &entry);
    /// The user gives `seq` up; the row shows the server's copy again (a local order goes).
    CacheResult<OutboxWrite> removeOutbox(qint64 seq);
    /// The server has `seq`: in ONE transaction the entry goes, a create's local id becomes
    /// `answer`'s (later entries and the id map follow), and `answer` (the server's order after
    /// the request; nullopt after a delete) becomes the server copy. A seq already gone is a
    /// no-op (orderId empty).
    CacheResult<OutboxWrite> completeOutbox(qint64 seq, const std::optional<WorkOrder> &answer);
    /// Gives up a local order whose create was never sent (still pending or refused), with
    /// its later entries and row. False when its create may have reached the server.
    CacheResult<bool> dropUnsentCreate(const QString &localId);
    /// The server id a local id became, or `id` itself.
    CacheResult<QString> resolveOrderId(const QString &id);
    CacheResult<QStringList> orderIdsWithOutboxEntries();

    CacheResult<CacheInfo> info();
    /// PRAGMA integrity_check: {"ok"} for a sound file, else the problems found.
    CacheResult<QStringList> integrityCheck();
    /// Test seam: caps the file at its current size plus `extraPages`, so the next large
    /// write fails like a full disk (PRAGMA max_page_count).
    CacheResult<CacheDone> limitGrowthForTesting(int extraPages);

private:
    CacheError write(const std::function<CacheError()> &fn);
    /// A server version of an order, by way of the overlay when the order has entries.
    CacheError writeServerVersion(const WorkOrderSummary &order, const QByteArray &json,
                                  bool isDetail, const QString &fetchedAt);
    CacheResult<std::optional<WorkOrder>> shownRow(const QString &id);
    CacheResult<QString> mappedId(const QString &id);
    /// Builds the tables over a newly opened file and gives it back its salvaged edits.
    CacheOpenReport adopt(CacheOpenReport report, const QList<OutboxEntry> &salvaged);
    void dropTables();
    /// Rebuilds the search index when it does not hold one entry per order.
    void keepSearchInStep();
    /// Re-indexes the orders this transaction wrote (cacheschema::searchFlushStatements).
    CacheError flushSearch();

    CacheFile m_file;
    qint64 m_syncGeneration = 0; // of the running full sync; 0 when none
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<WorkOrderTable> m_workOrders;
    std::unique_ptr<LookupTables> m_lookups;
    std::unique_ptr<SyncStateTable> m_syncState;
    std::unique_ptr<OutboxTable> m_outbox;
    std::unique_ptr<PendingOverlay> m_overlay;
};

} // namespace fentu
