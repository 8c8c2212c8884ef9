#include "sync/lookuprefresh.h"

#include "sync/synclogging.h"

#include <utility>

namespace fentu {

namespace {

// Never trust total_pages alone to end the loop: a server that always claims one more page
// stops here (a million lookup rows is far beyond any real directory).
constexpr int kMaxLookupPages = 10000;

} // namespace

LookupRefresh::LookupRefresh(ApiClient *client, CacheStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_loader(new LookupLoader(client, nullptr, this))
{
    // Sync refreshes the cache: answering from the cache would hide the server's failure.
    m_loader->setCacheFallback(false);
    m_loader->setMaxPages(kMaxLookupPages);
}

void LookupRefresh::start(std::function<void(Outcome)> done)
{
    m_done = std::move(done);
    fetchCustomers();
}

void LookupRefresh::cancel()
{
    m_cancelled = true;
    m_done = nullptr;
    m_loader->cancel();
}

template <typename T>
LookupLoader::PageHook<T> LookupRefresh::pageWriter(
    void (CacheStore::*upsert)(const QList<T> &, QObject *, CacheStore::Callback<CacheDone>),
    int *counter)
{
    return [this, upsert, counter](const QList<T> &page, std::function<void(bool)> next) {
        if (!m_store) {
            m_outcome.cacheError = CacheError(CacheError::Kind::NotOpen, QStringLiteral("gone"));
            finish();
            return next(false);
        }
        const int count = int(page.size());
        (m_store->*upsert)(page, this,
                           [this, count, counter, next](CacheResult<CacheDone> written) {
                               if (m_cancelled)
                                   return;
                               if (!written.isOk()) {
                                   m_outcome.cacheError = written.error();
                                   finish();
                                   return next(false);
                               }
                               *counter += count;
                               next(true);
                           });
    };
}

void LookupRefresh::fetchCustomers()
{
    m_loader->customers(
        this,
        [this](LookupLoader::Result<Customer> result) {
            if (!lookupFailed(result.error))
                fetchTechnicians();
        },
        pageWriter(&CacheStore::upsertCustomers, &m_outcome.customers));
}

void LookupRefresh::fetchTechnicians()
{
    m_loader->technicians(
        this,
        [this](LookupLoader::Result<Technician> result) {
            if (!lookupFailed(result.error))
                finish();
        },
        pageWriter(&CacheStore::upsertTechnicians, &m_outcome.technicians));
}

bool LookupRefresh::lookupFailed(const ApiError &error)
{
    if (!error.isError())
        return false;
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
        qCInfo(lcSync) << "a lookup is not available on this server; skipped";
        m_outcome.available = false;
        return false;
    }
    m_outcome.apiError = error;
    finish();
    return true;
}

void LookupRefresh::finish()
{
    if (auto done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

} // namespace fentu
