#include "pages/cachepagesource.h"

#include "pages/cachepagecall.h"
#include "cache/cachestore.h"

using namespace Qt::StringLiterals;

namespace fentu {

CachePageSource::CachePageSource(CacheStore *store, QObject *parent)
    : WorkOrderPageSource(parent), m_store(store)
{}

ApiCall *CachePageSource::fetchPage(const WorkOrderQuery &query, QObject *context,
                                    PageCallback done)
{
    auto *call = new CachePageCall(context, std::move(done), this);
    if (!m_store) {
        const CacheError error(CacheError::Kind::NotOpen, u"no cache store"_s);
        QMetaObject::invokeMethod(
            call,
            [this, call, error] {
                emit cacheFailed(error);
                call->complete(
                    ApiError::transport(ApiError::Kind::LocalStorage, error.userMessage()));
            },
            Qt::QueuedConnection);
        return call;
    }
    auto answer = [this, call](CacheResult<Page<WorkOrderSummary>> result) {
        if (result.isOk()) {
            call->complete(std::move(result.value()));
            return;
        }
        // cacheFailed carries the exact error; the model gets it in ApiError's terms.
        emit cacheFailed(result.error());
        call->complete(
            ApiError::transport(ApiError::Kind::LocalStorage, result.error().userMessage()));
    };
    // Without words to look for, a search page is the query's page.
    m_store->searchPage(query, m_searchText, call, std::move(answer));
    return call;
}

} // namespace fentu
