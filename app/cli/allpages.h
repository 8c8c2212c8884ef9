#pragma once

#include "failure.h"

#include "api/workorderquery.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace fentu {
class ApiClient;
class CacheStore;
} // namespace fentu

namespace fentu::cli {

/// Every order of a query, page after page, from the server or the cache alike. Never trusts
/// the meta alone: rows are de-duplicated by id (pages can shift while they are read), an empty
/// page ends the list, a full last page is followed while it brings new orders, and a hard
/// limit stops a server that never ends.
class AllPages : public QObject
{
    Q_OBJECT
public:
    using PageDone =
        std::function<void(std::optional<Page<WorkOrderSummary>>, std::optional<Failure>)>;
    /// Fetches one page and calls back once, from the event loop: a page or a failure.
    using Fetch = std::function<void(const WorkOrderQuery &query, QObject *context, PageDone done)>;
    using Done = std::function<void(std::optional<Failure>)>;

    static constexpr int kMaxPages = 100000;
    static constexpr int kServerPageSize = 100; // the API's maximum: fewest round trips
    static constexpr int kCachePageSize = 1000;

    /// Pages from the server; `apiKey` is masked out of its failures.
    static Fetch fromServer(ApiClient *client, const QString &apiKey);
    /// Pages from the offline cache.
    static Fetch fromCache(CacheStore *cache);
    /// The cache's orders whose searchable text matches `text` (CacheStore::searchPage).
    static Fetch fromCacheSearch(CacheStore *cache, const QString &text);

    AllPages(Fetch fetch, int perPage, QObject *parent = nullptr);

    /// Runs for every page received, before the next is asked for (for the write-through).
    void onPage(std::function<void(const QList<WorkOrderSummary> &)> handler)
    {
        m_onPage = std::move(handler);
    }
    /// Fetches every page of `query` (its page and per_page are ignored).
    void start(const WorkOrderQuery &query, Done done);
    /// The distinct orders in the order they came.
    const QList<WorkOrderSummary> &orders() const { return m_orders; }

private:
    void request(int page);
    void received(int page, const Page<WorkOrderSummary> &result);

    Fetch m_fetch;
    int m_perPage;
    WorkOrderQuery m_query;
    Done m_done;
    std::function<void(const QList<WorkOrderSummary> &)> m_onPage;
    QList<WorkOrderSummary> m_orders;
    QSet<QString> m_seen;
};

} // namespace fentu::cli
