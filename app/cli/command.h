#pragma once

#include "failure.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace fentu {
class ApiClient;
class CacheStore;
} // namespace fentu

namespace fentu::cli {

class Console;

/// What a command works with, made ready by the session. `client` is null for a command that
/// runs offline; `cache` is null when the cache could not be opened and the command said it
/// can do without (the reason was printed as a warning).
struct Services
{
    ApiClient *client = nullptr;
    CacheStore *cache = nullptr;
    Console *console = nullptr;
    QString apiKey; // only to mask it out of server texts; never printed
};

/// One fentu-cli command, run asynchronously on the event loop.
class Command : public QObject
{
    Q_OBJECT
public:
    /// nullopt: success. Called once, from the event loop.
    using Done = std::function<void(std::optional<Failure>)>;

    explicit Command(const Services &services, QObject *parent = nullptr)
        : QObject(parent), m_services(services)
    {}

    virtual void run(Done done) = 0;

protected:
    Services m_services;
};

} // namespace fentu::cli
