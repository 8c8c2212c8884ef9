#pragma once

#include "command.h"
#include "invocation.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace fentu {
class ApiClient;
class CacheStore;
class CredentialStore;
} // namespace fentu

namespace fentu::cli {

class Console;
class OutboxServices;

/// One run of fentu-cli: finds the server (--base-url or Fentu Desk's setting), the API key
/// (FENTU_API_KEY or the keychain) and the cache, then runs the command and closes the cache.
/// Each step is asynchronous; finished() comes once, with the exit status.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(Invocation invocation, Console &console, QObject *parent = nullptr);
    ~Session() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void readKey();
    void openCache();
    void runCommand();
    void startCommand();
    void finish(std::optional<Failure> failure);

    Invocation m_invocation; // declared first: its command outlives the client and the cache
    Needs m_needs;
    Console &m_console;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<OutboxServices> m_outbox; // after both: it goes before them
    CredentialStore *m_credentials = nullptr;
    bool m_cacheOpen = false;
    bool m_finished = false;
};

} // namespace fentu::cli
