#include "synccommandline.h"

#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation SyncCommandLine::parse(const QStringList &arguments)
{
    SubcommandParser parser(
        u"sync"_s, u"[options]"_s,
        tr("Copies every work order of the server, and its customers and technicians, into the "
           "offline cache; orders deleted on the server leave the cache. Progress is shown on a "
           "terminal; a summary is printed at the end. An interrupted or failed sync keeps the "
           "previously cached orders."));
    if (auto stop = parser.parse(arguments))
        return *stop;
    return Invocation::run(parser.global(), SyncArguments{});
}

} // namespace fentu::cli
