#pragma once

#include "api/apierror.h"
#include "domain/customer.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;
class ConnectivityMonitor;

/// Loads the customers or technicians lookup: every page from the server and, when the
/// server's lookup is missing (404: assumptions.md makes the lookups optional) or fails, what
/// the cache holds instead. The one pager behind the filter dock, the order form's pick lists
/// and sync (which writes each page to the cache through a page hook, without the fallback).
class LookupLoader : public QObject
{
    Q_OBJECT
public:
    enum class Origin
    {
        Server, // the whole lookup, from the server
        Cache,  // the server's lookup failed or was not asked (offline); the cached list
        None,   // the server's lookup failed and the cache could not stand in
    };
    Q_ENUM(Origin)

    /// One lookup as loaded.
    template <typename T> struct Result
    {
        QList<T> items; // None: the pages that did arrive before the failure
        Origin origin = Origin::Server;
        ApiError error; // why the server's list is not used (Kind::None when offline)
    };
    template <typename T> using Callback = std::function<void(Result<T>)>;
    /// Sees each page from the server before the next is asked, and must call `next` once:
    /// true goes on, false ends the load there (its callback does not run then).
    template <typename T>
    using PageHook = std::function<void(const QList<T> &page, std::function<void(bool)> next)>;

    /// Neither is owned; `store` may be null (no fallback).
    LookupLoader(ApiClient *client, CacheStore *store, QObject *parent = nullptr);
    ~LookupLoader() override;

    /// While `monitor` (not owned; may be null) says offline, the cache answers at once.
    void setMonitor(ConnectivityMonitor *monitor);
    /// Off: a failed lookup answers Origin::None with the error (sync reports it). Default on.
    void setCacheFallback(bool fallBack) { m_cacheFallback = fallBack; }
    /// total_pages is never trusted alone to end paging: an empty page or this cap ends it.
    void setMaxPages(int pages) { m_maxPages = pages; }

    /// Every customer. `done` runs once, later, unless `context` (if given) is destroyed or
    /// cancel() comes first.
    void customers(QObject *context, Callback<Customer> done, PageHook<Customer> hook = {});
    /// Every technician, in the server's (or the cache's) order.
    void technicians(QObject *context, Callback<Technician> done, PageHook<Technician> hook = {});
    /// Drops every load in flight: their callbacks never run.
    void cancel();

private:
    template <typename T> struct Run;
    template <typename T> void start(QObject *context, Callback<T> done, PageHook<T> hook);
    template <typename T> void fetch(const std::shared_ptr<Run<T>> &run, int page);
    template <typename T> void fallBack(const std::shared_ptr<Run<T>> &run, const ApiError &error);
    template <typename T>
    void finish(const std::shared_ptr<Run<T>> &run, Origin origin, const ApiError &error);
    template <typename T> bool isCurrent(const Run<T> &run) const;
    bool online() const;

    QPointer<ApiClient> m_client;
    QPointer<CacheStore> m_store;
    QPointer<ConnectivityMonitor> m_monitor;
    bool m_cacheFallback = true;
    int m_maxPages = 1000;
    quint64 m_generation = 0; // cancel() moves it on; runs of an older one are dropped
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace fentu
