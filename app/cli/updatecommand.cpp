#include "updatecommand.h"

#include "console.h"
#include "orderprinter.h"
#include "pendingeditguard.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

namespace fentu::cli {

UpdateCommand::UpdateCommand(const Services &services, UpdateArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

void UpdateCommand::run(Done done)
{
    m_done = std::move(done);
    PendingEditGuard::check(m_services.cache, m_arguments.id, this,
                            [this](std::optional<Failure> blocked) {
                                if (blocked)
                                    m_done(blocked);
                                else
                                    send();
                            });
}

void UpdateCommand::send()
{
    m_services.client->updateWorkOrder(
        m_arguments.id, m_arguments.patch, this, [this](ApiResult<WorkOrder> result) {
            if (!result.isOk()) {
                m_done(Failure::fromApi(result.error(), m_services.apiKey));
                return;
            }
            const WorkOrder order = result.value();
            if (!m_services.cache) {
                report(order);
                return;
            }
            m_services.cache->upsertWorkOrder(
                order, this, [this, order](CacheResult<CacheDone> written) {
                    if (!written.isOk())
                        m_services.console->warning(
                            tr("the change could not be saved in the offline cache: %1")
                                .arg(written.error().userMessage()));
                    report(order);
                });
        });
}

void UpdateCommand::report(const WorkOrder &order)
{
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
