#include "cache/writethroughpagesource.h"

#include "cache/cachestore.h"

namespace fentu {

WriteThroughPageSource::WriteThroughPageSource(WorkOrderPageSource *inner, CacheStore *store,
                                               QObject *parent)
    : WorkOrderPageSource(parent), m_inner(inner), m_store(store)
{}

ApiCall *WriteThroughPageSource::fetchPage(const WorkOrderQuery &query, QObject *context,
                                           PageCallback done)
{
    QPointer<CacheStore> store = m_store;
    return m_inner->fetchPage(
        query, context, [store, done = std::move(done)](ApiResult<Page<WorkOrderSummary>> result) {
            // Queued on the cache's thread; a failed write reaches CacheStore::writeFailed
            // and never holds the page back from the user.
            if (result.isOk() && store && !result.value().items.isEmpty())
                store->upsertSummaries(result.value().items);
            if (done)
                done(std::move(result));
        });
}

} // namespace fentu
