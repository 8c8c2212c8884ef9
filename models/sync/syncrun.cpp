#include "sync/syncrun.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "sync/detailfetch.h"
#include "sync/lookuprefresh.h"
#include "sync/synclogging.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Never trust total_pages: a server that keeps claiming more pages stops here.
constexpr int kMaxPages = 100000;

// Pages per cache transaction while more are on the way. Each commit writes every page it
// touched to the WAL, and a page's rows touch pages all over the five b-trees (ids, list
// order, status, customer, technician): one transaction per list page wrote 4-5 frames per
// order, one per 5 pages about a third of that.
constexpr int kPagesPerWrite = 5;

} // namespace

SyncRun::SyncRun(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                 Settings settings, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_monitor(monitor), m_settings(settings)
{
    m_settings.perPage = std::clamp(m_settings.perPage, 1, 100);
    m_settings.maxInFlight = std::max(1, m_settings.maxInFlight);
    m_budget = m_settings.maxInFlight;
    m_resume.setSingleShot(true);
    m_resume.setTimerType(Qt::PreciseTimer); // not before the moment the server named
    connect(&m_resume, &QTimer::timeout, this, &SyncRun::resume);
}

void SyncRun::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_store) {
        fail(CacheError(CacheError::Kind::NotOpen, u"no cache store"_s));
        return;
    }
    m_stage = Stage::Beginning;
    m_store->beginFullSync(this, [this](CacheResult<qint64> begun) {
        if (m_stage != Stage::Beginning)
            return;
        if (!begun.isOk()) {
            fail(begun.error());
            return;
        }
        qCInfo(lcSync) << "full sync" << begun.value() << "started";
        m_stage = Stage::Orders;
        m_nextPage = 2;
        requestPage(1);
    });
}

void SyncRun::cancel()
{
    if (m_stage == Stage::Ending)
        m_cancelAfterLists = true; // the details, if they were next, are not started
    if (m_stage == Stage::Idle || m_stage == Stage::Ending)
        return;
    if (m_stage == Stage::Details) {
        m_resume.stop();
        m_result.outcome = SyncResult::Outcome::Cancelled;
        if (m_details)
            m_details->cancel(); // finished follows, once what was fetched is written
        return;
    }
    abort(SyncResult::Outcome::Cancelled);
}

void SyncRun::requestPage(int page)
{
    ++m_inFlight;
    WorkOrderQuery query;
    query.page = page;
    query.perPage = m_settings.perPage;
    m_calls.removeAll(nullptr);
    m_calls.append(m_client->listWorkOrdersAsReceived(
        query, this, [this, page](ApiResult<ReceivedOrderPage> r) { onPage(page, std::move(r)); }));
}

void SyncRun::onPage(int page, ApiResult<ReceivedOrderPage> result)
{
    --m_inFlight;
    if (m_stage != Stage::Orders)
        return; // cancelled or failed meanwhile
    if (!result.isOk()) {
        if (waitForServer(page, result.error()))
            return;
        if (m_monitor)
            m_monitor->reportFailure(result.error());
        qCWarning(lcSync) << "sync page" << page << "failed:" << result.error().technicalDetail();
        fail(result.error());
        return;
    }
    if (m_monitor)
        m_monitor->reportReachable();
    const Page<WorkOrderSummary> &answer = result.value().page;
    ++m_result.pagesFetched;
    if (m_firstTotalCount < 0) {
        m_firstTotalCount = answer.meta.totalCount;
    } else if (answer.meta.totalCount != m_firstTotalCount) {
        m_result.removalSkipped = true; // orders came or went while paging
    }
    if (page == 1 || (!m_sawEmptyPage && answer.meta.totalPages > m_limit))
        m_limit = std::clamp(answer.meta.totalPages, 1, kMaxPages);
    m_lastTotalCount = answer.meta.totalCount;

    if (answer.items.isEmpty()) {
        m_sawEmptyPage = true;
        m_limit = std::min(m_limit, page - 1);
    } else {
        int newIds = 0;
        for (const WorkOrderSummary &order : answer.items) {
            if (!m_seen.contains(order.id)) {
                m_seen.insert(order.id);
                ++newIds;
            }
        }
        if (newIds == 0 && page > 1 && page <= answer.meta.totalPages) {
            // Every order of a page the server says exists came already in this run: a server
            // that ignores the page asked for (and may claim any number of pages) would be
            // followed forever. (Past its own last page, a server that repeats that page
            // instead of an empty one has simply ended.)
            qCWarning(lcSync) << "sync page" << page << "brought no new order; stopping";
            m_result.pagingFault =
                tr("the server sent page %1 with only orders it had already sent, as if it "
                   "ignored which page was asked for.")
                    .arg(page);
            abort(SyncResult::Outcome::Failed);
            return;
        }
        if (answer.items.size() >= m_settings.perPage && newIds > 0)
            m_fullPagesWithNewIds.insert(page);
        ++m_writesPending;
        m_unwritten.append(answer.items);
        const QList<QByteArray> &json = result.value().itemJson;
        if (json.size() == answer.items.size())
            m_unwrittenJson.append(json);
        else
            m_unwrittenJson.resize(m_unwritten.size()); // encoded from `raw` instead
        ++m_pagesUnwritten;
    }
    writeBuffered(); // an empty last page may be what completes the last batch
    emit progress(int(m_seen.size()), std::max(m_lastTotalCount, int(m_seen.size())));
    pump();
}

