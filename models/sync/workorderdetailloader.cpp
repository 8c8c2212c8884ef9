#include "sync/workorderdetailloader.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "pages/switchingpagesource.h"
#include "pages/writethrough.h"
#include "sync/synclogging.h"

namespace fentu {

WorkOrderDetailLoader::WorkOrderDetailLoader(ApiClient *client, SwitchingPageSource *switching,
                                             CacheStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_switching(switching), m_store(store)
{
    Q_ASSERT(m_client);
}

WorkOrderDetailLoader::~WorkOrderDetailLoader()
{
    dropCall();
}

void WorkOrderDetailLoader::load(const QString &id)
{
    if (id.isEmpty()) {
        clear();
        return;
    }
    dropCall();
    const quint64 generation = ++m_generation;
    if (id != m_id) {
        // Another order: nothing of the previous one may show while this one loads.
        m_id = id;
        m_order = WorkOrder();
        m_fromCache = false;
        m_partial = false;
        m_cachedAt = QDateTime();
    }
    m_error = ApiError();
    m_errorMessage.clear();
    setState(State::Loading);
    if (m_switching && m_store && !m_switching->isOnline())
        readCache(generation, ApiError());
    else
        fetchFromServer(generation);
}

void WorkOrderDetailLoader::reload()
{
    if (!m_id.isEmpty())
        load(m_id);
}

void WorkOrderDetailLoader::clear()
{
    dropCall();
    ++m_generation;
    m_id.clear();
    m_order = WorkOrder();
    m_error = ApiError();
    m_errorMessage.clear();
    m_fromCache = false;
    m_partial = false;
    m_cachedAt = QDateTime();
    setState(State::Idle);
}

void WorkOrderDetailLoader::fetchFromServer(quint64 generation)
{
    auto done = [this, generation](ApiResult<WorkOrder> result) {
        if (generation != m_generation)
            return; // an answer for an order no longer asked for
        m_call.clear();
        if (result.isOk()) {
            finishWithOrder(result.value());
            return;
        }
        const ApiError &error = result.error();
        if (m_switching && m_store && ConnectivityMonitor::isUnreachable(error)) {
            // The server went away: the cache may still know the order. The monitor hears
            // of it too, so the table and the banner switch over as well.
            qCInfo(lcSync) << "detail" << m_id << "read from the cache:" << error.technicalDetail();
            m_switching->monitor()->reportFailure(error);
            readCache(generation, error);
            return;
        }
        fail(error, error.userMessage());
    };
    if (m_switching)
        m_call = m_switching->writeThrough()->fetchDetail(m_client, m_id, this, std::move(done));
    else
        m_call = m_client->getWorkOrder(m_id, this, std::move(done));
}

void WorkOrderDetailLoader::readCache(quint64 generation, const ApiError &networkError)
{
    m_store->getWorkOrder(
        m_id, this,
        [this, generation, networkError](CacheResult<std::optional<CachedWorkOrder>> result) {
            if (generation != m_generation)
                return;
            if (result.isOk() && result.value().has_value()) {
                finishWithCache(*result.value());
                return;
            }
            if (networkError.isError()) {
                fail(networkError, networkError.userMessage());
            } else if (!result.isOk()) {
                fail(ApiError(), tr("The offline cache could not be read. %1")
                                     .arg(result.error().userMessage()));
            } else {
                fail(ApiError(), tr("This work order is not in the offline cache. Its details "
                                    "show once the server can be reached."));
            }
        });
}

void WorkOrderDetailLoader::finishWithOrder(const WorkOrder &order)
{
    m_order = order;
    m_fromCache = false;
    m_partial = false;
    m_cachedAt = QDateTime();
    setState(State::Loaded);
}

void WorkOrderDetailLoader::finishWithCache(const CachedWorkOrder &cached)
{
    m_order = cached.order;
    m_fromCache = true;
    m_partial = !cached.hasDetail;
    m_cachedAt = cached.fetchedAt;
    setState(State::Loaded);
}

void WorkOrderDetailLoader::fail(const ApiError &error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    setState(State::Failed);
}

void WorkOrderDetailLoader::setState(State state)
{
    // Emitted even when the state stays (Loading for another id): the view redraws on it.
    m_state = state;
    emit stateChanged(state);
}

void WorkOrderDetailLoader::dropCall()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

} // namespace fentu
