#include "sync/lookuploader.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "sync/synclogging.h"

#include <utility>

namespace fentu {

namespace {

constexpr int kPerPage = 100;

// What differs between the two lookups: how a page is asked and how the cache is read.
ApiCall *askPage(ApiClient *client, int page, QObject *context,
                 ApiClient::Callback<Page<Customer>> done)
{
    CustomerQuery query;
    query.page = page;
    query.perPage = kPerPage;
    return client->listCustomers(query, context, std::move(done));
}

ApiCall *askPage(ApiClient *client, int page, QObject *context,
                 ApiClient::Callback<Page<Technician>> done)
{
    return client->listTechnicians(page, kPerPage, context, std::move(done));
}

void askCache(CacheStore *store, QObject *context, CacheStore::Callback<QList<Customer>> done)
{
    store->listCustomers({}, context, std::move(done));
}

void askCache(CacheStore *store, QObject *context, CacheStore::Callback<QList<Technician>> done)
{
    store->listTechnicians(context, std::move(done));
}

const char *lookupName(const QList<Customer> &)
{
    return "customers";
}

const char *lookupName(const QList<Technician> &)
{
    return "technicians";
}

} // namespace

template <typename T> struct LookupLoader::Run
{
    quint64 generation = 0;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback<T> done;
    PageHook<T> hook;
    QList<T> items; // the pages so far
};

LookupLoader::LookupLoader(ApiClient *client, CacheStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{}

LookupLoader::~LookupLoader()
{
    cancel();
}

void LookupLoader::setMonitor(ConnectivityMonitor *monitor)
{
    m_monitor = monitor;
}

void LookupLoader::customers(QObject *context, Callback<Customer> done, PageHook<Customer> hook)
{
    start<Customer>(context, std::move(done), std::move(hook));
}

void LookupLoader::technicians(QObject *context, Callback<Technician> done,
                               PageHook<Technician> hook)
{
    start<Technician>(context, std::move(done), std::move(hook));
}

void LookupLoader::cancel()
{
    ++m_generation;
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {})) {
        if (call)
            call->cancel(); // answers with the old generation: dropped
    }
}

bool LookupLoader::online() const
{
    return m_client && (!m_monitor || m_monitor->isOnline());
}

template <typename T> bool LookupLoader::isCurrent(const Run<T> &run) const
{
    return run.generation == m_generation && (!run.hasContext || run.context);
}

template <typename T> void LookupLoader::start(QObject *context, Callback<T> done, PageHook<T> hook)
{
    auto run = std::make_shared<Run<T>>();
    run->generation = m_generation;
    run->context = context;
    run->hasContext = context != nullptr;
    run->done = std::move(done);
    run->hook = std::move(hook);
    if (online()) {
        fetch(run, 1);
        return;
    }
    // Offline: the cache answers, but never from inside this call.
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (isCurrent(*run))
                fallBack(run, ApiError());
        },
        Qt::QueuedConnection);
}

template <typename T> void LookupLoader::fetch(const std::shared_ptr<Run<T>> &run, int page)
{
    ApiClient::Callback<Page<T>> answer = [this, run, page](ApiResult<Page<T>> result) {
        if (!isCurrent(*run))
            return;
        if (!result) {
            qCInfo(lcSync) << lookupName(run->items)
                           << "lookup unavailable:" << result.error().technicalDetail();
            fallBack(run, result.error());
            return;
        }
        const QList<T> &items = result.value().items;
        run->items.append(items);
        const bool last =
            items.isEmpty() || page >= result.value().meta.totalPages || page >= m_maxPages;
        auto next = [this, run, page, last](bool goOn) {
            if (!goOn || !isCurrent(*run))
                return;
            if (last)
                finish(run, Origin::Server, ApiError());
            else
                fetch(run, page + 1);
        };
        if (run->hook)
            run->hook(items, std::move(next));
        else
            next(true);
    };
    m_calls.removeAll(nullptr);
    m_calls.append(askPage(m_client, page, this, std::move(answer)));
}

template <typename T>
void LookupLoader::fallBack(const std::shared_ptr<Run<T>> &run, const ApiError &error)
{
    if (!m_cacheFallback || !m_store) {
        finish(run, Origin::None, error);
        return;
    }
    askCache(m_store, this,
             CacheStore::Callback<QList<T>>([this, run, error](CacheResult<QList<T>> cached) {
                 if (!isCurrent(*run))
                     return;
                 if (!cached.isOk()) {
                     finish(run, Origin::None, error);
                     return;
                 }
                 run->items = cached.value();
                 finish(run, Origin::Cache, error);
             }));
}

template <typename T>
void LookupLoader::finish(const std::shared_ptr<Run<T>> &run, Origin origin, const ApiError &error)
{
    if (auto done = std::exchange(run->done, nullptr))
        done(Result<T>{std::exchange(run->items, {}), origin, error});
}

} // namespace fentu
