#pragma once

#include "connectivity/connectivitymonitor.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"

#include <QObject>

#include <functional>

namespace fentu {
class ApiClient;
class CacheStore;
} // namespace fentu

namespace fentu::cli {

/// The GUI's write path for one fentu-cli run: OrderWriter (online, else the outbox) and
/// OutboxReplayer, wired as Fentu Desk wires them, so that both share one outbox.
class OutboxServices : public QObject
{
    Q_OBJECT
public:
    /// Neither is owned; both must outlive this. `offline`: every write goes to the outbox.
    OutboxServices(ApiClient *client, CacheStore *cache, bool offline, QObject *parent = nullptr);

    /// Reads which orders already have queued edits, then calls `ready`: an edit must know
    /// them to queue behind them instead of overtaking them.
    void load(std::function<void()> ready);

    OrderWriter &writer() { return m_writer; }
    OutboxReplayer &replayer() { return m_writer.replayer(); }

private:
    ConnectivityMonitor m_monitor;
    PendingOrders m_pending;
    OrderWriter m_writer;
};

} // namespace fentu::cli