void SyncRun::writeBuffered()
{
    if (m_writing || m_unwritten.isEmpty())
        return;
    // A small batch waits for the pages in flight, unless none is: then nothing would come.
    if (m_pagesUnwritten < kPagesPerWrite && m_inFlight > 0)
        return;
    m_writing = true;
    const int pages = std::exchange(m_pagesUnwritten, 0);
    m_store->upsertSummaries(std::exchange(m_unwritten, {}), std::exchange(m_unwrittenJson, {}),
                             this, [this, pages](CacheResult<CacheDone> written) {
                                 m_writing = false;
                                 m_writesPending -= pages;
                                 if (m_stage != Stage::Orders)
                                     return;
                                 if (!written.isOk()) {
                                     fail(written.error());
                                     return;
                                 }
                                 writeBuffered();
                                 pump();
                             });
}

void SyncRun::pump()
{
    if (m_stage != Stage::Orders)
        return;
    // Pages waiting for the cache hold back requests too: a slow disk slows the requests
    // down instead of piling up pages in memory (one batch being written, one filling).
    if (m_resume.isActive())
        return; // the server asked for a pause
    const int budget = m_budget;
    while (!m_retryPages.isEmpty() && m_inFlight < budget)
        requestPage(m_retryPages.takeFirst());
    while (m_nextPage <= m_limit && m_inFlight < budget &&
           m_writesPending < 2 * std::max(kPagesPerWrite, budget))
        requestPage(m_nextPage++);
    if (m_inFlight > 0 || m_writesPending > 0 || m_nextPage <= m_limit || !m_retryPages.isEmpty())
        return;
    // total_pages may be stale: a full last page with new orders may have more after it,
    // unless the server's own count says every order has come.
    const bool countSaysAllCame = m_lastTotalCount > 0 && m_seen.size() >= m_lastTotalCount;
    if (!m_sawEmptyPage && !countSaysAllCame && m_fullPagesWithNewIds.contains(m_limit) &&
        m_limit < kMaxPages) {
        ++m_limit;
        requestPage(m_nextPage++);
        return;
    }
    ordersDone();
}

void SyncRun::ordersDone()
{
    m_result.ordersWritten = int(m_seen.size());
    if (m_seen.size() < m_lastTotalCount)
        m_result.removalSkipped = true; // fewer came than the server counted: some were missed
    m_seen.clear();
    m_seen.squeeze();
    m_stage = Stage::Lookups;
    refreshLookups();
}

void SyncRun::refreshLookups()
{
    m_lookups = new LookupRefresh(m_client, m_store, this);
    m_lookups->start([this](LookupRefresh::Outcome outcome) {
        if (outcome.apiError.isError() && isPushBack(outcome.apiError) &&
            pauseFor(outcome.apiError)) {
            // The lookups are a few pages: they start again once the pause is over.
            m_lookups->deleteLater();
            m_lookups = nullptr;
            return;
        }
        m_result.customers = outcome.customers;
        m_result.technicians = outcome.technicians;
        m_result.lookupsAvailable = outcome.available;
        m_result.apiError = outcome.apiError;
        m_result.cacheError = outcome.cacheError;
        if (outcome.apiError.isError() && m_monitor)
            m_monitor->reportFailure(outcome.apiError);
        // Every order page came: the removal is sound even if a lookup failed afterwards.
        conclude(!m_result.removalSkipped,
                 outcome.isError() ? SyncResult::Outcome::Failed : SyncResult::Outcome::Completed);
    });
}

void SyncRun::resume()
{
    if (m_stage == Stage::Details && m_details)
        m_details->resume();
    else if (m_stage == Stage::Orders)
        pump();
    else if (m_stage == Stage::Lookups && !m_lookups)
        refreshLookups();
}

