#pragma once

#include "sandboxserver.h"

#include <QTemporaryDir>

#include <memory>

namespace fentu::test {

/// An in-process fentu-sandbox whose database is a file in a folder of its own, so that a test
/// can stop it, change the file, and start it again on the same port with the same orders.
/// Seeded data is anchored to a fixed day, so it is the same whatever day the test runs.
class TestSandbox
{
public:
    explicit TestSandbox(int orders = 250);

    /// What start() uses: change the seed or the key before the first start.
    sandbox::Options &options() { return m_options; }
    const sandbox::Options &options() const { return m_options; }

    /// Starts the server (a restart comes back on the same port); warns with the reason.
    [[nodiscard]] bool start();
    void stop() { m_server.reset(); }
    bool isRunning() const { return m_server != nullptr; }

    /// The running server; null when stopped.
    sandbox::SandboxServer *server() const { return m_server.get(); }
    QUrl baseUrl() const;
    QString key() const { return m_options.key; }
    /// The database file: a test may change it while the server is stopped.
    QString databasePath() const { return m_options.databasePath; }

private:
    QTemporaryDir m_dir;
    sandbox::Options m_options;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

/// A started in-memory sandbox with `orders` orders, for a test case to share among its tests;
/// null with `error` set when it did not start.
std::unique_ptr<sandbox::SandboxServer> startedSandbox(int orders, QString *error);

} // namespace fentu::test
