#include "writerservices.h"

#include "await.h"
#include "syncfixture.h"

#include "pages/switchingpagesource.h"

#include <QSignalSpy>

using namespace std::chrono_literals;

namespace fentu::test {

WriterServices::WriterServices(SyncFixture &fixture, Probe probe)
    : m_fixture(fixture), m_monitor(&fixture.client()), m_pending(&fixture.store()),
      m_writer(&fixture.client(), &fixture.store(), &m_monitor, &m_pending)
{
    if (probe == Probe::Quick)
        m_monitor.setProbeDelays(50ms, 200ms);
    else
        m_monitor.setProbeDelays(10min, 10min);
}

WriterServices::~WriterServices() = default;

SwitchingPageSource &WriterServices::pageSource()
{
    if (!m_pageSource) {
        m_pageSource = std::make_unique<SwitchingPageSource>(&m_fixture.client(),
                                                             &m_fixture.store(), &m_monitor);
    }
    return *m_pageSource;
}

bool WriterServices::reloadPending()
{
    QSignalSpy reloaded(&m_pending, &PendingOrders::reloaded);
    m_pending.reload();
    return reloaded.wait(kWaitMs);
}

} // namespace fentu::test
