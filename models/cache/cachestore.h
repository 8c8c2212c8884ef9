#pragma once

#include "api/workorderquery.h"
#include "cache/cachedworkorder.h"
#include "cache/cacheinfo.h"
#include "cache/cacheopenreport.h"
#include "cache/cacheresult.h"
#include "domain/detailwindow.h"
#include "cache/outboxentry.h"
#include "cache/outboxwrite.h"
#include "domain/customer.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace fentu {

class CacheDatabase;
class CacheWorker;
class WorkOrderFilter;
struct FilterSql;

/// The offline cache, for the GUI thread: every call returns at once and its work runs on
/// the cache's own thread, in the order called. The callback runs later on this object's
/// thread, once, unless `context` was destroyed first (a null context means this store).
/// `context` must live on this object's thread.
class CacheStore : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(CacheResult<T>)>;

    /// Caches live in cachepaths::defaultDirectory().
    explicit CacheStore(QObject *parent = nullptr);
    /// Caches live in `directory` (tests, fentu-cli --cache-dir).
    explicit CacheStore(const QString &directory, QObject *parent = nullptr);
    /// Lets the queued jobs finish (an edit queued just before quitting is still written),
    /// then stops the thread.
    ~CacheStore() override;

    QString directory() const { return m_directory; }
    /// The thread the database work runs on.
    QThread *workerThread() const;

    /// Opens the cache of `baseUrl` (closing any other). A damaged file is kept aside and a
    /// new one made (Recovered); Failed leaves the store closed and every call failing.
    void open(const QUrl &baseUrl, QObject *context, std::function<void(CacheOpenReport)> done);
    void openFile(const QString &path, const QUrl &baseUrl, QObject *context,
                  std::function<void(CacheOpenReport)> done);
    void close(QObject *context = nullptr, Callback<CacheDone> done = {});

    /// Write-through of a list page: all rows in one transaction.
    void upsertSummaries(const QList<WorkOrderSummary> &orders, QObject *context = nullptr,
                         Callback<CacheDone> done = {});
    /// Write-through of a page the model is about to show: the answer is the page as it is
    /// to be shown (unsent changes laid over, orders with an unsent delete left out).
    void writeThroughPage(const QList<WorkOrderSummary> &orders, QObject *context,
                          Callback<QList<WorkOrderSummary>> done);
    /// The same, with each order's JSON as received (`rawJson[i]` for `orders[i]`, or an
    /// empty list): stored as it is instead of re-encoding `raw` (full sync).
    void upsertSummaries(const QList<WorkOrderSummary> &orders, const QList<QByteArray> &rawJson,
                         QObject *context = nullptr, Callback<CacheDone> done = {});
    /// Write-through of a detail (or an order made offline, raw left empty).
    void upsertWorkOrder(const WorkOrder &order, QObject *context = nullptr,
                         Callback<CacheDone> done = {});
    /// Several details in one transaction (the sync's detail phase).
    void upsertWorkOrders(const QList<WorkOrder> &orders, QObject *context,
                          Callback<CacheDone> done);
    /// The ids of the orders in `window` whose detail is missing or older than the order.
    void idsNeedingDetail(const DetailWindow &window, QObject *context,
                          Callback<QStringList> done);
    void removeWorkOrder(const QString &id, QObject *context = nullptr,
                         Callback<CacheDone> done = {});
    /// A page exactly as the server would answer `query` (rows, order and meta).
    void queryPage(const WorkOrderQuery &query, QObject *context,
                   Callback<Page<WorkOrderSummary>> done);
    /// The same for the server part of `filter`.
    void queryPage(const WorkOrderFilter &filter, int page, int perPage, QObject *context,
                   Callback<Page<WorkOrderSummary>> done);
    /// The orders of the server part of `filter` whose number, customer, address, contact,
    /// phone, technician, type, description or notes match `text` (SearchMatch), a page at a
    /// time in list order. Text with nothing to look for selects as queryPage() does.
    void searchPage(const WorkOrderFilter &filter, const QString &text, int page, int perPage,
                    QObject *context, Callback<Page<WorkOrderSummary>> done);
    /// The same for the parameters of an API query (how the table's model pages).
    void searchPage(const WorkOrderQuery &query, const QString &text, QObject *context,
                    Callback<Page<WorkOrderSummary>> done);
    /// How many cached orders the table would show for `filter` with the search `text`: the
    /// server part, the local part (hide closed, exact local days) and the search words.
    void countOrders(const WorkOrderFilter &filter, const QString &text, QObject *context,
                     Callback<int> done);
    /// The first `limit` orders waiting for a date and a technician (FilterSql::waitingOrders),
    /// in list order; the page's total_count says how many there are.
    void queryWaitingOrders(const std::optional<Status> &status, const QString &customerId,
                            int limit, QObject *context, Callback<Page<WorkOrderSummary>> done);
    /// The detail when it was ever fetched, else the list row; nullopt when not cached.
    void getWorkOrder(const QString &id, QObject *context,
                      Callback<std::optional<CachedWorkOrder>> done);

    void upsertCustomers(const QList<Customer> &customers, QObject *context = nullptr,
                         Callback<CacheDone> done = {});
    void upsertTechnicians(const QList<Technician> &technicians, QObject *context = nullptr,
                           Callback<CacheDone> done = {});
    /// Sorted by name; `search` matches names case-insensitively (empty = all).
    void listCustomers(const QString &search, QObject *context, Callback<QList<Customer>> done);
    void listContacts(const QString &customerId, QObject *context, Callback<QList<Contact>> done);
    void listTechnicians(QObject *context, Callback<QList<Technician>> done);

    void syncState(const QString &key, QObject *context, Callback<std::optional<QString>> done);
    void setSyncState(const QString &key, const QString &value, QObject *context = nullptr,
                      Callback<CacheDone> done = {});
    /// Marks the start of a full sync: orders written from now on count as seen.
    void beginFullSync(QObject *context, Callback<qint64> done);
    /// complete: removes the orders the sync did not see; otherwise keeps everything.
    void endFullSync(bool complete, QObject *context, Callback<int> done);

    /// Committed (synced to disk) before the callback reports success; see
    /// CacheDatabase::enqueueOutbox. The callback has the entry and the row now shown.
    void enqueueOutbox(const OutboxEntry &entry, QObject *context, Callback<OutboxWrite> done);
    /// In replay order; all entries, or those in `state`.
    void listOutbox(std::optional<OutboxEntry::State> state, QObject *context,
                    Callback<QList<OutboxEntry>> done);
    void outboxEntry(qint64 seq, QObject *context, Callback<std::optional<OutboxEntry>> done);
    /// Marks an entry as on its way; the answer is false (and nothing marked) when the entry
    /// is gone or no longer waits to be sent.
    void markOutboxSending(qint64 seq, QObject *context = nullptr, Callback<bool> done = {});
    void setOutboxState(qint64 seq, OutboxEntry::State state, const QString &message,
                        QObject *context = nullptr, Callback<CacheDone> done = {});
    void replaceOutboxEntry(const OutboxEntry &entry, QObject *context, Callback<OutboxWrite> done);
    void removeOutbox(qint64 seq, QObject *context, Callback<OutboxWrite> done);
    /// See CacheDatabase::completeOutbox: one transaction.
    void completeOutbox(qint64 seq, const std::optional<WorkOrder> &answer, QObject *context,
                        Callback<OutboxWrite> done);
    void dropUnsentCreate(const QString &localId, QObject *context, Callback<bool> done);
    void resolveOrderId(const QString &id, QObject *context, Callback<QString> done);
    void orderIdsWithOutboxEntries(QObject *context, Callback<QStringList> done);

    void info(QObject *context, Callback<CacheInfo> done);
    void integrityCheck(QObject *context, Callback<QStringList> done);
    /// Test seam: files above `bytes` are fully checked in the background after opening
    /// (default 8 MB); applies to the next open.
    void setBackgroundCheckThresholdForTesting(qint64 bytes);
    /// Test seam: the file may grow by `extraPages` pages only; larger writes fail as DiskFull.
    void limitGrowthForTesting(int extraPages, QObject *context, Callback<CacheDone> done);

