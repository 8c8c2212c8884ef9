#include "syncfixture.h"

#include "await.h"

#include "sync/syncengine.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace fentu::test {

SyncFixture::SyncFixture(int orders) : m_sandbox(orders)
{
    m_client.setRetryPolicy(quickRetries());
    m_client.setTimeout(std::chrono::milliseconds(5000));
    m_client.setApiKey(m_sandbox.key());
}

bool SyncFixture::startServer()
{
    if (!m_sandbox.start())
        return false;
    return !m_client.setBaseUrl(m_sandbox.baseUrl()).has_value();
}

bool SyncFixture::openCache()
{
    if (!m_store)
        m_store = std::make_unique<CacheStore>(m_dir.filePath(u"cache"_s));
    const auto report = await<CacheOpenReport>(
        [&](auto done) { m_store->openFile(cacheFile(), m_client.baseUrl(), nullptr, done); });
    return report.outcome == CacheOpenReport::Outcome::Opened;
}

bool SyncFixture::reopenCache()
{
    await<CacheResult<CacheDone>>([&](auto done) { m_store->close(nullptr, done); });
    m_store.reset();
    return openCache();
}

bool SyncFixture::syncAll(bool withDetails)
{
    SyncEngine engine(&m_client, m_store.get());
    engine.setFetchDetails(withDetails);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(kWaitMs))
        return false;
    return finished.first().first().value<SyncResult>().isCompleted();
}

bool SyncFixture::startSynced()
{
    if (!startServer()) {
        qWarning("the sandbox did not start, or the client refused its URL");
        return false;
    }
    if (!openCache()) {
        qWarning("the cache did not open");
        return false;
    }
    if (!syncAll()) {
        qWarning("the first full sync did not complete");
        return false;
    }
    return true;
}

QString SyncFixture::cacheFile() const
{
    return m_dir.filePath(u"cache.sqlite"_s);
}

} // namespace fentu::test
