#include "createcommandline.h"

#include "orderfieldoptions.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation CreateCommandLine::parse(const QStringList &arguments)
{
    SubcommandParser parser(u"create"_s, u"--customer ID [options]"_s,
                            tr("Creates a work order on the server. The values are checked "
                               "before anything is sent; --format json prints the server's "
                               "answer. When the server cannot be reached (or with --offline) the "
                               "order waits in the outbox."));
    const OrderFieldOptions fields(OrderFieldOptions::Mode::Create);
    fields.addTo(parser);
    const QCommandLineOption format = outputFormatOption({OutputFormat::Text, OutputFormat::Json});
    parser.addOption(format);
    const QCommandLineOption offline = offlineWriteOption();
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return *stop;

    CreateArguments create;
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    create.format = *chosen;
    create.offline = parser.isSet(offline);
    if (const auto failure = fields.read(parser, &create.order))
        return Invocation::usageError(failure->message);
    return Invocation::run(parser.global(), create);
}

} // namespace fentu::cli
