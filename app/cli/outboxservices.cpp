#include "outboxservices.h"

#include <memory>

namespace fentu::cli {

OutboxServices::OutboxServices(ApiClient *client, CacheStore *cache, bool offline, QObject *parent)
    : QObject(parent), m_monitor(client), m_pending(cache),
      m_writer(client, cache, &m_monitor, &m_pending)
{
    // Forced offline never probes; an unreachable server (OfflineAuto) would start a probe
    // timer, which is harmless here: the process exits before it fires.
    if (offline)
        m_monitor.setForcedOffline(true);
}

void OutboxServices::load(std::function<void()> ready)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(&m_pending, &PendingOrders::reloaded, this, [connection, ready = std::move(ready)] {
            disconnect(*connection);
            ready();
        });
    m_pending.reload();
}

} // namespace fentu::cli
