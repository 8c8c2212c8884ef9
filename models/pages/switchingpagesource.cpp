#include "pages/switchingpagesource.h"

#include "cache/cachestore.h"
#include "pages/apipagesource.h"
#include "pages/cachepagecall.h"
#include "pages/cachepagesource.h"
#include "pages/pageslogging.h"
#include "pages/relativetime.h"
#include "pages/writethrough.h"
#include "pages/writethroughpagesource.h"

namespace fentu {

SwitchingPageSource::SwitchingPageSource(ApiClient *client, CacheStore *store,
                                         ConnectivityMonitor *monitor, QObject *parent)
    : WorkOrderPageSource(parent), m_store(store), m_monitor(monitor),
      m_writeThrough(new WriteThrough(store, this)), m_api(new ApiPageSource(client, this)),
      m_online(new WriteThroughPageSource(m_api, store, this)),
      m_cache(new CachePageSource(store, this)), m_wasOnline(monitor->isOnline())
{
    connect(m_monitor, &ConnectivityMonitor::stateChanged, this,
            &SwitchingPageSource::onStateChanged);
    connect(m_writeThrough, &WriteThrough::written, this, &SwitchingPageSource::noteCachedAt);
}

SwitchingPageSource::~SwitchingPageSource() = default;

ApiCall *SwitchingPageSource::fetchPage(const WorkOrderQuery &query, QObject *context,
                                        PageCallback done)
{
    if (!m_monitor->isOnline() || isSearching())
        return m_cache->fetchPage(query, context, std::move(done));

    auto *call = new CachePageCall(context, std::move(done), this);
    call->setInner(m_online->fetchPage(
        query, call, [this, call, query](ApiResult<Page<WorkOrderSummary>> result) {
            if (result.isOk()) {
                m_monitor->reportReachable();
                // WriteThroughPageSource has queued the rows for the cache already.
                if (!result.value().items.isEmpty())
                    noteCachedAt(QDateTime::currentDateTimeUtc());
                call->complete(std::move(result));
                return;
            }
            const ApiError error = result.error();
            if (call->isCancelled() || !ConnectivityMonitor::isUnreachable(error)) {
                call->complete(std::move(result));
                return;
            }
            qCInfo(lcPages) << "page" << query.page
                            << "answered from the cache:" << error.technicalDetail();
            // The fallback starts before the monitor announces the switch: a refresh that
            // the announcement triggers then cancels this call cleanly.
            call->setInner(m_cache->fetchPage(
                query, call, [call, error](ApiResult<Page<WorkOrderSummary>> cached) {
                    // A cache that cannot answer either: the network error is the news.
                    if (!cached.isOk() && cached.error().kind() != ApiError::Kind::Cancelled)
                        call->complete(error);
                    else
                        call->complete(std::move(cached));
                }));
            m_monitor->reportFailure(error);
        }));
    return call;
}

void SwitchingPageSource::setSearchText(const QString &text)
{
    m_cache->setSearchText(text);
}

QString SwitchingPageSource::searchText() const
{
    return m_cache->searchText();
}

void SwitchingPageSource::reloadCachedAt()
{
    if (!m_store)
        return;
    m_store->info(this, [this, server = m_server](CacheResult<CacheInfo> info) {
        if (!info.isOk() || server != m_server)
            return;
        noteCachedAt(info.value().lastFullSyncAt);
        noteCachedAt(info.value().newestFetchAt);
    });
}

void SwitchingPageSource::leaveServer()
{
    m_writeThrough->leaveServer();
    ++m_server;
    m_cachedAt = QDateTime();
    emit cachedAtChanged(m_cachedAt);
}

void SwitchingPageSource::noteCachedAt(const QDateTime &at)
{
    if (!at.isValid() || (m_cachedAt.isValid() && at <= m_cachedAt))
        return;
    m_cachedAt = at.toUTC();
    emit cachedAtChanged(m_cachedAt);
}

QString SwitchingPageSource::bannerText() const
{
    return bannerText(QDateTime::currentDateTimeUtc());
}

QString SwitchingPageSource::bannerText(const QDateTime &now) const
{
    if (m_monitor->isOnline())
        return {};
    if (!m_cachedAt.isValid())
        return tr("Offline — nothing has been cached from this server yet");
    return tr("Offline — showing orders cached %1").arg(RelativeTime::format(m_cachedAt, now));
}

void SwitchingPageSource::onStateChanged(State state)
{
    emit stateChanged(state);
    const bool online = state == State::Online;
    if (online == m_wasOnline)
        return;
    m_wasOnline = online;
    if (!online)
        reloadCachedAt();
    qCInfo(lcPages) << "pages now come from" << (online ? "the server" : "the cache");
    emit switched();
}

} // namespace fentu
