#include "deletecommand.h"

#include "console.h"
#include "formatters/writereport.h"
#include "outboxservices.h"

namespace fentu::cli {

DeleteCommand::DeleteCommand(const Services &services, DeleteArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

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
