#include "session.h"

#include "command.h"
#include "console.h"
#include "outboxservices.h"

#include "api/apiclient.h"
#include "api/baseurl.h"
#include "cache/cachestore.h"
#include "credentials/apikeyfromenvironment.h"
#include "credentials/credentialstore.h"
#include "settings/appsettings.h"

#include <QTimer>

namespace fentu::cli {

Session::Session(Invocation invocation, Console &console, QObject *parent)
    : QObject(parent), m_invocation(std::move(invocation)), m_console(console)
{}

Session::~Session() = default;

void Session::start()
{
    m_needs = m_invocation.command->needs();
    const QString given = m_invocation.global.baseUrl;
    m_baseUrl = given.isEmpty() ? AppSettings().baseUrl() : QUrl(given, QUrl::StrictMode);
    if (m_baseUrl.isEmpty()) {
        finish(Failure::local(tr("no server is configured: pass --base-url URL or set the server "
                                 "in Fentu Desk's Settings")));
        return;
    }
    const BaseUrlCheck check = checkBaseUrl(m_baseUrl);
    if (check.error) {
        finish(Failure::fromApi(*check.error));
        return;
    }
    m_baseUrl = check.url;
    if (m_needs.server)
        readKey();
    else
        openCache();
}

void Session::readKey()
{
    if (const auto key = apiKeyFromEnvironment()) {
        m_apiKey = *key;
        openCache();
        return;
    }
    m_credentials = new CredentialStore(this);
    m_credentials->readKey(m_baseUrl, this, [this](const CredentialResult &result) {
        if (!result.isOk() || result.key().isEmpty()) {
            finish(Failure::fromCredentials(result));
            return;
        }
        m_apiKey = result.key();
        openCache();
    });
}

void Session::openCache()
{
    m_cache = m_invocation.global.cacheDir.isEmpty()
                  ? std::make_unique<CacheStore>()
                  : std::make_unique<CacheStore>(m_invocation.global.cacheDir);
    m_cache->open(m_baseUrl, this, [this](const CacheOpenReport &report) {
        switch (report.outcome) {
        case CacheOpenReport::Outcome::Opened:
            break;
        case CacheOpenReport::Outcome::Recovered:
            m_console.warning(report.message);
            break;
        case CacheOpenReport::Outcome::Failed:
            if (m_needs.cache || m_needs.outbox) {
                finish(Failure::local(tr("offline cache: %1").arg(report.message)));
                return;
            }
            m_console.warning(tr("working without the offline cache: %1").arg(report.message));
            runCommand();
            return;
        }
        m_cacheOpen = true;
        runCommand();
    });
}

void Session::runCommand()
{
    if (m_needs.server || m_needs.client || m_needs.outbox) {
        m_client = std::make_unique<ApiClient>();
        if (const auto error = m_client->setBaseUrl(m_baseUrl)) {
            finish(Failure::fromApi(*error));
            return;
        }
        m_client->setApiKey(m_apiKey);
    }
    if (m_needs.outbox) {
        // Loaded first: an edit must know which orders already have queued edits, to queue
        // behind them instead of overtaking them.
        m_outbox = std::make_unique<OutboxServices>(m_client.get(), m_cache.get(), !m_needs.server);
        m_outbox->load([this] { startCommand(); });
        return;
    }
    startCommand();
}

void Session::startCommand()
{
    const Services services{m_client.get(), m_cacheOpen ? m_cache.get() : nullptr, &m_console,
                            m_apiKey, m_outbox.get()};
    m_invocation.command->start(
        services, [this](std::optional<Failure> failure) { finish(std::move(failure)); });
}

void Session::finish(std::optional<Failure> failure)
{
    if (m_finished)
        return;
    m_finished = true;
    const int code = static_cast<int>(failure ? failure->code : ExitCode::Ok);
    if (failure)
        m_console.error(failure->message);
    if (!m_cache) {
        // Never from inside start(): the caller connects to finished() first.
        QTimer::singleShot(0, this, [this, code] { emit finished(code); });
        return;
    }
    // Every write queued before this runs first; the file is then closed cleanly.
    m_cache->close(this, [this, code](CacheResult<CacheDone>) { emit finished(code); });
}

} // namespace fentu::cli
