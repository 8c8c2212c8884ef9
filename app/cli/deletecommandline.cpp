#include "deletecommandline.h"

#include "formatters/outputformat.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation DeleteCommandLine::parse(const QStringList &arguments)
{
    SubcommandParser parser(u"delete"_s, u"ID [options]"_s,
                            tr("Moves one work order to the server's trash and removes it from "
                               "the offline cache. When the server cannot be reached (or with "
                               "--offline) the deletion waits in the outbox."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345."));
    const QCommandLineOption offline = offlineWriteOption();
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return *stop;
    return Invocation::run(
        parser.global(),
        DeleteArguments{parser.arguments().constFirst().trimmed(), parser.isSet(offline)});
}

} // namespace fentu::cli
