#include "connectivity/connectivitymonitor.h"

#include "api/apiclient.h"
#include "connectivity/connectivitylogging.h"

namespace fentu {

ConnectivityMonitor::ConnectivityMonitor(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    Q_ASSERT(client);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectivityMonitor::sendProbe);
}

ConnectivityMonitor::~ConnectivityMonitor()
{
    cancelProbe();
}

void ConnectivityMonitor::cancelProbe()
{
    m_probeTimer.stop();
    // A cancelled probe still answers (with Cancelled), later: the generation makes sure that
    // answer is ignored and never blocks the next probe.
    ++m_probeGeneration;
    if (m_probe)
        m_probe->cancel();
    m_probe = nullptr;
}

bool ConnectivityMonitor::isUnreachable(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
        return true;
    case ApiError::Kind::Http:
        // A gateway answering for a server that is down: the server itself is unreachable.
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    default:
        return false;
    }
}

bool ConnectivityMonitor::reportFailure(const ApiError &error)
{
    if (!isUnreachable(error))
        return false;
    if (m_state == State::Online) {
        qCInfo(lcConnectivity) << "server unreachable, working from the cache:"
                               << error.technicalDetail();
        m_lastFailure = error;
        m_nextDelay = m_firstDelay;
        setState(State::OfflineAuto);
        scheduleProbe();
    }
    return true;
}

void ConnectivityMonitor::reportReachable()
{
    if (m_state != State::OfflineAuto)
        return;
    qCInfo(lcConnectivity) << "server reachable again";
    cancelProbe();
    m_lastFailure = {};
    setState(State::Online);
}

void ConnectivityMonitor::setForcedOffline(bool forced)
{
    if (forced == isForcedOffline())
        return;
    cancelProbe();
    m_lastFailure = {};
    setState(forced ? State::OfflineForced : State::Online);
}

void ConnectivityMonitor::startOver()
{
    if (m_state != State::OfflineAuto)
        return;
    cancelProbe();
    m_lastFailure = {};
    m_nextDelay = m_firstDelay;
    setState(State::Online);
}

void ConnectivityMonitor::probeNow()
{
    if (m_state != State::OfflineAuto || m_probe)
        return;
    m_probeTimer.stop();
    sendProbe();
}

void ConnectivityMonitor::setProbeDelays(std::chrono::milliseconds first,
                                         std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, max);
    m_nextDelay = std::min(std::max(m_nextDelay, m_firstDelay), m_maxDelay);
}

void ConnectivityMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConnectivityMonitor::scheduleProbe()
{
    m_probeTimer.start(m_nextDelay);
    m_nextDelay = std::min(m_nextDelay * 2, m_maxDelay);
}

void ConnectivityMonitor::sendProbe()
{
    if (m_state != State::OfflineAuto || m_probe)
        return;
    ++m_probes;
    const int generation = ++m_probeGeneration;
    WorkOrderQuery query;
    query.perPage = 1;
    auto answered = [this, generation](ApiResult<Page<WorkOrderSummary>> r) {
        if (generation != m_probeGeneration)
            return;
        m_probe = nullptr;
        if (m_state != State::OfflineAuto)
            return;
        if (r.isOk() ||
            (!isUnreachable(r.error()) && r.error().kind() != ApiError::Kind::Cancelled)) {
            // Any real answer means the server is there; an error status shows up as an
            // error on the pages that follow, which is where the user can act on it.
            reportReachable();
            return;
        }
        if (r.error().kind() != ApiError::Kind::Cancelled)
            m_lastFailure = r.error();
        scheduleProbe();
    };
    m_probe = m_client->listWorkOrders(query, this, std::move(answered));
}

} // namespace fentu
