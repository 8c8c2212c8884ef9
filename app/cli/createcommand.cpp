#include "createcommand.h"

#include "console.h"
#include "orderprinter.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

namespace fentu::cli {

CreateCommand::CreateCommand(const Services &services, CreateArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

void CreateCommand::run(Done done)
{
    m_done = std::move(done);
    m_services.client->createWorkOrder(
        m_arguments.order, this, [this](ApiResult<WorkOrder> result) {
            if (!result.isOk()) {
                m_done(Failure::fromApi(result.error(), m_services.apiKey));
                return;
            }
            cacheCreated(result.value());
        });
}

void CreateCommand::cacheCreated(const WorkOrder &answer)
{
    if (!m_services.cache) {
        report(answer);
        return;
    }
    // A complete answer is cached as it is; the reference's partial one is completed first.
    if (!answer.customer.id.isEmpty() && answer.updatedAt.isValid()) {
        writeToCache(answer, answer);
        return;
    }
    m_services.client->getWorkOrder(answer.id, this, [this, answer](ApiResult<WorkOrder> full) {
        if (!full.isOk()) {
            m_services.console->warning(
                tr("the new order could not be fetched for the offline cache: %1")
                    .arg(Failure::fromApi(full.error(), m_services.apiKey).message));
            report(answer);
            return;
        }
        writeToCache(full.value(), answer);
    });
}

void CreateCommand::writeToCache(const WorkOrder &full, const WorkOrder &answer)
{
    m_services.cache->upsertWorkOrder(full, this, [this, answer](CacheResult<CacheDone> written) {
        if (!written.isOk())
            m_services.console->warning(
                tr("the new order could not be saved in the offline cache: %1")
                    .arg(written.error().userMessage()));
        report(answer);
    });
}

void CreateCommand::report(const WorkOrder &answer)
{
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
