#include "allpages.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

namespace fentu::cli {

AllPages::Fetch AllPages::fromServer(ApiClient *client, const QString &apiKey)
{
    return [client, apiKey](const WorkOrderQuery &query, QObject *context, PageDone done) {
        client->listWorkOrders(query, context,
                               [done, apiKey](ApiResult<Page<WorkOrderSummary>> result) {
                                   if (result.isOk())
                                       done(std::move(result.value()), std::nullopt);
                                   else
                                       done(std::nullopt, Failure::fromApi(result.error(), apiKey));
                               });
    };
}

AllPages::Fetch AllPages::fromCache(CacheStore *cache)
{
    return fromCacheSearch(cache, QString()); // no words to look for: the query's pages
}

AllPages::Fetch AllPages::fromCacheSearch(CacheStore *cache, const QString &text)
{
    return [cache, text](const WorkOrderQuery &query, QObject *context, PageDone done) {
        cache->searchPage(query, text, context, [done](CacheResult<Page<WorkOrderSummary>> result) {
            if (result.isOk())
                done(std::move(result.value()), std::nullopt);
            else
                done(std::nullopt, Failure::fromCache(result.error()));
        });
    };
}

AllPages::AllPages(Fetch fetch, int perPage, QObject *parent)
    : QObject(parent), m_fetch(std::move(fetch)), m_perPage(perPage)
{}

void AllPages::start(const WorkOrderQuery &query, Done done)
{
    m_query = query;
    m_query.perPage = m_perPage;
    m_done = std::move(done);
    m_orders.clear();
    m_seen.clear();
    request(1);
}

void AllPages::request(int page)
{
    WorkOrderQuery query = m_query;
    query.page = page;
    m_fetch(
        query, this,
        [this, page](std::optional<Page<WorkOrderSummary>> result, std::optional<Failure> failure) {
            if (failure || !result) {
                m_done(failure ? *failure : Failure::local(tr("a page went missing")));
                return;
            }
            received(page, *result);
        });
}

void AllPages::received(int page, const Page<WorkOrderSummary> &result)
{
    int fresh = 0;
    for (const WorkOrderSummary &order : result.items) {
        if (order.id.isEmpty() || m_seen.contains(order.id))
            continue;
        m_seen.insert(order.id);
        m_orders.append(order);
        ++fresh;
    }
    if (m_onPage && !result.items.isEmpty())
        m_onPage(result.items);

    const bool pastCountedPages = page >= result.meta.totalPages;
    const bool last = result.items.isEmpty() ||
                      (pastCountedPages && (result.items.size() < m_perPage || fresh == 0 ||
                                            m_orders.size() >= result.meta.totalCount));
    if (last) {
        m_done(std::nullopt);
        return;
    }
    if (page >= kMaxPages) {
        m_done(Failure{
            ExitCode::BadResponse,
            tr("the server kept sending pages past %1; the list was not printed").arg(kMaxPages)});
        return;
    }
    request(page + 1);
}

} // namespace fentu::cli
