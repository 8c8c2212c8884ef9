#pragma once

#include "api/apierror.h"
#include "cache/cacheopenreport.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class OrderWriter;
class PendingOrders;
class SwitchingPageSource;
class SyncEngine;

/// Moves the desk from one server to another as one operation, so that nothing of one
/// server ever reaches the other: the old server's sync and outbox pass are stopped and
/// forgotten (their cache stays as a killed program leaves it, and is taken up again when the
/// user comes back), every request made for it is cancelled, its cache is closed and the new
/// server's opened, and only then does work resume — against the new server's cache, with
/// the new server's key. Settings, the first-run dialog and --base-url all come through here
/// (ServerConnection's connector).
class ServerSwitch : public QObject
{
    Q_OBJECT
public:
    /// The parts a switch stops, points elsewhere and resumes; none is owned, all must outlive
    /// this object.
    struct Parts
    {
        ApiClient *client = nullptr;
        CacheStore *store = nullptr;
        ConnectivityMonitor *monitor = nullptr;
        SyncEngine *sync = nullptr;
        OrderWriter *writer = nullptr;
        PendingOrders *pending = nullptr;
        SwitchingPageSource *source = nullptr;
    };

    explicit ServerSwitch(Parts parts, QObject *parent = nullptr);

    /// Uses `baseUrl` with `apiKey` from now on. A URL that cannot be used is refused and
    /// changes nothing. The same server with another key only changes the key of the requests
    /// made from now on. Another server: see the class comment; its cache opens
    /// asynchronously (cacheOpened()), and pages asked for after this call already read it.
    std::optional<ApiError> switchTo(const QUrl &baseUrl, const QString &apiKey);
    /// The server in use (normalised), empty before the first switchTo().
    QUrl server() const { return m_server; }

signals:
    /// The cache of the server switched to is open (`report.outcome` says how). Not emitted
    /// for a server already left again.
    void cacheOpened(const fentu::CacheOpenReport &report);

private:
    void leaveCurrentServer();
    void onCacheOpened(int switchNumber, const CacheOpenReport &report);

    Parts m_parts;
    QUrl m_server;
    int m_switches = 0;
};

} // namespace fentu
