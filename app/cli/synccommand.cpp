#include "synccommand.h"

#include "console.h"
#include "formatters/syncsummary.h"
#include "outboxservices.h"
#include "subcommandparser.h"

#include "cache/cachestore.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation SyncCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(
        kName, tr("[options]"),
        tr("Copies every work order of the server, and its customers and technicians, into the "
           "offline cache; orders deleted on the server leave the cache. Progress is shown on a "
           "terminal; a summary is printed at the end. An interrupted or failed sync keeps the "
           "previously cached orders. Then it fetches the details (description, notes, contact "
           "and phone, tasks) of the orders that are new or changed since they were last "
           "fetched, within the window set in Fentu Desk's Settings, so that they are complete "
           "offline; an interrupted detail phase goes on where it stopped next time."));
    const QCommandLineOption listsOnly(
        u"lists-only"_s, tr("Only the lists: skip fetching the details of new and changed orders."));
    const QCommandLineOption maxWait(
        u"max-wait"_s,
        tr("How long, in all, to wait for a server that asks to slow down (rate limiting) before "
           "giving up: %1 to %2 minutes (default: Fentu Desk's Settings ▸ Offline, %3).")
            .arg(AppSettings::MinRateLimitWaitMinutes)
            .arg(AppSettings::MaxRateLimitWaitMinutes)
            .arg(AppSettings::DefaultRateLimitWaitMinutes),
        tr("MINUTES"));
    parser.addOption(listsOnly);
    parser.addOption(maxWait);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);
    m_listsOnly = parser.isSet(listsOnly);
    m_maxWaitMinutes = AppSettings().rateLimitWaitMinutes();
    if (parser.isSet(maxWait)) {
        bool ok = false;
        m_maxWaitMinutes = parser.value(maxWait).trimmed().toInt(&ok);
        if (!ok || m_maxWaitMinutes < AppSettings::MinRateLimitWaitMinutes ||
            m_maxWaitMinutes > AppSettings::MaxRateLimitWaitMinutes) {
            return Invocation::usageError(tr("--max-wait must be a whole number of minutes from "
                                             "%1 to %2")
                                              .arg(AppSettings::MinRateLimitWaitMinutes)
                                              .arg(AppSettings::MaxRateLimitWaitMinutes));
        }
    }
    return Invocation::run(parser.global());
}

Needs SyncCommand::needs() const
{
    return {.server = true, .cache = true, .outbox = true};
}

void SyncCommand::run(Done done)
{
    m_done = std::move(done);
    OutboxReplayer &replayer = m_services.outbox->replayer();
    connect(&replayer, &OutboxReplayer::conflictDetected, this, [this](const Conflict &c) {
        ++m_attention;
        m_told.append(c.seq);
        const QString number = c.theirs.number.isEmpty() ? c.orderId : c.theirs.number;
        m_services.console->warning(
            tr("%1 changed on the server since your offline edit: nothing was sent; compare "
               "with \"fentu-cli pending\", then choose with \"fentu-cli pending --keep-mine %2\" "
               "or \"--take-theirs %2\" (or in Fentu Desk)")
                .arg(number, QString::number(c.seq)));
    });
    connect(&replayer, &OutboxReplayer::needsAttention, this, &SyncCommand::refused);
    connect(&replayer, &OutboxReplayer::replayFinished, this, &SyncCommand::replayed,
            Qt::SingleShotConnection);
    replayer.replay();
}

void SyncCommand::refused(const OutboxEntry &entry)
{
    ++m_attention;
    m_told.append(entry.seq);
    const QString seq = QString::number(entry.seq);
    if (entry.state == OutboxEntry::State::PossiblySent) {
        m_services.console->warning(
            tr("%1: %2; send it again with \"fentu-cli pending "
               "--send-again %3\" or give it up with \"--discard %3\"")
                .arg(entry.localNumber.isEmpty() ? entry.orderId : entry.localNumber,
                     Failure::oneLine(entry.errorMessage), seq));
        return;
    }
    m_services.console->warning(tr("%1 refused by the server: %2; fix it in Fentu Desk, or "
                                   "give it up with \"fentu-cli pending --discard %3\"")
                                    .arg(entry.orderId, entry.errorMessage, seq));
}

