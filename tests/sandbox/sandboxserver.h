#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace fentu::sandbox {

/// Fault injection, off by default. Shares are probabilities in [0,1], drawn per request
/// from the server's own seeded generator so a test run is repeatable.
struct Faults
{
    int latencyMs = 0;            // added to every answer
    double serverErrorShare = 0;  // answer 500 with an HTML body
    double rateLimitShare = 0;    // answer 429 with Retry-After
    int retryAfterSeconds = 1;
    double malformedShare = 0;    // answer 200 with broken JSON
    double truncatedShare = 0;    // announce a Content-Length, send half, close
    int slowFirstByteMs = 0;      // wait this long before the status line
};

struct Options
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;             // 0 picks a free port
    QString databasePath = QStringLiteral(":memory:");
    int orders = 2000;            // demo orders to seed when the database is empty
    quint32 seed = 42;
    QString key = QStringLiteral("demo-key");
    QString readOnlyKey = QStringLiteral("demo-read-only-key");
    Faults faults;
};

/// fentu-sandbox: a faithful, SQLite-backed implementation of the Work Orders API and the
/// lookups of assumptions.md, for tests, benchmarks and first runs.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Opens (and seeds if empty) the database, then listens. False with `error` set on failure.
    bool start(QString *error = nullptr);
    quint16 port() const;
    /// e.g. http://127.0.0.1:41234/api/v1
    QUrl baseUrl() const;
    const Options &options() const;

    /// Changes fault injection while running.
    void setFaults(const Faults &faults);
    /// Number of requests answered so far (for tests of retries and caching).
    int requestCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fentu::sandbox
