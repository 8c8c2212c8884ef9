#include "sync/detailfetch.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/synclogging.h"

#include <algorithm>

namespace fentu {

namespace {

// Details per cache transaction: a commit per detail would make the disk the bottleneck.
constexpr int kDetailsPerWrite = 50;

// An answer about this one order (refused, broken, failing on the server): skipped, so that
// one bad order cannot stop every sync at the same place. Anything else is about the server
// or the way to it (unreachable, the key refused, too slow), which every order would meet.
bool isAboutThisOrder(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::MalformedBody)
        return true;
    return error.kind() == ApiError::Kind::Http && error.httpStatus() != 401 &&
           error.httpStatus() != 429;
}

} // namespace

DetailFetch::DetailFetch(ApiClient *client, CacheStore *store, QStringList ids, int maxInFlight,
                         PushBack pushBack, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_queue(std::move(ids)),
      m_total(m_queue.size()), m_budget(std::max(1, maxInFlight)), m_pushBack(std::move(pushBack))
{
    // Taken from the back: the front of the list (nearest to now) is asked for first.
    std::reverse(m_queue.begin(), m_queue.end());
}

void DetailFetch::start()
{
    emit progress(0, total());
    pump();
    finishIfDone(); // nothing to fetch
}

void DetailFetch::resume()
{
    m_paused = false;
    pump();
}

void DetailFetch::cancel()
{
    stop({}, {});
}

void DetailFetch::pump()
{
    if (m_stopped || m_paused)
        return;
    // Answers waiting for the cache hold back requests: a slow disk slows the requests.
    while (!m_queue.isEmpty() && m_inFlight < m_budget &&
           m_unwritten.size() < 4 * kDetailsPerWrite) {
        const QString id = m_queue.takeLast();
        ++m_inFlight;
        m_calls.removeAll(nullptr);
        m_calls.append(m_client->getWorkOrder(
            id, this, [this, id](ApiResult<WorkOrder> result) { onAnswer(id, result); }));
    }
}

void DetailFetch::onAnswer(const QString &id, const ApiResult<WorkOrder> &result)
{
    if (m_stopped)
        return; // a call cancelled by stop() that answered anyway
    --m_inFlight;
    if (!result.isOk()) {
        const ApiError &error = result.error();
        if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
            ++m_done; // deleted since the list was read: the next sync removes it
        } else if (m_pushBack && m_pushBack(error)) {
            m_queue.append(id); // asked again first once the pause is over
            if (!m_paused)
                m_budget = std::max(1, m_budget / 2); // once per pause, politer from now on
            m_paused = true;
            return;
        } else if (isAboutThisOrder(error)) {
            qCWarning(lcSync) << "detail" << id << "skipped:" << error.technicalDetail();
            ++m_done;
            ++m_failed; // its list row stays; the next sync asks again
        } else {
            qCWarning(lcSync) << "detail" << id << "failed:" << error.technicalDetail();
            stop(error, {});
            return;
        }
    } else {
        ++m_done;
        m_unwritten.append(result.value());
    }
    writeBuffered(m_inFlight == 0 && m_queue.isEmpty());
    emit progress(m_done, total());
    pump();
    finishIfDone();
}

void DetailFetch::writeBuffered(bool evenIfSmall)
{
    if (m_writing || m_unwritten.isEmpty())
        return;
    if (!m_store) {
        // The cache went away (another server): what was fetched cannot be kept.
        m_unwritten.clear();
        stop({}, CacheError(CacheError::Kind::NotOpen, QStringLiteral("no cache store")));
        return;
    }
    if (m_unwritten.size() < kDetailsPerWrite && !evenIfSmall)
        return;
    m_writing = true;
    const QList<WorkOrder> batch = std::exchange(m_unwritten, {});
    const int count = int(batch.size());
    m_store->upsertWorkOrders(batch, this, [this, count](CacheResult<CacheDone> written) {
        m_writing = false;
        if (!written.isOk()) {
            stop({}, written.error());
            finishIfDone();
            return;
        }
        m_fetched += count;
        writeBuffered(m_stopped || (m_inFlight == 0 && m_queue.isEmpty()));
        pump();
        finishIfDone();
    });
}

void DetailFetch::stop(const ApiError &apiError, const CacheError &cacheError)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_apiError = apiError;
    m_cacheError = cacheError;
    m_queue.clear();
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    m_inFlight = 0; // their answers, if any come, are not waited for
    // The details already fetched are kept: they are as good as any the next sync would get.
    writeBuffered(true);
    // Later, never from inside cancel() or a caller's own call.
    QMetaObject::invokeMethod(
        this, [this] { finishIfDone(); }, Qt::QueuedConnection);
}

void DetailFetch::finishIfDone()
{
    if (m_finished || m_writing || !m_unwritten.isEmpty())
        return;
    if (!m_stopped && (m_inFlight > 0 || !m_queue.isEmpty() || m_paused))
        return;
    m_finished = true;
    emit finished(m_apiError, m_cacheError);
}

} // namespace fentu
