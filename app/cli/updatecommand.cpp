#include "updatecommand.h"

#include "console.h"
#include "orderprinter.h"
#include "outboxservices.h"
#include "writereport.h"

#include "cache/cachestore.h"

namespace fentu::cli {

UpdateCommand::UpdateCommand(const Services &services, UpdateArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

void UpdateCommand::run(Done done)
{
    m_done = std::move(done);
    m_outbox = new OutboxServices(m_services.client, m_services.cache, m_arguments.offline, this);
    m_outbox->load([this] {
        // The base of the conflict check is the version this computer last fetched (by list,
        // get or sync), the one a script's user saw. An order the cache does not hold gets an
        // invalid base: no conflict check, the edit simply applies (the CLI does not GET the
        // order first just to invent a base that nobody looked at).
        m_services.cache->getWorkOrder(
            m_arguments.id, this, [this](CacheResult<std::optional<CachedWorkOrder>> cached) {
                send(cached.isOk() && cached.value() ? cached.value()->order.updatedAt
                                                     : QDateTime());
            });
    });
}

void UpdateCommand::send(const QDateTime &base)
{
    m_outbox->writer().update(m_arguments.id, m_arguments.patch, base, this,
                              [this](const WriteResult &result) { written(result); });
}

void UpdateCommand::written(const WriteResult &result)
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
    const WorkOrder &order = *result.order;
    if (m_arguments.format == OutputFormat::Json)
        m_services.console->print(formatOrder(order, OutputFormat::Json));
    else
        m_services.console->print(
            tr("Updated work order %1 (id %2).")
                .arg(order.number.isEmpty() ? order.id : order.number, order.id) +
            u'\n');
    m_done(std::nullopt);
}

} // namespace fentu::cli
