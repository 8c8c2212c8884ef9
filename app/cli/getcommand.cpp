#include "getcommand.h"

#include "console.h"
#include "formatters/orderprinter.h"
#include "subcommandparser.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "domain/workordernumber.h"
#include "numberlookup.h"
#include "pages/relativetime.h"
#include "sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation GetCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(kName, tr("ID [options]"),
                            tr("Shows one work order in full, from the server (and written "
                               "through to the offline cache) or, with --offline, from the "
                               "cache."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345, or its number, such "
                                   "as WO-2026-898 (looked up in the offline cache, and when it "
                                   "is not there in the server's lists)."));
    const QCommandLineOption offline(u"offline"_s,
                                     tr("Reads the offline cache; the server is not contacted."));
    const QCommandLineOption format = outputFormatOption({OutputFormat::Text, OutputFormat::Json});
    parser.addOption(offline);
    parser.addOption(format);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);

    GetArguments get;
    get.id = parser.arguments().constFirst().trimmed();
    get.offline = parser.isSet(offline);
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    get.format = *chosen;
    m_arguments = std::move(get);
    return Invocation::run(parser.global());
}

Needs GetCommand::needs() const
{
    // Without --offline the cache only gets a copy: the order is shown when it cannot be used.
    // A number is looked up in the cache (the server cannot look one up), so it needs it.
    return {.server = !m_arguments.offline,
            .cache = m_arguments.offline || isWholeWorkOrderNumber(m_arguments.id)};
}

void GetCommand::run(Done done)
{
    m_done = std::move(done);
    if (isWholeWorkOrderNumber(m_arguments.id)) {
        findNumber();
        return;
    }
    fetch();
}

void GetCommand::fetch()
{
    if (m_arguments.offline)
        fromCache();
    else
        fromServer();
}

void GetCommand::findNumber()
{
    const QString number = m_arguments.id;
    lookUpNumber(*m_services.cache, number, this,
                 [this, number](CacheResult<std::optional<QString>> found) {
                     if (!found.isOk()) {
                         m_done(Failure::fromCache(found.error()));
                     } else if (found.value()) {
                         m_arguments.id = *found.value();
                         fetch();
                     } else if (m_arguments.offline || m_listsRead) {
                         m_done(Failure::local(
                             m_listsRead ? tr("%1 is not among the orders on the server")
                                               .arg(number.trimmed())
                                         : numberNotCachedMessage(number)));
                     } else {
                         readListsAndLookAgain(number);
                     }
                 });
}

void GetCommand::readListsAndLookAgain(const QString &number)
{
    // The server has no number filter: its lists are read (a sync of the lists, kept in the
    // cache), then the cache is asked again.
    m_listsRead = true;
    m_services.console->warning(
        tr("%1 is not cached yet: reading the server's lists to find it").arg(number.trimmed()));
    auto *sync = new SyncEngine(m_services.client, m_services.cache, this);
    connect(sync, &SyncEngine::finished, this, [this, sync, number](const SyncResult &result) {
        sync->deleteLater();
        if (!result.isCompleted() && result.apiError.isError()) {
            m_done(Failure::fromApi(result.apiError, m_services.apiKey));
            return;
        }
        findNumber();
    });
    sync->startListsOnly();
}

void GetCommand::fromServer()
{
    m_services.client->getWorkOrder(m_arguments.id, this, [this](ApiResult<WorkOrder> result) {
        if (!result.isOk()) {
            m_done(Failure::fromApi(result.error(), m_services.apiKey));
            return;
        }
        const WorkOrder order = result.value();
        if (!m_services.cache) {
            print(order);
            m_done(std::nullopt);
            return;
        }
        m_services.cache->upsertWorkOrder(
            order, this, [this, order](CacheResult<CacheDone> written) {
                if (!written.isOk())
                    m_services.console->warning(
                        tr("the order could not be saved in the offline cache: %1")
                            .arg(written.error().userMessage()));
                print(order);
                m_done(std::nullopt);
            });
    });
}

void GetCommand::fromCache()
{
    m_services.cache->getWorkOrder(
        m_arguments.id, this, [this](CacheResult<std::optional<CachedWorkOrder>> result) {
            if (!result.isOk()) {
                m_done(Failure::fromCache(result.error()));
                return;
            }
            if (!result.value()) {
                m_done(Failure::local(tr("work order %1 is not in the offline cache (run "
                                         "fentu-cli sync, or get it without --offline)")
                                          .arg(m_arguments.id)));
                return;
            }
            const CachedWorkOrder &cached = *result.value();
            print(cached.order);
            if (m_arguments.format == OutputFormat::Text)
                m_services.console->print(
                    u'\n' +
                    (cached.hasDetail
                         ? tr("From the offline cache, fetched %1.")
                         : tr("From the offline cache (list fields only), fetched %1."))
                        .arg(RelativeTime::format(cached.fetchedAt)) +
                    u'\n');
            m_done(std::nullopt);
        });
}

void GetCommand::print(const WorkOrder &order)
{
    m_services.console->print(formatOrder(order, m_arguments.format));
}

} // namespace fentu::cli
