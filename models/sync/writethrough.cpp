#include "sync/writethrough.h"

#include "cache/cachestore.h"

namespace fentu {

WriteThrough::WriteThrough(CacheStore *store, QObject *parent) : QObject(parent), m_store(store) {}

void WriteThrough::writeDetail(const WorkOrder &order)
{
    if (!m_store || order.id.isEmpty())
        return;
    m_store->upsertWorkOrder(order, this, [this](CacheResult<CacheDone> result) {
        if (result.isOk())
            noteWritten();
    });
}

ApiCall *WriteThrough::fetchDetail(ApiClient *client, const QString &id, QObject *context,
                                   ApiClient::Callback<WorkOrder> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // The detail is written even when the caller went away meanwhile: it was fetched anyway.
    return client->getWorkOrder(
        id, this, [this, guard, hasContext, done = std::move(done)](ApiResult<WorkOrder> r) {
            if (r.isOk())
                writeDetail(r.value());
            if (done && (!hasContext || guard))
                done(std::move(r));
        });
}

void WriteThrough::noteWritten()
{
    m_lastWrittenAt = QDateTime::currentDateTimeUtc();
    emit written(m_lastWrittenAt);
}

} // namespace fentu
