#include "updatecommandline.h"

#include "orderfieldoptions.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation UpdateCommandLine::parse(const QStringList &arguments)
{
    SubcommandParser parser(u"update"_s, u"ID [options]"_s,
                            tr("Changes the given fields of a work order on the server; the "
                               "others stay as they are. An empty value (--technician \"\") "
                               "clears an optional field. --format json prints the server's "
                               "answer. When the server cannot be reached (or with --offline) the "
                               "change waits in the outbox."));
    parser.addArgument(u"ID"_s, tr("The work order's id, such as wo-12345."));
    const OrderFieldOptions fields(OrderFieldOptions::Mode::Update);
    fields.addTo(parser);
    const QCommandLineOption format = outputFormatOption({OutputFormat::Text, OutputFormat::Json});
    parser.addOption(format);
    const QCommandLineOption offline = offlineWriteOption();
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return *stop;

    UpdateArguments update;
    update.id = parser.arguments().constFirst().trimmed();
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    update.format = *chosen;
    update.offline = parser.isSet(offline);
    if (const auto failure = fields.read(parser, &update.patch))
        return Invocation::usageError(failure->message);
    if (update.patch.isEmpty())
        return Invocation::usageError(
            tr("update: nothing to change; give at least one field option (see fentu-cli update "
               "--help)"));
    return Invocation::run(parser.global(), update);
}

} // namespace fentu::cli
