#include "createcommand.h"

#include "console.h"
#include "formatters/orderprinter.h"
#include "orderfieldoptions.h"
#include "outboxservices.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation CreateCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(kName, tr("--customer ID [options]"),
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
        return std::move(*stop);

    CreateArguments create;
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    create.format = *chosen;
    create.offline = parser.isSet(offline);
    if (const auto failure = fields.read(parser, &create.order))
        return Invocation::usageError(failure->message);
    m_arguments = std::move(create);
    return Invocation::run(parser.global());
}

void CreateCommand::write()
{
    m_services.outbox->writer().create(m_arguments.order, this,
                                       [this](const WriteResult &result) { written(result); });
}

void CreateCommand::printSent(const WriteResult &result)
{
    const WorkOrder &answer = *result.order;
    if (m_arguments.format == OutputFormat::Json) {
        m_services.console->print(formatOrder(answer, OutputFormat::Json));
    } else {
        const QString status =
            answer.statusText.isEmpty() ? statusToApi(answer.status) : answer.statusText;
        m_services.console->print(
            tr("Created work order %1 (id %2), status %3.")
                .arg(answer.number.isEmpty() ? answer.id : answer.number, answer.id, status) +
            u'\n');
    }
}

} // namespace fentu::cli
