#include "deletecommand.h"

#include "console.h"
#include "outboxservices.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation DeleteCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(kName, tr("ID [options]"),
                            tr("Moves one work order to the server's trash and removes it from "
                               "the offline cache. When the server cannot be reached (or with "
                               "--offline) the deletion waits in the outbox."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345, or its number, such as "
                                       "WO-2026-898 (looked up in the offline cache)."));
    const QCommandLineOption offline = offlineWriteOption();
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);
    m_arguments = DeleteArguments{parser.arguments().constFirst().trimmed(), parser.isSet(offline)};
    return Invocation::run(parser.global());
}

void DeleteCommand::write()
{
    m_services.outbox->writer().remove(m_arguments.id, this,
                                       [this](const WriteResult &result) { written(result); });
}

void DeleteCommand::printSent(const WriteResult &)
{
    m_services.console->print(
        tr("Deleted work order %1 (moved to the trash).").arg(m_arguments.id) + u'\n');
}

} // namespace fentu::cli
