#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace fentu {

class ApiClient;

/// "Test connection": one real request (the first work order) with a URL and key that are not
/// saved yet, on a throw-away ApiClient, so the connection in use is left alone. Widgets-free.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Ok,          // the server answered as a Fentu server, with this key
        KeyRefused,  // 401 or 403
        Unreachable, // nothing answered: refused, unknown host, timeout, TLS, network
        NotFentu,    // something answered, but not the Work Orders API (404, not JSON...)
        InvalidUrl,  // refused before sending: not https, not loopback http, malformed
    };
    Q_ENUM(Outcome)

    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    /// Starts a probe, cancelling one in flight; finished() follows later, exactly once.
    void start(const QUrl &baseUrl, const QString &key);
    /// Drops the probe in flight; its finished() never comes.
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

signals:
    /// `message` is a sentence for the user; `orderCount` is the server's total for Ok.
    void finished(fentu::ConnectionProbe::Outcome outcome, const QString &message, int orderCount);

private:
    void report(Outcome outcome, const QString &message, int orderCount = -1);

    std::unique_ptr<ApiClient> m_client;
    quint64 m_generation = 0; // bumped by cancel(), so a late answer is recognised and dropped
};

} // namespace fentu
