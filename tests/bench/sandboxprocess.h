#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace fentu::bench {

/// fentu-sandbox run as a separate process on a free loopback port, as a real server would be:
/// its work never shares a CPU thread or an event loop with the client being measured.
class SandboxProcess
{
public:
    SandboxProcess();
    /// Stops the server.
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts it with `orders` seeded orders (in memory) and waits until it prints its
    /// base-url: and key: lines. False with `error` set when it does not.
    bool start(int orders, QString *error);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    int orders() const { return m_orders; }
    QUrl baseUrl() const { return m_baseUrl; }
    /// The sandbox's own demo key, as it printed it.
    QString key() const { return m_key; }
    /// From launch to listening (seeding included).
    double startMs() const { return m_startMs; }

private:
    QProcess m_process;
    int m_orders = 0;
    QUrl m_baseUrl;
    QString m_key;
    double m_startMs = 0;
};

} // namespace fentu::bench
