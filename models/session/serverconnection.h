#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace fentu {

class ApiClient;
class AppSettings;
class CredentialStore;
class WorkOrderPageSource;
class WorkOrderTableModel;

/// Points the shared ApiClient and the table model at a server: at start (from the command
/// line, FENTU_API_KEY, the stored URL and the keychain, read asynchronously) and again each
/// time the user saves the Settings or starts the local sandbox. Widgets-free: the window
/// follows its signals.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    /// Points the client at a server; returns the refusal of an unusable URL.
    using Connector = std::function<std::optional<ApiError>(const QUrl &, const QString &)>;

    /// None owned; all must outlive this object. `settings` may be null (default page size).
    ServerConnection(ApiClient *client, WorkOrderPageSource *source, WorkOrderTableModel *model,
                     AppSettings *settings, CredentialStore *credentials,
                     QObject *parent = nullptr);

    /// Connects at start. `baseUrl` is --base-url or the stored URL; `overrideKey` is
    /// FENTU_API_KEY (empty when unset), which wins over the keychain. With a URL and no
    /// override, the key is read from the keychain first; connecting() is emitted meanwhile.
    void start(const QUrl &baseUrl, const QString &overrideKey);
    /// Uses this server and key from now on and reloads the table from page 1.
    /// Emits connected() or failed().
    void connectTo(const QUrl &baseUrl, const QString &key);

    bool isConnected() const { return m_connected; }
    /// Replaces the default step (client->setBaseUrl and setApiKey), e.g. with one that also
    /// opens that server's cache. It may reload a model that already has its source.
    void setConnector(Connector connector) { m_connector = std::move(connector); }

signals:
    /// The key is being read from the keychain.
    void connecting();
    /// The client has its URL and key and the model is loading page 1.
    void connected(const QUrl &baseUrl);
    /// No URL or no key is configured: the first-run choice is due.
    void notConfigured();
    /// The keychain could not be read or the URL was refused; `message` says so in words.
    void failed(const QString &message);

private:
    std::optional<ApiError> applyToClient(const QUrl &baseUrl, const QString &key);

    ApiClient *m_client;
    WorkOrderPageSource *m_source;
    WorkOrderTableModel *m_model;
    AppSettings *m_settings;
    CredentialStore *m_credentials;
    Connector m_connector;
    bool m_connected = false;
};

} // namespace fentu
