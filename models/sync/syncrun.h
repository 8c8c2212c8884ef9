#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/receivedorderpage.h"
#include "cache/cacheerror.h"
#include "domain/page.h"
#include "domain/workorder.h"
#include "domain/detailscope.h"
#include "sync/syncresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

#include <functional>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class DetailFetch;
class LookupRefresh;

/// One full sync, from beginFullSync to endFullSync: page 1 to learn the size, then the other
/// pages with a bounded number in flight, each page upserted as it arrives; then the lookups.
/// Orders the sync did not see are removed only when every page came and the list held still
/// meanwhile; any interruption ends with endFullSync(false), which keeps everything.
/// SyncEngine owns it; it is single-use.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int perPage = 100;
        int maxInFlight = 4;
        /// How long, in all, the sync waits for a server that asks it to slow down (429, or
        /// 503 with Retry-After) before it gives up.
        std::chrono::milliseconds maxRateLimitWait{std::chrono::minutes(5)};
        /// After the lists: the details of new and changed orders in `details`' window.
        bool fetchDetails = true;
        DetailScope details;
        int maxDetailsInFlight = 4;
    };

    SyncRun(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor, Settings settings,
            QObject *parent = nullptr);

    void start();
    /// Stops the requests in flight; finished(Cancelled) follows once the cache is consistent.
    void cancel();

signals:
    void progress(int done, int total);
    /// The detail phase: `done` of `total` details.
    void detailProgress(int done, int total);
    /// The server asked to slow down: no page is asked for during the next `seconds`.
    void waiting(int seconds);
    void finished(const fentu::SyncResult &result);

private:
    void requestPage(int page);
    void onPage(int page, ApiResult<ReceivedOrderPage> result);
    void pump();
    void writeBuffered();
    void ordersDone();
    void refreshLookups();
    /// After a complete list phase: the details the cache lacks, then finished.
    void fetchDetails();
    void finish();
    /// Ends the sync (complete or not): endFullSync after every queued write, then finished.
    void conclude(bool removeUnseen, SyncResult::Outcome outcome);
    /// 429, or 503 with Retry-After: the server asks to slow down, not to give up.
    static bool isPushBack(const ApiError &error);
    /// A page the server pushed back: asked again after the wait it names, with fewer pages
    /// in flight from then on. False when it was no push-back or the wait would exceed the
    /// bound.
    bool waitForServer(int page, const ApiError &error);
    /// Starts (or joins) the pause `error` asks for, within the bound; false past it.
    bool pauseFor(const ApiError &error);
    /// The pause is over: the orders or the lookups go on.
    void resume();
    void fail(const ApiError &error);
    void fail(const CacheError &error);
    void abort(SyncResult::Outcome outcome);

    enum class Stage
    {
        Idle,
        Beginning,
        Orders,
        Lookups,
        Ending,
        Details,
    };

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    QPointer<ConnectivityMonitor> m_monitor;
    Settings m_settings;
    Stage m_stage = Stage::Idle;
    SyncResult m_result;
    QList<QPointer<ApiCall>> m_calls;
    LookupRefresh *m_lookups = nullptr;
    DetailFetch *m_details = nullptr;
    bool m_cancelAfterLists = false; // cancel() came while the lists were being concluded

    int m_limit = 1; // the last page to fetch, as far as is known now
    int m_budget =
        1; // pages in flight at most: maxInFlight, halved each time the server pushes back
    QList<int> m_retryPages; // pushed back by the server, asked again once m_resume fires
    QTimer m_resume;         // runs while the sync waits for the server
    std::chrono::milliseconds m_waited{0};
    int m_nextPage = 1;
    int m_inFlight = 0;      // page requests sent and not answered
    int m_writesPending = 0; // pages received and not yet written (buffered or being written)
    // At most one cache write at a time; pages that arrive meanwhile wait here and go in the
    // next write together: one transaction per several pages when the disk is the bottleneck.
    QList<WorkOrderSummary> m_unwritten;
    QList<QByteArray> m_unwrittenJson; // each order's JSON as received, or empty: re-encoded
    int m_pagesUnwritten = 0;
    bool m_writing = false;
    bool m_sawEmptyPage = false;
    int m_firstTotalCount = -1;
    int m_lastTotalCount = 0;
    QSet<int> m_fullPagesWithNewIds; // pages that may have more after them
    QSet<QString> m_seen;            // ids only: the orders themselves go to the cache
};

} // namespace fentu
