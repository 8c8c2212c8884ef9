#pragma once

#include "failure.h"
#include "invocation.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fentu {
class ApiClient;
class CacheStore;
} // namespace fentu

namespace fentu::cli {

class Console;
class OutboxServices;

/// What a command works with, made ready by the session. `client` is null for a command that
/// runs offline; `cache` is null when the cache could not be opened and the command said it
/// can do without (the reason was printed as a warning); `outbox` is null unless asked for.
struct Services
{
    ApiClient *client = nullptr;
    CacheStore *cache = nullptr;
    Console *console = nullptr;
    QString apiKey; // only to mask it out of server texts; never printed
    OutboxServices *outbox = nullptr;
};

/// What a command asks the session to make ready; the session builds only that.
struct Needs
{
    /// The server: the API key is read, and the client may call it.
    bool server = false;
    /// An API client even when the server is not called: OrderWriter takes one, and with
    /// --offline never calls it.
    bool client = false;
    /// The offline cache, or the run stops. Without this a cache that cannot be used is only a
    /// warning, and the command runs with none.
    bool cache = false;
    /// The write path (OrderWriter and OutboxReplayer on the cache's outbox), loaded before the
    /// command runs. It takes a client and the cache, so it implies both; without the server
    /// it works offline (every write goes to the outbox).
    bool outbox = false;
};

/// One fentu-cli command, all of it: its word and its line in the overview help (the static
/// kName and kSummary, which commandregistry.cpp reads), its options and their help (parse()),
/// what it needs, and its run, asynchronous on the event loop. The command line makes one per
/// run and parses into it; the session makes ready what it needs, then starts it. A new
/// command is a subclass in its own file pair, a line in commandregistry.cpp and one in
/// CMakeLists.txt.
class Command : public QObject
{
    Q_OBJECT
public:
    /// nullopt: success. Called once, from the event loop.
    using Done = std::function<void(std::optional<Failure>)>;

    /// Reads the command's options from the whole command line (the command word included):
    /// Invocation::run() with the global options, or the help or a usage error to stop at.
    virtual Invocation parse(const QStringList &arguments) = 0;
    /// What the session makes ready, for the options parse() read.
    virtual Needs needs() const = 0;

    void start(const Services &services, Done done)
    {
        m_services = services;
        run(std::move(done));
    }

protected:
    virtual void run(Done done) = 0;

    Services m_services;
};

} // namespace fentu::cli
