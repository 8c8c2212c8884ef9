#include "writecommand.h"

#include "numberlookup.h"

#include "domain/workordernumber.h"

#include "console.h"
#include "formatters/writereport.h"

namespace fentu::cli {

Needs WriteCommand::needs() const
{
    // The outbox is in the cache: the change waits there when the server is away.
    return {.server = !writesOffline(), .client = true, .cache = true, .outbox = true};
}

void WriteCommand::run(Done done)
{
    m_done = std::move(done);
    QString *id = orderId();
    if (!id || !isWholeWorkOrderNumber(*id)) {
        write();
        return;
    }
    const QString number = *id;
    lookUpNumber(*m_services.cache, number, this,
                 [this, id, number](CacheResult<std::optional<QString>> found) {
                     if (!found.isOk()) {
                         m_done(Failure::fromCache(found.error()));
                     } else if (!found.value()) {
                         m_done(Failure::local(numberNotCachedMessage(number)));
                     } else {
                         *id = *found.value();
                         write();
                     }
                 });
}

void WriteCommand::written(const WriteResult &result)
{
    if (result.outcome == WriteResult::Outcome::Queued) {
        m_services.console->print(WriteReport::queuedOutput(result, queuedFormat()));
        m_done(std::nullopt);
        return;
    }
    if (result.outcome != WriteResult::Outcome::Sent || (answersWithOrder() && !result.order)) {
        m_done(WriteReport::failure(result, m_services.apiKey));
        return;
    }
    printSent(result);
    m_done(std::nullopt);
}

} // namespace fentu::cli
