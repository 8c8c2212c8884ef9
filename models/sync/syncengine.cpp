#include "sync/syncengine.h"

#include "sync/syncrun.h"

#include <utility>

namespace fentu {

SyncEngine::SyncEngine(ApiClient *client, CacheStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{}

SyncEngine::~SyncEngine()
{
    // Posts endFullSync(false) so the cache stops counting writes as part of this sync; the
    // run's own callbacks die with it.
    if (m_run)
        m_run->cancel();
}

void SyncEngine::start()
{
    startRun(m_fetchDetails);
}

void SyncEngine::startListsOnly()
{
    startRun(false);
}

void SyncEngine::startRun(bool fetchDetails)
{
    if (m_run)
        return;
    SyncRun::Settings settings;
    settings.perPage = m_perPage;
    settings.maxInFlight = m_maxInFlight;
    settings.maxRateLimitWait = m_maxRateLimitWait;
    settings.fetchDetails = fetchDetails;
    settings.details = m_detailScope;
    settings.maxDetailsInFlight = m_maxInFlight;
    m_run = new SyncRun(m_client, m_store, m_monitor, settings, this);
    connect(m_run, &SyncRun::progress, this, &SyncEngine::progress);
    connect(m_run, &SyncRun::detailProgress, this, &SyncEngine::detailProgress);
    connect(m_run, &SyncRun::waiting, this, &SyncEngine::waiting);
    connect(m_run, &SyncRun::finished, this, [this, run = m_run](const SyncResult &r) {
        m_run = nullptr;
        run->deleteLater();
        emit finished(r);
    });
    emit started();
    m_run->start();
}

void SyncEngine::abandon()
{
    if (!m_run)
        return;
    SyncRun *run = std::exchange(m_run, nullptr);
    run->disconnect(this); // its own finished, if any, is not this engine's to report
    run->cancel(); // posts endFullSync(false) to this server's cache, behind its page writes
    delete run;    // its requests are aborted, its answers and cache results dropped
    SyncResult result;
    result.outcome = SyncResult::Outcome::Cancelled;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    // Never from inside the switch: listeners may start work of their own.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

void SyncEngine::cancel()
{
    if (m_run)
        m_run->cancel();
}

} // namespace fentu
