#pragma once

#include <QSize>
#include <QString>

namespace fentu::sandbox {
class SandboxServer;
}

namespace fentu::test {

/// How a TestDesk differs from fentu-desk, where a test needs it to.
struct TestDeskOptions
{
    /// What the window is given. The services are DeskServices' in every case; a test written
    /// for a part of the window gets that part only, so that what it checks stays what it was.
    enum class Services
    {
        /// Everything, as fentu-desk gives it: the table pages the cache when offline.
        Desk,
        /// The table against the API alone: client, an ApiPageSource, model and settings; no
        /// cache, no offline, no editing (MainWindowServices' required four).
        TableOnly,
        /// Editing through the real OrderWriter with its cache, monitor, outbox and pending
        /// marks; the table stays on the API, offline too (no switching, no sync).
        Writing,
    };
    Services services = Services::Desk;

    /// The desk's own sandbox (a TestSandbox) has this many orders...
    int orders = 250;
    /// ...and is started, and the services pointed at it, before the window is made (as when
    /// fentu-desk starts with a server configured). Otherwise startServer() and connect().
    bool startServer = false;
    /// A sandbox the test case shares instead (not owned): the services point at it before
    /// the window is made.
    sandbox::SandboxServer *server = nullptr;
    /// The API key the client sends; empty: the sandbox's own.
    QString apiKey{};

    /// The client's attempts per call (quickRetries): 1 shows the first failure at once.
    int attempts = 1;
    /// The client's parallel requests; 0 leaves its default (1 makes answers come in order).
    int maxConcurrentRequests = 0;

    /// True: the window starts as on the first start with each server (the built-in "Today
    /// and upcoming" view). False: as a desk used before whose user kept no view, so a test of
    /// something else sees every order (the filter the test sets, not a view's).
    bool firstStartView = false;

    /// A ServerConnection for Settings and the first run, made as fentu-desk makes it.
    bool serverConnection = false;
    /// False: the services alone, for a test of a dialog on its own.
    bool window = true;
    /// The window's size; an invalid size leaves it as the window restores itself.
    QSize size{1400, 900};
};

} // namespace fentu::test
