#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace fentu {

class ApiCall;
class ApiClient;

/// Whether the app talks to the server or works from the cache, and the probe that brings it
/// back: everything that reaches the server (pages, writes, the outbox, sync) reports its
/// transport failures here, and everything that must choose asks here.
///
/// Online -> OfflineAuto when a call finds the server unreachable (refused, DNS, timeout,
/// network, or a gateway's 502/503/504). While OfflineAuto a cheap probe
/// (GET /work-orders?per_page=1) runs on a backoff timer (5 s, 10 s, 20 s ... at most 60 s;
/// never a busy loop) and any answer from the server, even an error status, means it is back.
/// OfflineForced (View > Work offline) stays until turned off and never probes.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Online,
        OfflineAuto,
        OfflineForced
    };
    Q_ENUM(State)

    /// `client` is not owned and must outlive the monitor.
    explicit ConnectivityMonitor(ApiClient *client, QObject *parent = nullptr);
    ~ConnectivityMonitor() override;

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    /// The failure that took the app offline (Kind::None when online or forced).
    const ApiError &lastFailure() const { return m_lastFailure; }

    /// View > Work offline. Turning it off goes back online at once (the next call that fails
    /// takes the app offline again, automatically).
    void setForcedOffline(bool forced);
    bool isForcedOffline() const { return m_state == State::OfflineForced; }

    /// True for failures that mean "the server cannot be reached" rather than "the server
    /// said no": those switch to the cache; 4xx, 500, TLS and malformed answers are errors.
    static bool isUnreachable(const ApiError &error);
    /// A call failed: goes OfflineAuto (and starts probing) when `error` says the server is
    /// unreachable. Returns isUnreachable(error).
    bool reportFailure(const ApiError &error);
    /// A call got an answer from the server: while OfflineAuto, that means it is back.
    void reportReachable();

    /// Another server is used from now on: what was learnt of the last one's reachability no
    /// longer holds, so an automatic offline state ends (its probe too) and the next call
    /// tells. Work offline, the user's choice, stays.
    void startOver();
    /// Probes now instead of waiting for the timer (a "Try again" button). Only OfflineAuto.
    void probeNow();
    /// The backoff bounds; tests shorten them. Defaults 5 s and 60 s.
    void setProbeDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);
    bool isProbeScheduled() const { return m_probeTimer.isActive(); }
    /// The wait before the next probe is sent (after the one scheduled now).
    std::chrono::milliseconds nextProbeDelay() const { return m_nextDelay; }
    /// Probes sent since construction (for tests and diagnostics).
    int probeCount() const { return m_probes; }

signals:
    void stateChanged(fentu::ConnectivityMonitor::State state);

private:
    void setState(State state);
    void scheduleProbe();
    void sendProbe();
    void cancelProbe();

    ApiClient *m_client;
    State m_state = State::Online;
    ApiError m_lastFailure;
    QTimer m_probeTimer;
    QPointer<ApiCall> m_probe;
    std::chrono::milliseconds m_firstDelay{5000};
    std::chrono::milliseconds m_maxDelay{60000};
    std::chrono::milliseconds m_nextDelay{5000};
    int m_probes = 0;
    int m_probeGeneration = 0;
};

} // namespace fentu
