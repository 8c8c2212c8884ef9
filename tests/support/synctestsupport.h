#pragma once

// Shared by the sync tests: an in-process fentu-sandbox whose database lives in a file (so a
// test can stop it and start it again on the same port with the same orders), a real
// CacheStore in a temporary directory, and helpers that wait for asynchronous answers.

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sandboxserver.h"

#include <QDir>
#include <QEventLoop>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace fentu::test {

inline constexpr int kWaitMs = 20000;

/// Starts an asynchronous call and pumps events until its callback delivers; fails loudly
/// when nothing arrives (a lost callback is a bug, not a slow machine).
template <typename R, typename Start> R await(Start start, int timeoutMs = kWaitMs)
{
    // An event loop that ends the moment the callback arrives: QTest::qWaitFor sleeps 10 ms
    // between looks, which made a sequence of thousands of small calls mostly sleep.
    auto slot = std::make_shared<std::optional<R>>();
    QEventLoop loop;
    QPointer<QEventLoop> running(&loop);
    start([slot, running](R result) {
        *slot = std::move(result);
        if (running)
            running->quit();
    });
    if (!slot->has_value()) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!slot->has_value())
        qFatal("an asynchronous callback never arrived");
    return std::move(**slot);
}

inline RetryPolicy quickRetries(int maxAttempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelay = std::chrono::milliseconds(10);
    policy.maxDelay = std::chrono::milliseconds(50);
    return policy;
}

/// A sandbox, a client for it and a cache of it, all in one temporary directory.
class SyncFixture
{
public:
    explicit SyncFixture(int orders = 500)
    {
        m_options.orders = orders;
        m_options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        m_options.anchorDate = QDate(2026, 3, 2);
        m_client.setRetryPolicy(quickRetries());
        m_client.setTimeout(std::chrono::milliseconds(5000));
        m_client.setApiKey(m_options.key);
    }

    [[nodiscard]] bool startServer()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(m_options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            m_server.reset();
            return false;
        }
        m_options.port = m_server->port(); // a restart comes back on the same port
        return !m_client.setBaseUrl(m_server->baseUrl()).has_value();
    }
    void stopServer() { m_server.reset(); }

    [[nodiscard]] bool openCache()
    {
        if (!m_store)
            m_store = std::make_unique<CacheStore>(m_dir.filePath(QStringLiteral("cache")));
        const auto report = await<CacheOpenReport>(
            [&](auto done) { m_store->openFile(cacheFile(), m_client.baseUrl(), nullptr, done); });
        return report.outcome == CacheOpenReport::Outcome::Opened;
    }
    /// Closes the store and makes a new one on the same file: what a restart does.
    [[nodiscard]] bool reopenCache()
    {
        await<CacheResult<CacheDone>>([&](auto done) { m_store->close(nullptr, done); });
        m_store.reset();
        return openCache();
    }

    QString cacheFile() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    sandbox::SandboxServer *server() { return m_server.get(); }
    ApiClient &client() { return m_client; }
    CacheStore &store() { return *m_store; }
    const sandbox::Options &options() const { return m_options; }

private:
    QTemporaryDir m_dir;
    sandbox::Options m_options;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    ApiClient m_client;
    std::unique_ptr<CacheStore> m_store;
};

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
