#pragma once

#include "mainwindowservices.h"

#include "api/apierror.h"
#include "cache/cacheopenreport.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace fentu {

class ApiClient;
class AppSettings;
class CacheStore;
class ConnectivityMonitor;
class CredentialStore;
class OrderWriter;
class OutboxReplayer;
class PendingOrders;
class SwitchingPageSource;
class SyncEngine;
class WorkOrderTableModel;

/// The composition root of fentu-desk: makes every service the main window works with, wires
/// them to each other (edits and replays update the table's rows, pending marks follow the
/// outbox, Work offline follows the setting) and owns them. One server at a time: connectTo()
/// points the client at it and opens its cache.
class DeskServices : public QObject
{
    Q_OBJECT
public:
    /// Caches live in cachepaths::defaultDirectory().
    explicit DeskServices(QObject *parent = nullptr);
    /// Caches live in `cacheDirectory` (tests).
    explicit DeskServices(const QString &cacheDirectory, QObject *parent = nullptr);
    /// The queued cache work (an edit saved just before quitting) is finished first.
    ~DeskServices() override;

    /// Every pointer filled; valid as long as this object lives.
    MainWindowServices services() const;

    ApiClient &client() const;
    CredentialStore &credentials() const;
    CacheStore &store() const;
    ConnectivityMonitor &monitor() const;
    SwitchingPageSource &pageSource() const;
    SyncEngine &sync() const;
    OrderWriter &writer() const;
    OutboxReplayer &replayer() const;
    PendingOrders &pending() const;
    WorkOrderTableModel &model() const;
    AppSettings &settings() const;

    /// Moves to `baseUrl` with `apiKey` (ServerSwitch: the old server's work stopped, its
    /// requests cancelled, its cache closed and this one's opened, then the pending marks
    /// re-read and the outbox replayed when online) and, if the model already has its source,
    /// reloads the table. Returns the refusal when the URL is unusable (nothing changed then).
    /// The cache opens asynchronously; cacheProblem() tells when it was damaged or could not
    /// be opened.
    std::optional<ApiError> connectTo(const QUrl &baseUrl, const QString &apiKey);
    /// The base URL of the cache in use (empty before connectTo()).
    QUrl cacheBaseUrl() const;

signals:
    /// The cache of the server just connected to opened (report.outcome says how).
    void cacheOpened(const fentu::CacheOpenReport &report);
    /// The cache was damaged and replaced, or could not be opened: plain words for the user.
    void cacheProblem(const QString &message);

private:
    void wire();
    void onCacheOpened(const CacheOpenReport &report);

    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace fentu