signals:
    /// A big cache's background check (after open) found it damaged: it was kept aside and a
    /// new, empty cache is in use; `report` says so in plain words (outcome Recovered), or
    /// Failed when even the new one could not be made.
    void cacheReplaced(const fentu::CacheOpenReport &report);
    /// A write failed (disk full, read-only...): the cache is unchanged by it. Emitted for
    /// every failed write, with or without a callback, so write-through errors reach the user.
    void writeFailed(const fentu::CacheError &error);

private:
    template <typename R>
    void post(QObject *context, std::function<R(CacheDatabase &)> job, std::function<void(R)> done,
              bool isWrite);
    template <typename T>
    void write(QObject *context, std::function<CacheResult<T>(CacheDatabase &)> job,
               Callback<T> done);
    template <typename T>
    void read(QObject *context, std::function<CacheResult<T>(CacheDatabase &)> job,
              Callback<T> done);
    /// One page of the orders `sql` selects: what every page query here comes down to.
    void readPage(const FilterSql &sql, int page, int perPage, QObject *context,
                  Callback<Page<WorkOrderSummary>> done);

    QString m_directory;
    std::unique_ptr<QThread> m_thread;
    CacheWorker *m_worker = nullptr; // lives on m_thread; deleted there when it finishes
};

} // namespace fentu