void SyncCommand::replayed(const ReplayReport &report)
{
    if (report.sent > 0)
        m_services.console->print(
            tr("%n change(s) saved offline sent to the server.", nullptr, report.sent) + u'\n');
    if (report.stoppedEarly()) {
        Failure failure = report.cacheError.isError()
                              ? Failure::fromCache(report.cacheError)
                              : Failure::fromApi(report.stoppedBy, m_services.apiKey);
        failure.message = tr("the changes saved offline could not be sent: %1; they stay in "
                             "the outbox")
                              .arg(failure.message);
        m_done(failure);
        return;
    }
    reportOlderRefusals();
}

void SyncCommand::reportOlderRefusals()
{
    // Refusals of earlier passes (here or in Fentu Desk) are not retried: say they still wait.
    m_services.cache->listOutbox(std::nullopt, this, [this](CacheResult<QList<OutboxEntry>> r) {
        if (r.isOk()) {
            for (const OutboxEntry &entry : r.value()) {
                // A lost create not found on the server waits too (passes skip it).
                const bool waits =
                    entry.state == OutboxEntry::State::NeedsAttention ||
                    (entry.state == OutboxEntry::State::PossiblySent && entry.isWaitingForUser());
                if (waits && !m_told.contains(entry.seq))
                    refused(entry);
            }
        }
        startSync();
    });
}

void SyncCommand::startSync()
{
    m_engine = new SyncEngine(m_services.client, m_services.cache, this);
    m_engine->setFetchDetails(!m_listsOnly);
    m_engine->setDetailScope(AppSettings().detailScope()); // the window's Settings ▸ Offline
    m_engine->setMaxRateLimitWait(std::chrono::minutes(m_maxWaitMinutes));
    connect(m_engine, &SyncEngine::progress, this, [this](int fetched, int total) {
        m_services.console->progress(SyncSummary::progress(fetched, total, m_locale));
    });
    connect(m_engine, &SyncEngine::detailProgress, this, [this](int fetched, int total) {
        m_services.console->progress(SyncSummary::detailProgress(fetched, total, m_locale));
    });
    connect(m_engine, &SyncEngine::waiting, this, [this](int seconds) {
        m_services.console->progress(
            tr("waiting for the server (rate limited), resuming in %n s", nullptr, seconds));
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
        if (m_attention > 0)
            m_done(
                Failure{ExitCode::Refused,
                        tr("%n change(s) saved offline need attention (see above, or "
                           "fentu-cli pending)",
                           nullptr, m_attention)});
        else
            m_done(std::nullopt);
        return;
    }
    Failure failure;
    if (result.cacheError.isError())
        failure = Failure::fromCache(result.cacheError);
    else if (result.apiError.isError())
        failure = Failure::fromApi(result.apiError, m_services.apiKey);
    else if (!result.pagingFault.isEmpty()) // an answer that cannot be used
        failure = Failure{ExitCode::BadResponse, result.pagingFault};
    else
        failure = Failure::local(tr("the sync was interrupted"));
    if (result.rateLimitGaveUpAfterMs > 0) {
        // The server's own "try again in N s" is not the whole story: the sync would have
        // waited, up to a limit the user sets.
        failure.message = tr("the server kept asking to slow down (rate limiting), longer than "
                             "the %n minute(s) a sync waits for it (--max-wait, or Fentu Desk's "
                             "Settings ▸ Offline)",
                             nullptr, int((result.rateLimitGaveUpAfterMs + 59999) / 60000));
    }
    failure.message =
        result.listsCompleted
            ? tr("the orders were synced, but fetching their details stopped after %1 of %2: "
                 "%3; the next sync fetches the rest")
                  .arg(QString::number(result.detailsFetched),
                       QString::number(result.detailsWanted), failure.message)
            : tr("sync failed: %1; the previously cached orders are kept").arg(failure.message);
    m_done(failure);
}

} // namespace fentu::cli
