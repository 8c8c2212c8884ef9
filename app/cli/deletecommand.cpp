#include "deletecommand.h"

#include "console.h"
#include "formatters/outputformat.h"
#include "formatters/writereport.h"
#include "outboxservices.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation DeleteCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(kName, u"ID [options]"_s,
                            tr("Moves one work order to the server's trash and removes it from "
                               "the offline cache. When the server cannot be reached (or with "
                               "--offline) the deletion waits in the outbox."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345."));
    const QCommandLineOption offline = offlineWriteOption();
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);
    m_arguments = DeleteArguments{parser.arguments().constFirst().trimmed(), parser.isSet(offline)};
    return Invocation::run(parser.global());
}

Needs DeleteCommand::needs() const
{
    // The outbox is in the cache: the deletion waits there when the server is away.
    return {.server = !m_arguments.offline, .client = true, .cache = true};
}

void DeleteCommand::run(Done done)
{
    m_done = std::move(done);
    m_outbox = new OutboxServices(m_services.client, m_services.cache, m_arguments.offline, this);
    m_outbox->load([this] {
        m_outbox->writer().remove(m_arguments.id, this,
                                  [this](const WriteResult &result) { written(result); });
    });
}

void DeleteCommand::written(const WriteResult &result)
{
    if (result.outcome == WriteResult::Outcome::Queued) {
        m_services.console->print(WriteReport::queued(result) + u'\n');
        m_done(std::nullopt);
        return;
    }
    if (result.outcome != WriteResult::Outcome::Sent) {
        m_done(WriteReport::failure(result, m_services.apiKey));
        return;
    }
    m_services.console->print(
        tr("Deleted work order %1 (moved to the trash).").arg(m_arguments.id) + u'\n');
    m_done(std::nullopt);
}

} // namespace fentu::cli
