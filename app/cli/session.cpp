#include "session.h"

#include "console.h"
#include "createcommand.h"
#include "deletecommand.h"
#include "getcommand.h"
#include "listcommand.h"
#include "pendingcommand.h"
#include "synccommand.h"
#include "updatecommand.h"

#include "api/apiclient.h"
#include "api/baseurl.h"
#include "cache/cachestore.h"
#include "credentials/apikeyfromenvironment.h"
#include "credentials/credentialstore.h"
#include "settings/appsettings.h"

#include <QTimer>

namespace fentu::cli {

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

Session::Session(Invocation invocation, Console &console, QObject *parent)
    : QObject(parent), m_invocation(std::move(invocation)), m_console(console)
{}

Session::~Session() = default;

bool Session::needsServer() const
{
    return std::visit(Overloaded{
                          [](const ListArguments &list) { return !list.offline; },
                          [](const GetArguments &get) { return !get.offline; },
                          [](const CreateArguments &create) { return !create.offline; },
                          [](const UpdateArguments &update) { return !update.offline; },
                          [](const DeleteArguments &remove) { return !remove.offline; },
                          // Discarding never asks the server; the others read its version.
                          [](const PendingArguments &pending) {
                              return pending.action == PendingArguments::Action::List
                                         ? !pending.offline
                                         : pending.action != PendingArguments::Action::Discard;
                          },
                          [](const auto &) { return true; },
                      },
                      m_invocation.command);
}

bool Session::needsCache() const
{
    // Writes need it for the outbox (OrderWriter queues there when the server is away); list
    // and get write through when they can, and still work when the cache cannot be used.
    return std::visit(Overloaded{
                          [](const SyncArguments &) { return true; },
                          [](const CreateArguments &) { return true; },
                          [](const UpdateArguments &) { return true; },
                          [](const DeleteArguments &) { return true; },
                          [](const PendingArguments &) { return true; },
                          [](const ListArguments &list) { return list.offline; },
                          [](const GetArguments &get) { return get.offline; },
                          [](const auto &) { return false; },
                      },
                      m_invocation.command);
}

void Session::start()
{
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
    if (needsServer())
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
            if (needsCache()) {
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

bool Session::needsClient() const
{
    // OrderWriter needs a client even with --offline (it then never calls it).
    return needsServer() || std::holds_alternative<CreateArguments>(m_invocation.command) ||
           std::holds_alternative<UpdateArguments>(m_invocation.command) ||
           std::holds_alternative<DeleteArguments>(m_invocation.command) ||
           std::holds_alternative<PendingArguments>(m_invocation.command);
}

void Session::runCommand()
{
    if (needsClient()) {
        m_client = std::make_unique<ApiClient>();
        if (const auto error = m_client->setBaseUrl(m_baseUrl)) {
            finish(Failure::fromApi(*error));
            return;
        }
        m_client->setApiKey(m_apiKey);
    }
    const Services services{m_client.get(), m_cacheOpen ? m_cache.get() : nullptr, &m_console,
                            m_apiKey};
    m_command = std::visit(
        Overloaded{
            [&](const SyncArguments &) -> Command * { return new SyncCommand(services, this); },
            [&](const ListArguments &a) -> Command * { return new ListCommand(services, a, this); },
            [&](const GetArguments &a) -> Command * { return new GetCommand(services, a, this); },
            [&](const CreateArguments &a) -> Command * {
                return new CreateCommand(services, a, this);
            },
            [&](const UpdateArguments &a) -> Command * {
                return new UpdateCommand(services, a, this);
            },
            [&](const DeleteArguments &a) -> Command * {
                return new DeleteCommand(services, a, this);
            },
            [&](const PendingArguments &a) -> Command * {
                return new PendingCommand(services, a, this);
            },
        },
        m_invocation.command);
    m_command->run([this](std::optional<Failure> failure) { finish(std::move(failure)); });
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
