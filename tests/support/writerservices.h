#pragma once

#include "connectivity/connectivitymonitor.h"
#include "sync/orderwriter.h"
#include "sync/pendingorders.h"

#include <memory>

namespace fentu {
class SwitchingPageSource;
}

namespace fentu::test {

class SyncFixture;

/// The write path on a SyncFixture's client and cache, as DeskServices wires it: the
/// connectivity monitor, the pending marks and the OrderWriter with its replayer. A restart of
/// the desk is dropping these (the fixture's cache stays) and making new ones.
class WriterServices
{
public:
    enum class Probe
    {
        /// A server that comes back is found within a fraction of a second.
        Quick,
        /// No probe within a test's run (ten minutes): the test says when the server is back.
        Off,
    };

    explicit WriterServices(SyncFixture &fixture, Probe probe = Probe::Quick);
    ~WriterServices();
    WriterServices(const WriterServices &) = delete;
    WriterServices &operator=(const WriterServices &) = delete;

    ConnectivityMonitor &monitor() { return m_monitor; }
    PendingOrders &pending() { return m_pending; }
    OrderWriter &writer() { return m_writer; }
    OutboxReplayer &replayer() { return m_writer.replayer(); }
    /// The window's page source on the same client, cache and monitor (the server online, the
    /// cache offline); made on first use, so that a test that pages nothing has none.
    SwitchingPageSource &pageSource();

    /// Reads the pending marks from the outbox, as the desk does when its cache opens; false
    /// when the read never answered.
    [[nodiscard]] bool reloadPending();

private:
    SyncFixture &m_fixture;
    ConnectivityMonitor m_monitor;
    PendingOrders m_pending;
    OrderWriter m_writer;
    std::unique_ptr<SwitchingPageSource> m_pageSource; // last: gone before the monitor it asks
};

} // namespace fentu::test