void SyncRun::conclude(bool removeUnseen, SyncResult::Outcome outcome)
{
    m_stage = Stage::Ending;
    m_resume.stop();
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    if (m_lookups)
        m_lookups->cancel();
    auto report = [this, removeUnseen, outcome](CacheResult<int> ended) {
        m_result.outcome = outcome;
        if (ended.isOk()) {
            m_result.removed = removeUnseen ? ended.value() : 0;
        } else if (!m_result.cacheError.isError()) {
            m_result.cacheError = ended.error();
            if (outcome == SyncResult::Outcome::Completed)
                m_result.outcome = SyncResult::Outcome::Failed;
        }
        if (m_result.outcome == SyncResult::Outcome::Completed && m_settings.fetchDetails) {
            if (!m_cancelAfterLists) {
                fetchDetails();
                return;
            }
            m_result.outcome = SyncResult::Outcome::Cancelled;
            m_result.listsCompleted = true;
        }
        m_result.detailsSkipped = true;
        finish();
    };
    if (!m_store) {
        // Still later, never from inside start() or cancel().
        QMetaObject::invokeMethod(
            this, [report] { report(CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)); },
            Qt::QueuedConnection);
        return;
    }
    // Queued behind every page write already posted, so it sees them all.
    m_store->endFullSync(removeUnseen, this, std::move(report));
}

void SyncRun::fetchDetails()
{
    // The lists are in and consistent (orders gone are removed): the details of what is left.
    m_stage = Stage::Details;
    m_result.listsCompleted = true;
    m_result.detailsStartedAt = QDateTime::currentDateTimeUtc();
    if (!m_store) {
        m_result.cacheError = CacheError(CacheError::Kind::NotOpen, u"no cache store"_s);
        m_result.outcome = SyncResult::Outcome::Failed;
        finish();
        return;
    }
    const DetailWindow window =
        m_settings.details.windowFor(m_result.ordersWritten, QDate::currentDate());
    m_store->idsNeedingDetail(window, this, [this](CacheResult<QStringList> ids) {
        if (m_stage != Stage::Details || m_result.outcome == SyncResult::Outcome::Cancelled) {
            finish();
            return;
        }
        if (!ids.isOk()) {
            m_result.cacheError = ids.error();
            m_result.outcome = SyncResult::Outcome::Failed;
            finish();
            return;
        }
        m_result.detailsWanted = int(ids.value().size());
        qCInfo(lcSync) << "fetching" << m_result.detailsWanted << "details";
        m_details = new DetailFetch(
            m_client, m_store, ids.value(), m_settings.maxDetailsInFlight,
            [this](const ApiError &error) { return isPushBack(error) && pauseFor(error); }, this);
        connect(m_details, &DetailFetch::progress, this, &SyncRun::detailProgress);
        connect(m_details, &DetailFetch::finished, this,
                [this](const ApiError &apiError, const CacheError &cacheError) {
                    m_result.detailsFetched = m_details->fetched();
                    m_result.detailsFailed = m_details->failed();
                    if (apiError.isError() || cacheError.isError()) {
                        m_result.apiError = apiError;
                        m_result.cacheError = cacheError;
                        m_result.outcome = SyncResult::Outcome::Failed;
                        if (apiError.isError() && m_monitor)
                            m_monitor->reportFailure(apiError);
                    }
                    finish();
                });
        m_details->start();
    });
}

void SyncRun::finish()
{
    m_stage = Stage::Ending;
    m_resume.stop();
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcSync) << "full sync ended:" << m_result.message();
    emit finished(m_result);
}

bool SyncRun::isPushBack(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http &&
           (error.httpStatus() == 429 ||
            (error.httpStatus() == 503 && error.retryAfterSeconds() >= 0));
}

bool SyncRun::waitForServer(int page, const ApiError &error)
{
    if (!isPushBack(error) || !pauseFor(error))
        return false; // not a push-back, or waited long enough: the sync fails in its words
    m_retryPages.append(page);
    m_budget = std::max(1, m_budget / 2); // politer from now on
    return true;
}

bool SyncRun::pauseFor(const ApiError &error)
{
    if (m_resume.isActive())
        return true; // a pause is on already: this waits for its end too
    const std::chrono::milliseconds pause = std::chrono::seconds(
        error.retryAfterSeconds() >= 0 ? std::max(1, error.retryAfterSeconds()) : 5);
    if (m_waited + pause > m_settings.maxRateLimitWait) {
        m_result.rateLimitGaveUpAfterMs = m_settings.maxRateLimitWait.count();
        return false;
    }
    m_waited += pause;
    m_result.rateLimitWaitMs = m_waited.count();
    qCInfo(lcSync) << "server asked to slow down; waiting" << pause.count() << "ms";
    m_resume.start(pause);
    emit waiting(int((pause.count() + 999) / 1000));
    return true;
}

void SyncRun::fail(const ApiError &error)
{
    if (m_stage == Stage::Ending)
        return;
    m_result.apiError = error;
    abort(SyncResult::Outcome::Failed);
}

void SyncRun::fail(const CacheError &error)
{
    if (m_stage == Stage::Ending)
        return;
    m_result.cacheError = error;
    abort(SyncResult::Outcome::Failed);
}

void SyncRun::abort(SyncResult::Outcome outcome)
{
    if (m_stage == Stage::Orders)
        m_result.ordersWritten = int(m_seen.size());
    conclude(false, outcome);
}

} // namespace fentu
