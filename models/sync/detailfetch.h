#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "cache/cacheerror.h"
#include "domain/workorder.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;

/// The detail phase of a sync: GET /work-orders/{id} for each order named, a few at a time,
/// each answer written into the cache in small batches (one transaction each). An order gone
/// meanwhile (404) is skipped, and so is one whose answer is refused or unreadable (counted in
/// failed()); an error every order would meet (unreachable, key refused) stops the phase. A server
/// that pushes back (429) is asked what to do through `pushBack` (SyncRun pauses the whole sync);
/// the ids are asked again after resume(). Killed or cancelled halfway, what was written stays: the
/// next sync asks only for the rest.
class DetailFetch : public QObject
{
    Q_OBJECT
public:
    /// True when the sync pauses for `error` (a push-back within the waiting bound).
    using PushBack = std::function<bool(const ApiError &error)>;

    DetailFetch(ApiClient *client, CacheStore *store, QStringList ids, int maxInFlight,
                PushBack pushBack, QObject *parent = nullptr);

    void start();
    /// The pause is over: requests go out again (fewer at once than before it).
    void resume();
    /// Stops the requests in flight; finished() follows once the writes queued are done.
    void cancel();

    int total() const { return int(m_total); }
    int fetched() const { return m_fetched; }
    /// Orders whose answer was refused or unreadable (a 5xx after retries, a 403, a broken
    /// body): skipped, asked for again by the next sync.
    int failed() const { return m_failed; }

signals:
    void progress(int done, int total);
    /// Every id done (or the fetch stopped): `apiError` or `cacheError` say why it stopped.
    void finished(const fentu::ApiError &apiError, const fentu::CacheError &cacheError);

private:
    void pump();
    void onAnswer(const QString &id, const ApiResult<WorkOrder> &result);
    void writeBuffered(bool evenIfSmall);
    void stop(const ApiError &apiError, const CacheError &cacheError);
    void finishIfDone();

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    QStringList m_queue;
    qsizetype m_total;
    int m_budget;
    PushBack m_pushBack;
    QList<QPointer<ApiCall>> m_calls;
    QList<WorkOrder> m_unwritten;
    int m_inFlight = 0;
    int m_done = 0;    // answered: fetched, or gone from the server
    int m_fetched = 0; // written into the cache
    int m_failed = 0;  // skipped: refused or unreadable
    bool m_writing = false;
    bool m_paused = false;
    bool m_stopped = false;
    bool m_finished = false;
    ApiError m_apiError;
    CacheError m_cacheError;
};

} // namespace fentu
