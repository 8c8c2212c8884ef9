#pragma once

#include "faults.h"

#include <QDate>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace fentu::sandbox {

/// How a sandbox runs: where it listens, its data, its keys, its faults.
struct Options
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    QString databasePath = QStringLiteral(":memory:");
    int orders = 2000; // demo orders to seed when the database is empty
    quint32 seed = 42;
    QString key = QStringLiteral("demo-key");
    QString readOnlyKey = QStringLiteral("demo-read-only-key");
    Faults faults;
    /// "Today" for the demo data (the dispatch days around it, the other orders within ±60
    /// days of it; see README.md). Invalid means the current UTC date; set it to make seeded
    /// dates independent of the day a test runs.
    QDate anchorDate;
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
    /// Deterministic faults for tests: the next `count` requests answer `httpStatus` (500, 503,
    /// 429...) with the documented error body; 429 carries Retry-After: retryAfterSeconds.
    /// Calls add up: failNext(1, 500) then failNext(1, 429) fails two requests, in that order.
    void failNext(int count, int httpStatus, int retryAfterSeconds = 1);
    /// Deterministic lost answers for tests: the next `count` writes (POST, PUT, PATCH,
    /// DELETE) are handled as usual, then their connection closes before any byte of the
    /// answer. Reads pass by and do not use them up; a failNext() still pending comes first
    /// (and its write does not happen). Calls add up, like failNext().
    void loseNextWriteAnswers(int count);
    /// Number of requests received so far (counted on arrival, before any injected latency;
    /// for tests of retries and caching).
    int requestCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fentu::sandbox
