#include "pages/writethrough.h"

#include "cache/cachestore.h"

namespace fentu {

WriteThrough::WriteThrough(CacheStore *store, QObject *parent) : QObject(parent), m_store(store) {}

void WriteThrough::writeDetail(const WorkOrder &order)
{
    if (!m_store || order.id.isEmpty())
        return;
    m_store->upsertWorkOrder(order, this, [this, server = m_server](CacheResult<CacheDone> result) {
        if (result.isOk() && server == m_server)
            noteWritten();
    });
}

void WriteThrough::leaveServer()
{
    ++m_server;
    m_lastWrittenAt = QDateTime();
}

ApiCall *WriteThrough::fetchDetail(ApiClient *client, const QString &id, QObject *context,
                                   ApiClient::Callback<WorkOrder> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // The detail is written even when the caller went away meanwhile: it was fetched anyway.
    // The caller then gets it as the cache holds it: with changes not yet sent laid over (the
    // table shows them too), or newer if this answer left the server before one written.
    return client->getWorkOrder(
        id, this, [this, guard, hasContext, done = std::move(done)](ApiResult<WorkOrder> r) {
            const auto deliver = [guard, hasContext, done](ApiResult<WorkOrder> result) {
                if (done && (!hasContext || guard))
                    done(std::move(result));
            };
            if (!r.isOk() || !m_store || r.value().id.isEmpty()) {
                deliver(std::move(r));
                return;
            }
            const WorkOrder fetched = r.value();
            m_store->upsertWorkOrder(
                fetched, this,
                [this, fetched, deliver, server = m_server](CacheResult<CacheDone> written) {
                    // A cache that cannot write never hides the order; one of a server left
                    // meanwhile is not asked again (the next server's would answer).
                    if (!written.isOk() || !m_store || server != m_server) {
                        deliver(fetched);
                        return;
                    }
                    noteWritten();
                    m_store->getWorkOrder(
                        fetched.id, this,
                        [fetched, deliver](CacheResult<std::optional<CachedWorkOrder>> held) {
                            const bool usable =
                                held.isOk() && held.value() && held.value()->hasDetail;
                            deliver(usable ? held.value()->order : fetched);
                        });
                });
        });
}

void WriteThrough::noteWritten()
{
    m_lastWrittenAt = QDateTime::currentDateTimeUtc();
    emit written(m_lastWrittenAt);
}

} // namespace fentu
