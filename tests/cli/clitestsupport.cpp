#include "clitestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fentu::test {

QStringList CliRun::errLines() const
{
    QString text = errText();
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           (timedOut ? " (timed out)" : "") + "\nstderr: " + err + "\nstdout: " + out.left(2000);
}

CliFixture::CliFixture(int orders)
{
    m_options.orders = orders;
    m_options.anchorDate = QDate(2026, 3, 2); // seeded dates independent of the day
    m_options.key = u"cli-e2e-secret-5b7e0c2a91d4f6"_s;
    m_options.readOnlyKey = u"cli-e2e-readonly-secret-33a1"_s;
    QDir().mkpath(homeDir());
}

bool CliFixture::startServer()
{
    m_server = std::make_unique<sandbox::SandboxServer>(m_options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    m_direct = std::make_unique<sandbox::test::SandboxTestClient>(m_server->baseUrl(), key());
    return true;
}

QProcessEnvironment CliFixture::environment(const QString &apiKey) const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, homeDir());
    env.insert(u"XDG_CONFIG_HOME"_s, homeDir() + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, homeDir() + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, homeDir() + u"/.cache"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
    if (!apiKey.isEmpty())
        env.insert(u"FENTU_API_KEY"_s, apiKey);
    return env;
}

QStringList CliFixture::location() const
{
    return {u"--base-url"_s, m_server->baseUrl().toString(), u"--cache-dir"_s, cacheDir()};
}

CliRun CliFixture::run(const QStringList &arguments)
{
    return runRaw(arguments + location(), environment(key()));
}

CliRun CliFixture::runRaw(const QStringList &arguments, const QProcessEnvironment &environment)
{
    CliRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FENTU_CLI_EXECUTABLE), arguments);
    // qWaitFor runs this process's event loop, so the in-process sandbox keeps answering.
    const bool ended = QTest::qWaitFor(
        [&process] { return process.state() == QProcess::NotRunning; }, kRunTimeoutMs);
    if (!ended) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000); // killed: it ends at once, nothing to serve
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_allOutput.append(result.out);
    m_allOutput.append(result.err);
    return result;
}


QStringList idsOf(const QJsonArray &orders)
{
    QStringList ids;
    for (const QJsonValue &order : orders)
        ids.append(order.toObject().value(u"id"_s).toString());
    return ids;
}

bool containsSecret(const QByteArray &bytes, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64()) ||
           bytes.contains(utf8.toBase64(QByteArray::Base64UrlEncoding));
}

QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && containsSecret(file.readAll(), secret))
            hits.append(path);
    }
    return hits;
}

} // namespace fentu::test
