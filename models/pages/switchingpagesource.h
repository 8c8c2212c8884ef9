#pragma once

#include "connectivity/connectivitymonitor.h"
#include "pages/workorderpagesource.h"

#include <QDateTime>
#include <QPointer>

namespace fentu {

class ApiClient;
class ApiPageSource;
class CachePageSource;
class CacheStore;
class WriteThrough;
class WriteThroughPageSource;

/// The page source the main window's model uses: the API (written through to the cache) while
/// online, the cache while offline. A page that fails because the server is unreachable is
/// answered from the cache instead, so the user still sees rows, and the monitor goes
/// OfflineAuto; when it comes back online (or the user toggles Work offline) switched() asks
/// for a reload from the other side.
class SwitchingPageSource : public WorkOrderPageSource
{
    Q_OBJECT
public:
    using State = ConnectivityMonitor::State;

    /// None is owned; all must outlive this source.
    SwitchingPageSource(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                        QObject *parent = nullptr);
    ~SwitchingPageSource() override;

    ApiCall *fetchPage(const WorkOrderQuery &query, QObject *context, PageCallback done) override;

    State state() const { return m_monitor->state(); }
    bool isOnline() const { return m_monitor->isOnline(); }
    ConnectivityMonitor *monitor() const { return m_monitor; }
    /// A search over every cached order (see CachePageSource::setSearchText): while the text is
    /// not empty every page comes from the cache, online too — the server has no search — and
    /// the window says so. The caller refreshes its model after a change.
    void setSearchText(const QString &text);
    QString searchText() const;
    bool isSearching() const { return !searchText().trimmed().isEmpty(); }

    /// The write-through for details the UI fetches: writeThrough()->fetchDetail().
    WriteThrough *writeThrough() const { return m_writeThrough; }

    /// How fresh the cache is: the later of the last completed full sync and the last write
    /// (UTC); invalid when nothing was ever cached.
    QDateTime cachedAt() const { return m_cachedAt; }
    /// Re-reads cachedAt() from the cache (after opening it, or after a full sync).
    void reloadCachedAt();
    /// Another server is used from now on: cachedAt() is forgotten until its cache tells
    /// (reloadCachedAt()), and the last server's write-throughs still on their way no longer
    /// count.
    void leaveServer();
    /// Records that the cache holds data as fresh as `at` (a full sync just completed).
    void noteCachedAt(const QDateTime &at);
    /// "Offline — showing orders cached 5 minutes ago" while offline; empty while online.
    QString bannerText() const;
    QString bannerText(const QDateTime &now) const;

signals:
    void stateChanged(fentu::ConnectivityMonitor::State state);
    /// Rows now come from the other side: call WorkOrderTableModel::refresh().
    void switched();
    void cachedAtChanged(const QDateTime &cachedAt);

private:
    void onStateChanged(State state);

    QPointer<CacheStore> m_store;
    ConnectivityMonitor *m_monitor;
    WriteThrough *m_writeThrough;
    ApiPageSource *m_api;
    WriteThroughPageSource *m_online;
    CachePageSource *m_cache;
    QDateTime m_cachedAt;
    int m_server = 0; // counts leaveServer(): the last server's cache info is not taken
    bool m_wasOnline = true;
};

} // namespace fentu
