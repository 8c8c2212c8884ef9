#include "sync/lookuprefresh.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/synclogging.h"

#include <utility>

namespace fentu {

namespace {

constexpr int kPerPage = 100;
// Never trust total_pages to end the loop: a server that always claims one more page stops
// here (a million lookup rows is far beyond any real directory).
constexpr int kMaxPages = 10000;

bool isLastPage(int page, int itemCount, const PageMeta &meta)
{
    return itemCount == 0 || page >= meta.totalPages || page >= kMaxPages;
}

} // namespace

LookupRefresh::LookupRefresh(ApiClient *client, CacheStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{}

void LookupRefresh::start(std::function<void(Outcome)> done)
{
    m_done = std::move(done);
    fetchCustomers(1);
}

void LookupRefresh::cancel()
{
    m_cancelled = true;
    m_done = nullptr;
    if (m_call)
        m_call->cancel();
}

void LookupRefresh::fetchCustomers(int page)
{
    CustomerQuery query;
    query.page = page;
    query.perPage = kPerPage;
    m_call = m_client->listCustomers(query, this, [this, page](ApiResult<Page<Customer>> r) {
        m_call = nullptr;
        if (m_cancelled)
            return;
        if (!r.isOk()) {
            lookupFailed(r.error(), &LookupRefresh::finishCustomers);
            return;
        }
        if (!m_store) {
            m_outcome.cacheError = CacheError(CacheError::Kind::NotOpen, QStringLiteral("gone"));
            finish();
            return;
        }
        const int count = int(r.value().items.size());
        const bool last = isLastPage(page, count, r.value().meta);
        m_store->upsertCustomers(r.value().items, this,
                                 [this, page, count, last](CacheResult<CacheDone> written) {
                                     if (m_cancelled)
                                         return;
                                     if (!written.isOk()) {
                                         m_outcome.cacheError = written.error();
                                         finish();
                                         return;
                                     }
                                     m_outcome.customers += count;
                                     if (last)
                                         finishCustomers();
                                     else
                                         fetchCustomers(page + 1);
                                 });
    });
}

void LookupRefresh::finishCustomers()
{
    fetchTechnicians(1);
}

void LookupRefresh::fetchTechnicians(int page)
{
    m_call = m_client->listTechnicians(
        page, kPerPage, this, [this, page](ApiResult<Page<Technician>> r) {
            m_call = nullptr;
            if (m_cancelled)
                return;
            if (!r.isOk()) {
                lookupFailed(r.error(), &LookupRefresh::finish);
                return;
            }
            if (!m_store) {
                m_outcome.cacheError =
                    CacheError(CacheError::Kind::NotOpen, QStringLiteral("gone"));
                finish();
                return;
            }
            const int count = int(r.value().items.size());
            const bool last = isLastPage(page, count, r.value().meta);
            m_store->upsertTechnicians(r.value().items, this,
                                       [this, page, count, last](CacheResult<CacheDone> written) {
                                           if (m_cancelled)
                                               return;
                                           if (!written.isOk()) {
                                               m_outcome.cacheError = written.error();
                                               finish();
                                               return;
                                           }
                                           m_outcome.technicians += count;
                                           if (last)
                                               finish();
                                           else
                                               fetchTechnicians(page + 1);
                                       });
        });
}

void LookupRefresh::lookupFailed(const ApiError &error, void (LookupRefresh::*next)())
{
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
        qCInfo(lcSync) << "a lookup is not available on this server; skipped";
        m_outcome.available = false;
        (this->*next)();
        return;
    }
    m_outcome.apiError = error;
    finish();
}

void LookupRefresh::finish()
{
    if (auto done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

} // namespace fentu
