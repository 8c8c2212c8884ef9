#pragma once

// Shared by the sync tests: the sandbox + client + cache fixture (SyncFixture), await(), and
// reads of a server or a cache that wait for their answers.

#include "await.h"
#include "syncfixture.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

namespace fentu::test {

/// A full sync through `engine`, to its end; ends the run when it never finishes.
inline SyncResult runSync(SyncEngine &engine, int timeoutMs = kWaitMs)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        qFatal("the sync never finished");
    return finished.first().first().value<SyncResult>();
}

/// Every order of the server, page by page through the client, as a person paging would.
inline QList<WorkOrderSummary> allServerOrders(ApiClient &client)
{
    QList<WorkOrderSummary> all;
    WorkOrderQuery query;
    for (query.page = 1; query.page < 1000; ++query.page) {
        auto page = await<ApiResult<Page<WorkOrderSummary>>>(
            [&](auto done) { client.listWorkOrders(query, nullptr, done); });
        if (!page.isOk()) {
            qWarning("server page failed: %s", qPrintable(page.error().technicalDetail()));
            return {};
        }
        if (page.value().items.isEmpty())
            break;
        all.append(page.value().items);
    }
    return all;
}

/// Every cached order, in the server's order.
inline QList<WorkOrderSummary> allCachedOrders(CacheStore &store)
{
    QList<WorkOrderSummary> all;
    WorkOrderQuery query;
    for (query.page = 1; query.page < 1000; ++query.page) {
        auto page = await<CacheResult<Page<WorkOrderSummary>>>(
            [&](auto done) { store.queryPage(query, nullptr, done); });
        if (!page.isOk()) {
            qWarning("cache page failed: %s", qPrintable(page.error().technicalDetail()));
            return {};
        }
        if (page.value().items.isEmpty())
            break;
        all.append(page.value().items);
    }
    return all;
}

inline QStringList idsOf(const QList<WorkOrderSummary> &orders)
{
    QStringList ids;
    for (const WorkOrderSummary &order : orders)
        ids.append(order.id);
    return ids;
}

inline QStringList integrity(CacheStore &store)
{
    auto result =
        await<CacheResult<QStringList>>([&](auto done) { store.integrityCheck(nullptr, done); });
    return result.isOk() ? result.value() : QStringList{QStringLiteral("integrity check failed")};
}

inline std::optional<CachedWorkOrder> cachedOrder(CacheStore &store, const QString &id)
{
    auto result = await<CacheResult<std::optional<CachedWorkOrder>>>(
        [&](auto done) { store.getWorkOrder(id, nullptr, done); });
    return result.isOk() ? result.value() : std::nullopt;
}

inline ApiResult<WorkOrder> serverOrder(ApiClient &client, const QString &id)
{
    return await<ApiResult<WorkOrder>>([&](auto done) { client.getWorkOrder(id, nullptr, done); });
}

/// The order `id` as the server has it; ends the run when it is not there.
inline WorkOrder orderOn(ApiClient &client, const QString &id)
{
    const auto r = serverOrder(client, id);
    if (!r.isOk())
        qFatal("order %s not on the server", qPrintable(id));
    return r.value();
}

/// The whole order of the n-th order of the server's list whose status is `status`, if any.
inline std::optional<WorkOrder> orderWith(ApiClient &client, Status status, bool withTechnician,
                                          int skip = 0)
{
    WorkOrderQuery query;
    query.status = status;
    query.perPage = 100;
    auto page = await<ApiResult<Page<WorkOrderSummary>>>(
        [&](auto done) { client.listWorkOrders(query, nullptr, done); });
    if (!page.isOk())
        return std::nullopt;
    for (const WorkOrderSummary &s : page.value().items) {
        if (bool(s.technician) != withTechnician)
            continue;
        if (skip-- > 0)
            continue;
        return orderOn(client, s.id);
    }
    return std::nullopt;
}

/// The customer `id` as the server has it; ends the run when it is not there.
inline Customer customerOn(ApiClient &client, const QString &id)
{
    auto r = await<ApiResult<Customer>>([&](auto done) { client.getCustomer(id, nullptr, done); });
    if (!r.isOk())
        qFatal("customer %s not on the server", qPrintable(id));
    return r.value();
}

/// A change made straight on the server, as another dispatcher would.
inline ApiResult<WorkOrder> putOrder(ApiClient &client, const QString &id,
                                     const WorkOrderPatch &patch)
{
    return await<ApiResult<WorkOrder>>(
        [&](auto done) { client.updateWorkOrder(id, patch, nullptr, done); });
}

/// A create as it stands after its answer was lost (the POST left, nothing came back): in the
/// outbox, possibly sent. Its seq, or 0 if the cache refused.
inline qint64 queuePossiblySentCreate(CacheStore &store, const NewWorkOrder &order)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Create;
    entry.orderId = OutboxEntry::newLocalId();
    entry.newOrder = order;
    const auto stored = await<CacheResult<OutboxWrite>>(
        [&](auto done) { store.enqueueOutbox(entry, nullptr, done); });
    if (!stored.isOk())
        return 0;
    const qint64 seq = stored.value().entry.seq;
    const auto marked = await<CacheResult<CacheDone>>([&](auto done) {
        store.setOutboxState(seq, OutboxEntry::State::PossiblySent, {}, nullptr, done);
    });
    return marked.isOk() ? seq : 0;
}

} // namespace fentu::test
