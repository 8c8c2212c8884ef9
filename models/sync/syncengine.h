#pragma once

#include "connectivity/connectivitymonitor.h"
#include "domain/detailscope.h"
#include "sync/syncresult.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace fentu {

class ApiClient;
class CacheStore;
class SyncRun;

/// Full sync: pages every work order of the server into the cache, then the customers and
/// technicians, then the details of new and changed orders (so that they are complete
/// offline), with progress and cancel. At most one sync runs at a time. Interrupted syncs
/// (cancel, network loss, a failing or malformed page) leave the cache as it was, plus the
/// pages already written; orders gone from the server are removed only by a complete sync.
/// Nothing here blocks the calling thread: pages are decoded by the ApiClient, written on the
/// cache's thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    /// Neither is owned; both must outlive the engine.
    SyncEngine(ApiClient *client, CacheStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Optional: page failures that mean "server unreachable" take the app offline.
    void setConnectivity(ConnectivityMonitor *monitor) { m_monitor = monitor; }
    /// Page requests in flight at once (default 4); the ApiClient has its own limit too.
    void setMaxPagesInFlight(int count) { m_maxInFlight = count; }
    int maxPagesInFlight() const { return m_maxInFlight; }
    /// Orders per page, 1..100 (default 100).
    void setPageSize(int perPage) { m_perPage = perPage; }
    /// How long, in all, a sync waits for a server that asks it to slow down (default 5 min).
    void setMaxRateLimitWait(std::chrono::milliseconds wait) { m_maxRateLimitWait = wait; }
    std::chrono::milliseconds maxRateLimitWait() const { return m_maxRateLimitWait; }

    /// After the lists, fetch the details of new and changed orders (default true; fentu-cli
    /// sync --lists-only turns it off), within `scope` (the user's setting).
    void setFetchDetails(bool fetch) { m_fetchDetails = fetch; }
    bool fetchesDetails() const { return m_fetchDetails; }
    void setDetailScope(const DetailScope &scope) { m_detailScope = scope; }
    DetailScope detailScope() const { return m_detailScope; }

    bool isRunning() const { return m_run != nullptr; }
    /// Starts a full sync; does nothing while one runs.
    void start();
    /// The same, this once without the detail phase (a number looked for in the lists).
    void startListsOnly();
    /// Stops the running sync; finished(Cancelled) follows once the cache is consistent.
    void cancel();
    /// The server is being left (ServerSwitch): the running sync ends now. Its cache is told
    /// the sync is over, incomplete (nothing is removed from it), before the next server's
    /// cache opens; nothing of the run is heard afterwards, and finished(Cancelled) follows
    /// from the event loop. Call before the cache switches to the next server.
    void abandon();

signals:
    void started();
    /// `done` of `total` orders fetched (total is the server's count, and may move).
    void progress(int done, int total);
    /// The detail phase, after the lists: `done` of `total` details.
    void detailProgress(int done, int total);
    /// The server asked to slow down: the sync resumes in `seconds`.
    void waiting(int seconds);
    void finished(const fentu::SyncResult &result);

private:
    void startRun(bool fetchDetails);

    ApiClient *m_client;
    CacheStore *m_store;
    QPointer<ConnectivityMonitor> m_monitor;
    int m_maxInFlight = 4;
    int m_perPage = 100;
    std::chrono::milliseconds m_maxRateLimitWait{std::chrono::minutes(5)};
    bool m_fetchDetails = true;
    DetailScope m_detailScope;
    SyncRun *m_run = nullptr; // a child; deleted after it finishes
};

} // namespace fentu
