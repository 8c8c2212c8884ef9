#include "synccommand.h"

#include "console.h"
#include "syncsummary.h"

#include "sync/syncengine.h"

namespace fentu::cli {

SyncCommand::SyncCommand(const Services &services, QObject *parent)
    : Command(services, parent), m_locale(SyncSummary::numberLocale())
{}

void SyncCommand::run(Done done)
{
    m_done = std::move(done);
    m_engine = new SyncEngine(m_services.client, m_services.cache, this);
    connect(m_engine, &SyncEngine::progress, this, [this](int fetched, int total) {
        m_services.console->progress(SyncSummary::progress(fetched, total, m_locale));
    });
    connect(m_engine, &SyncEngine::finished, this, &SyncCommand::finished);
    m_elapsed.start();
    m_services.console->progress(SyncSummary::progress(0, 0, m_locale));
    m_engine->start();
}

void SyncCommand::finished(const SyncResult &result)
{
    m_services.console->endProgress();
    if (result.isCompleted()) {
        m_services.console->print(SyncSummary::completed(result, m_elapsed.elapsed(), m_locale) +
                                  u'\n');
        m_done(std::nullopt);
        return;
    }
    Failure failure;
    if (result.cacheError.isError())
        failure = Failure::fromCache(result.cacheError);
    else if (result.apiError.isError())
        failure = Failure::fromApi(result.apiError, m_services.apiKey);
    else
        failure = Failure::local(tr("the sync was interrupted"));
    failure.message =
        tr("sync failed: %1; the previously cached orders are kept").arg(failure.message);
    m_done(failure);
}

} // namespace fentu::cli
