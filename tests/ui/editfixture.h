#pragma once

// Shared by the edit tests: the services a window writes through (client, cache, monitor,
// pending marks, OrderWriter, OutboxReplayer, lookups), composed as fentu-desk composes them,
// over an in-process fentu-sandbox (SyncFixture from tests/sync).

#include "synctestsupport.h"

#include "sync/connectivitymonitor.h"
#include "sync/orderlookups.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"

#include <QSignalSpy>

namespace fentu::test {

struct EditFixture
{
    explicit EditFixture(int orders = 200, const QString &key = {})
        : fixture(std::make_unique<SyncFixture>(orders))
    {
        if (!key.isEmpty())
            fixture->client().setApiKey(key);
    }

    /// Starts the sandbox, opens the cache, makes the services.
    [[nodiscard]] bool start()
    {
        if (!fixture->startServer() || !fixture->openCache())
            return false;
        monitor = std::make_unique<ConnectivityMonitor>(&fixture->client());
        monitor->setProbeDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        pending = std::make_unique<PendingOrders>(&fixture->store());
        writer = std::make_unique<OrderWriter>(&fixture->client(), &fixture->store(), monitor.get(),
                                               pending.get());
        replayer = &writer->replayer();
        lookups = std::make_unique<OrderLookups>(&fixture->client(), &fixture->store());
        lookups->setMonitor(monitor.get());
        return true;
    }

    ~EditFixture()
    {
        lookups.reset();
        replayer = nullptr;
        writer.reset();
        pending.reset();
        monitor.reset();
        fixture.reset();
    }

    ApiClient &client() { return fixture->client(); }
    CacheStore &store() { return fixture->store(); }
    sandbox::SandboxServer &server() { return *fixture->server(); }

    WorkOrder order(const QString &id)
    {
        const auto r = serverOrder(client(), id);
        if (!r.isOk())
            qFatal("order %s not on the server", qPrintable(id));
        return r.value();
    }
    /// The whole order of the n-th order of the list whose status is `status`, if any.
    std::optional<WorkOrder> orderWith(Status status, bool withTechnician, int skip = 0)
    {
        WorkOrderQuery query;
        query.status = status;
        query.perPage = 100;
        auto page = await<ApiResult<Page<WorkOrderSummary>>>(
            [&](auto done) { client().listWorkOrders(query, nullptr, done); });
        if (!page.isOk())
            return std::nullopt;
        for (const WorkOrderSummary &s : page.value().items) {
            if (bool(s.technician) != withTechnician)
                continue;
            if (skip-- > 0)
                continue;
            return order(s.id);
        }
        return std::nullopt;
    }
    Customer customer(const QString &id)
    {
        auto r =
            await<ApiResult<Customer>>([&](auto done) { client().getCustomer(id, nullptr, done); });
        if (!r.isOk())
            qFatal("customer %s not on the server", qPrintable(id));
        return r.value();
    }
    ApiResult<WorkOrder> put(const QString &id, const WorkOrderPatch &patch)
    {
        return await<ApiResult<WorkOrder>>(
            [&](auto done) { client().updateWorkOrder(id, patch, nullptr, done); });
    }

    std::unique_ptr<SyncFixture> fixture;
    std::unique_ptr<ConnectivityMonitor> monitor;
    std::unique_ptr<PendingOrders> pending;
    std::unique_ptr<OrderWriter> writer;
    OutboxReplayer *replayer = nullptr; // the writer's
    std::unique_ptr<OrderLookups> lookups;
};

} // namespace fentu::test
