#include "sync/serverswitch.h"

#include "api/apiclient.h"
#include "api/baseurl.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "pages/switchingpagesource.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"
#include "sync/syncengine.h"
#include "sync/synclogging.h"

namespace fentu {

ServerSwitch::ServerSwitch(Parts parts, QObject *parent) : QObject(parent), m_parts(parts)
{
    Q_ASSERT(parts.client && parts.store && parts.monitor && parts.sync && parts.writer &&
             parts.pending && parts.source);
}

std::optional<ApiError> ServerSwitch::switchTo(const QUrl &baseUrl, const QString &apiKey)
{
    // Checked first: a refused URL must leave the working connection and its cache alone.
    const BaseUrlCheck check = checkBaseUrl(baseUrl);
    if (check.error)
        return check.error;
    if (check.url == m_server) {
        m_parts.client->setApiKey(apiKey); // requests already made keep the key they had
        return std::nullopt;
    }
    qCInfo(lcSync) << "switching server";
    if (!m_server.isEmpty()) {
        // First every call of the old server, queued ones included, so that stopping its
        // work below frees no slot that would send another of them.
        m_parts.client->cancelAll();
        leaveCurrentServer();
    }
    // Every call made for the old server has ended (cancelled), whatever its state: none is
    // retried against it with the new key, none is answered into the new server's world
    // (another URL cancels them in the client too, should anything have started meanwhile).
    if (auto error = m_parts.client->setBaseUrl(check.url))
        return error;
    m_parts.client->setApiKey(apiKey);
    m_server = m_parts.client->baseUrl();
    // The cache runs its jobs in the order they were posted: whatever the old server's work
    // posted before this line lands in the old file, everything after it in the new one.
    const int switchNumber = ++m_switches;
    m_parts.store->open(m_server, this, [this, switchNumber](CacheOpenReport report) {
        onCacheOpened(switchNumber, report);
    });
    m_parts.monitor->startOver();
    return std::nullopt;
}

void ServerSwitch::leaveCurrentServer()
{
    // Before the cache switches: the sync tells the old cache it ended, incomplete; the
    // outbox pass stops where a kill would, and bulk actions start no further order.
    m_parts.sync->abandon();
    m_parts.writer->park();
    m_parts.source->leaveServer();
    m_parts.pending->forgetAll(); // no pending marks of the old server on the new one's rows
}

void ServerSwitch::onCacheOpened(int switchNumber, const CacheOpenReport &report)
{
    if (switchNumber != m_switches)
        return; // left again before its cache opened: the newer switch resumes the work
    m_parts.source->reloadCachedAt();
    m_parts.pending->reload();
    m_parts.writer->replayer().replay(); // edits saved offline earlier, or before a switch
    emit cacheOpened(report);
}

} // namespace fentu
