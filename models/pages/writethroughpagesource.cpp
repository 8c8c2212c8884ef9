#include "pages/writethroughpagesource.h"

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
    QPointer<QObject> receiver = context;
    return m_inner->fetchPage(
        query, context,
        [store, receiver, done = std::move(done)](ApiResult<Page<WorkOrderSummary>> result) {
            if (!result.isOk() || !store || result.value().items.isEmpty() || !receiver) {
                if (done)
                    done(std::move(result));
                return;
            }
            // Shown as the cache has it once written: an order with unsent changes keeps them
            // on screen, one deleted here and not yet on the server stays hidden. A failed
            // write (also reported through CacheStore::writeFailed) never holds the page back.
            Page<WorkOrderSummary> page = result.value();
            store->writeThroughPage(
                page.items, receiver,
                [page, done](CacheResult<QList<WorkOrderSummary>> shown) mutable {
                    if (shown.isOk()) {
                        page.withheld = int(page.items.size() - shown.value().size());
                        page.items = shown.value();
                    }
                    if (done)
                        done(ApiResult<Page<WorkOrderSummary>>(std::move(page)));
                });
        });
}

} // namespace fentu
