#include "deletecommand.h"

#include "console.h"
#include "pendingeditguard.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

namespace fentu::cli {

DeleteCommand::DeleteCommand(const Services &services, DeleteArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

void DeleteCommand::run(Done done)
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

void DeleteCommand::send()
{
    m_services.client->deleteWorkOrder(m_arguments.id, this, [this](ApiResult<NoContent> result) {
        if (result.isOk()) {
            forget(std::nullopt);
            return;
        }
        const Failure failure = Failure::fromApi(result.error(), m_services.apiKey);
        // Not found: the order is gone from the server, so the cached copy is stale too.
        if (result.error().kind() == ApiError::Kind::Http && result.error().httpStatus() == 404)
            forget(failure);
        else
            m_done(failure);
    });
}

void DeleteCommand::forget(std::optional<Failure> outcome)
{
    const auto finish = [this, outcome] {
        if (!outcome)
            m_services.console->print(
                tr("Deleted work order %1 (moved to the trash).").arg(m_arguments.id) + u'\n');
        m_done(outcome);
    };
    if (!m_services.cache) {
        finish();
        return;
    }
    m_services.cache->removeWorkOrder(
        m_arguments.id, this, [this, finish](CacheResult<CacheDone> removed) {
            if (!removed.isOk())
                m_services.console->warning(tr("the order could not be removed from the "
                                               "offline cache: %1")
                                                .arg(removed.error().userMessage()));
            finish();
        });
}

} // namespace fentu::cli
