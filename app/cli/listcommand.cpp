#include "listcommand.h"

#include "allpages.h"
#include "console.h"
#include "formatters/orderlistformatter.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

namespace fentu::cli {

namespace {

constexpr int kServerPageSize = 100; // the API's maximum: fewest round trips
constexpr int kCachePageSize = 1000;

AllPages::Fetch serverPages(ApiClient *client, const QString &apiKey)
{
    return
        [client, apiKey](const WorkOrderQuery &query, QObject *context, AllPages::PageDone done) {
            client->listWorkOrders(
                query, context, [done, apiKey](ApiResult<Page<WorkOrderSummary>> result) {
                    if (result.isOk())
                        done(std::move(result.value()), std::nullopt);
                    else
                        done(std::nullopt, Failure::fromApi(result.error(), apiKey));
                });
        };
}

AllPages::Fetch cachePages(CacheStore *cache)
{
    return [cache](const WorkOrderQuery &query, QObject *context, AllPages::PageDone done) {
        cache->queryPage(query, context, [done](CacheResult<Page<WorkOrderSummary>> result) {
            if (result.isOk())
                done(std::move(result.value()), std::nullopt);
            else
                done(std::nullopt, Failure::fromCache(result.error()));
        });
    };
}

} // namespace

ListCommand::ListCommand(const Services &services, ListArguments arguments, QObject *parent)
    : Command(services, parent), m_arguments(std::move(arguments))
{}

void ListCommand::run(Done done)
{
    m_done = std::move(done);
    if (m_arguments.offline) {
        m_pages = new AllPages(cachePages(m_services.cache), kCachePageSize, this);
    } else {
        m_pages =
            new AllPages(serverPages(m_services.client, m_services.apiKey), kServerPageSize, this);
        if (m_services.cache)
            m_pages->onPage(
                [this](const QList<WorkOrderSummary> &orders) { writeThrough(orders); });
    }
    m_pages->start(m_arguments.query, [this](std::optional<Failure> failure) {
        if (failure) {
            // Nothing is printed: a partial list would pass for the whole one in a script.
            m_done(failure);
            return;
        }
        m_listed = true;
        finishWhenWritten();
    });
}

void ListCommand::writeThrough(const QList<WorkOrderSummary> &orders)
{
    ++m_writesPending;
    m_services.cache->upsertSummaries(orders, this, [this](CacheResult<CacheDone> result) {
        --m_writesPending;
        if (!result.isOk() && !m_writeError.isError())
            m_writeError = result.error();
        finishWhenWritten();
    });
}

void ListCommand::finishWhenWritten()
{
    if (!m_listed || m_writesPending > 0)
        return;
    if (m_writeError.isError())
        m_services.console->warning(tr("the orders could not be saved in the offline cache: %1")
                                        .arg(m_writeError.userMessage()));
    m_services.console->print(OrderListFormatter::format(m_pages->orders(), m_arguments.format));
    m_done(std::nullopt);
}

} // namespace fentu::cli
