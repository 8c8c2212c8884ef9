#pragma once

// Shared by the end-to-end tests of fentu-cli: an in-process fentu-sandbox, a throw-away HOME
// and cache directory, and the real fentu-cli binary run with QProcess while this process's
// event loop keeps serving the sandbox.

#include "csvparse.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fentu::test {

/// What one fentu-cli run left behind.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /// The stderr lines (without the final newline).
    QStringList errLines() const;
    /// For QVERIFY2 messages.
    QByteArray describe() const;
};

/// A sandbox and the directories fentu-cli sees as its HOME and its cache.
class CliFixture
{
public:
    static constexpr int kRunTimeoutMs = 60000;

    explicit CliFixture(int orders = 300);

    [[nodiscard]] bool startServer();
    sandbox::SandboxServer &server() { return *m_server; }
    QString key() const { return m_options.key; }
    QString readOnlyKey() const { return m_options.readOnlyKey; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    /// A plain HTTP client of the sandbox, for checking what really reached it.
    sandbox::test::SandboxTestClient &direct() { return *m_direct; }
    /// The order as the server has it now (its `data`), read past fentu-cli.
    QJsonObject serverOrder(const QString &id)
    {
        return m_direct->get(QStringLiteral("/work-orders/") + id).dataObject();
    }
    /// The server stamps updated_at in whole seconds: an edit on the server in the same second
    /// as the cached version could not be told apart from it. Waits for the next second.
    static void waitForTheNextSecond()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > now, 3000);
    }

    QString homeDir() const { return m_dir.filePath(QStringLiteral("home")); }
    QString cacheDir() const { return m_dir.filePath(QStringLiteral("cache")); }
    QString rootDir() const { return m_dir.path(); }

    /// A clean environment: HOME and the XDG folders inside the temporary directory, a D-Bus
    /// address that leads nowhere (no real keychain is ever touched), C.UTF-8, and
    /// FENTU_API_KEY = `key` unless empty.
    QProcessEnvironment environment(const QString &key) const;
    /// --base-url and --cache-dir of this fixture.
    QStringList location() const;

    /// Runs fentu-cli `arguments` (location() appended) with the fixture's key.
    CliRun run(const QStringList &arguments);
    /// Runs fentu-cli exactly with `arguments` and `environment`.
    CliRun runRaw(const QStringList &arguments, const QProcessEnvironment &environment);

    /// Every stdout and stderr of every run so far, for the check that the key never shows.
    const QList<QByteArray> &allOutput() const { return m_allOutput; }

private:
    QTemporaryDir m_dir;
    sandbox::Options m_options;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sandbox::test::SandboxTestClient> m_direct;
    QList<QByteArray> m_allOutput;
};


/// The ids of a JSON array of orders, in order.
QStringList idsOf(const QJsonArray &orders);

/// Files below `dir` whose bytes hold `secret` (UTF-8, UTF-16 or base64).
QStringList filesContaining(const QString &dir, const QString &secret);
bool containsSecret(const QByteArray &bytes, const QString &secret);

} // namespace fentu::test
