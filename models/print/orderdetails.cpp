#include "orderdetails.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

#include <utility>

namespace fentu {

namespace {

void readCached(CacheStore *cache, const QString &id, QObject *context, const QString &otherwise,
                OrderDetails::Answer answer)
{
    cache->getWorkOrder(id, context,
                        [answer, otherwise](CacheResult<std::optional<CachedWorkOrder>> result) {
                            if (result.isOk() && result.value() && result.value()->hasDetail) {
                                answer({result.value()->order, {}});
                                return;
                            }
                            answer({std::nullopt, otherwise});
                        });
}

} // namespace

OrderDetails::OrderDetails(Fetch fetch, int maxInFlight, QObject *parent)
    : QObject(parent), m_fetch(std::move(fetch)), m_maxInFlight(qMax(1, maxInFlight))
{}

void OrderDetails::load(const QStringList &ids, Done done)
{
    ++m_generation; // answers to an earlier load are dropped
    m_queue = ids;
    m_queue.removeDuplicates();
    m_details.clear();
    m_inFlight = 0;
    m_done = std::move(done);
    if (m_queue.isEmpty()) {
        Done finished = std::exchange(m_done, nullptr);
        finished({});
        return;
    }
    startNext();
}

void OrderDetails::startNext()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        ++m_inFlight;
        const quint64 generation = m_generation;
        m_fetch(id, this, [this, id, generation](OrderDetail detail) {
            if (generation != m_generation)
                return;
            m_details.insert(id, std::move(detail));
            --m_inFlight;
            if (m_queue.isEmpty() && m_inFlight == 0) {
                Done finished = std::exchange(m_done, nullptr);
                finished(std::move(m_details));
                return;
            }
            startNext();
        });
    }
}

OrderDetails::Fetch OrderDetails::fromServer(ApiClient *client, CacheStore *cache)
{
    return [client, cache](const QString &id, QObject *context, Answer answer) {
        client->getWorkOrder(id, context, [id, cache, context, answer](ApiResult<WorkOrder> r) {
            if (r.isOk()) {
                if (cache)
                    cache->upsertWorkOrder(r.value());
                answer({r.value(), {}});
                return;
            }
            const QString problem =
                tr("Details could not be loaded: %1").arg(r.error().userMessage());
            if (!cache) {
                answer({std::nullopt, problem});
                return;
            }
            readCached(cache, id, context, problem, answer);
        });
    };
}

OrderDetails::Fetch OrderDetails::fromCache(CacheStore *cache)
{
    return [cache](const QString &id, QObject *context, Answer answer) {
        readCached(cache, id, context, tr("Details not available offline"), answer);
    };
}

} // namespace fentu
