#include "createcommand.h"

#include "console.h"
#include "formatters/orderprinter.h"
#include "formatters/writereport.h"
#include "orderfieldoptions.h"
#include "outboxservices.h"
#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

Invocation CreateCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(kName, u"--customer ID [options]"_s,
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

Needs CreateCommand::needs() const
{
    // The outbox is in the cache: the change waits there when the server is away.
    return {.server = !m_arguments.offline, .client = true, .cache = true};
}

void CreateCommand::run(Done done)
{
    m_done = std::move(done);
    m_outbox = new OutboxServices(m_services.client, m_services.cache, m_arguments.offline, this);
    m_outbox->load([this] {
        m_outbox->writer().create(m_arguments.order, this,
                                  [this](const WriteResult &result) { written(result); });
    });
}

void CreateCommand::written(const WriteResult &result)
{
    if (result.outcome == WriteResult::Outcome::Queued) {
        m_services.console->print(WriteReport::queuedOutput(result, m_arguments.format));
        m_done(std::nullopt);
        return;
    }
    if (result.outcome != WriteResult::Outcome::Sent || !result.order) {
        m_done(WriteReport::failure(result, m_services.apiKey));
        return;
    }
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
    m_done(std::nullopt);
}

} // namespace fentu::cli
