#pragma once

#include "testsandbox.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"

#include <QTemporaryDir>

#include <memory>

namespace fentu::test {

/// The sandbox + client + cache fixture: an in-process fentu-sandbox (a TestSandbox, so it can
/// be stopped and started again with the same orders), a client for it with quick retries,
/// and a real CacheStore of it, all in temporary folders.
class SyncFixture
{
public:
    explicit SyncFixture(int orders = 500);

    /// Starts the sandbox and points the client at it.
    [[nodiscard]] bool startServer();
    void stopServer() { m_sandbox.stop(); }

    /// Opens the cache of the client's server (the same file each time).
    [[nodiscard]] bool openCache();
    /// Closes the store and makes a new one on the same file: what a restart does.
    [[nodiscard]] bool reopenCache();
    /// A full sync of the server into the cache; false when it failed or never finished. The
    /// list rows only (what most tests start from: orders never opened), or with `withDetails`
    /// the detail phase too, as View ▸ Sync Now runs it.
    [[nodiscard]] bool syncAll(bool withDetails = false);
    /// Where the write path's tests start: the server started, the cache open, all synced;
    /// false, with a warning that names the step, when one failed.
    [[nodiscard]] bool startSynced();

    QString cacheFile() const;
    sandbox::SandboxServer *server() { return m_sandbox.server(); }
    ApiClient &client() { return m_client; }
    CacheStore &store() { return *m_store; }
    const sandbox::Options &options() const { return m_sandbox.options(); }

private:
    QTemporaryDir m_dir;
    TestSandbox m_sandbox;
    ApiClient m_client;
    std::unique_ptr<CacheStore> m_store;
};

} // namespace fentu::test
