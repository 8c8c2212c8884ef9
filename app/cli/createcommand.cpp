#include "createcommand.h"

#include "console.h"
#include "formatters/orderprinter.h"
#include "formatters/writereport.h"
#include "outboxservices.h"

namespace fentu::cli {

CreateCommand::CreateCommand(const Services &services, CreateArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

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
