#include "getcommandline.h"

#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation GetCommandLine::parse(const QStringList &arguments)
{
    SubcommandParser parser(u"get"_s, u"ID [options]"_s,
                            tr("Shows one work order in full, from the server (and written "
                               "through to the offline cache) or, with --offline, from the "
                               "cache."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345."));
    const QCommandLineOption offline(u"offline"_s,
                                     tr("Reads the offline cache; the server is not contacted."));
    const QCommandLineOption format = outputFormatOption({OutputFormat::Text, OutputFormat::Json});
    parser.addOption(offline);
    parser.addOption(format);
    if (auto stop = parser.parse(arguments))
        return *stop;

    GetArguments get;
    get.id = parser.arguments().constFirst().trimmed();
    get.offline = parser.isSet(offline);
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    get.format = *chosen;
    return Invocation::run(parser.global(), get);
}

} // namespace fentu::cli
