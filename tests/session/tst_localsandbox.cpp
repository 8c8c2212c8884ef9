// LocalSandbox against the real fentu-sandbox program of this build: it starts, reports its
// address and key, answers as the API does, and stops; a missing or failing program is
// reported in words.

#include "session/connectionprobe.h"
#include "session/localsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>
#include <signal.h>

using namespace fentu;
using namespace Qt::StringLiterals;

class TestLocalSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultsSitNextToTheApplication()
    {
        // The build tree: every executable in one bin folder.
        QCOMPARE(LocalSandbox::defaultProgram(),
                 QCoreApplication::applicationDirPath() + u"/fentu-sandbox"_s);
        QVERIFY(LocalSandbox::defaultDatabasePath().endsWith(u"/sandbox/demo.sqlite"_s));
    }

    void installedTreeFindsTheSandboxInLibexec()
    {
        // The package: /usr/bin/fentu-desk, /usr/libexec/fentu-desk/fentu-sandbox, wherever
        // the tree is unpacked.
        const QString bin = m_dir.filePath(u"installed/usr/bin"_s);
        const QString libexec = m_dir.filePath(u"installed/usr/libexec/fentu-desk"_s);
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(libexec));
        const QString expected = libexec + u"/fentu-sandbox"_s;
        QCOMPARE(LocalSandbox::locateProgram(bin), expected); // not there: still named
        QVERIFY(QFile::copy(QStringLiteral(FENTU_SANDBOX_EXECUTABLE), expected));
        QCOMPARE(LocalSandbox::locateProgram(bin), expected);

        // One beside the application wins: a build tree, or a developer's own copy.
        const QString beside = bin + u"/fentu-sandbox"_s;
        QVERIFY(QFile::copy(QStringLiteral(FENTU_SANDBOX_EXECUTABLE), beside));
        QCOMPARE(LocalSandbox::locateProgram(bin), beside);
    }

    void startsReportsAndAnswers()
    {
        LocalSandbox sandbox;
        sandbox.setProgram(QStringLiteral(FENTU_SANDBOX_EXECUTABLE));
        sandbox.setDatabasePath(m_dir.filePath(u"data/demo.sqlite"_s)); // folder made for it
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QVERIFY(ready.isEmpty()); // asynchronous
        QVERIFY2(ready.wait(30000),
                 failed.isEmpty() ? "no signal" : qPrintable(failed.first().first().toString()));
        const QUrl url = ready.first().at(0).toUrl();
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QCOMPARE(ready.first().at(1).toString(), u"demo-key"_s);
        QCOMPARE(sandbox.baseUrl(), url);
        QVERIFY(sandbox.isRunning());
        QVERIFY(QFile::exists(m_dir.filePath(u"data/demo.sqlite"_s)));

        // A real request with the key it printed: the demo data is there.
        ConnectionProbe probe;
        QSignalSpy probed(&probe, &ConnectionProbe::finished);
        probe.start(url, sandbox.key());
        QVERIFY(probed.wait(20000));
        QCOMPARE(probed.first().at(0).value<ConnectionProbe::Outcome>(),
                 ConnectionProbe::Outcome::Ok);
        QCOMPARE(probed.first().at(2).toInt(), 2000);

        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QVERIFY(failed.isEmpty()); // a stop we asked for is no failure
        probe.start(url, sandbox.key());
        QVERIFY(probed.wait(20000));
        QCOMPARE(probed.last().at(0).value<ConnectionProbe::Outcome>(),
                 ConnectionProbe::Outcome::Unreachable);
    }

    void secondRunReusesThePortOfTheFirst()
    {
        // The cache is per base URL: the same port next run finds the same offline copy.
        LocalSandbox first;
        first.setProgram(QStringLiteral(FENTU_SANDBOX_EXECUTABLE));
        first.setDatabasePath(m_dir.filePath(u"reuse/demo.sqlite"_s));
        const QUrl firstUrl = startAndWait(first);
        QVERIFY(firstUrl.port() > 0);
        first.stop();

        LocalSandbox second;
        second.setProgram(QStringLiteral(FENTU_SANDBOX_EXECUTABLE));
        second.setDatabasePath(m_dir.filePath(u"reuse/demo.sqlite"_s));
        second.setPreferredPort(quint16(firstUrl.port()));
        QCOMPARE(startAndWait(second), firstUrl);
        QVERIFY(answers(second));
    }

    void takenPortFallsBackToAnyPort()
    {
        QTcpServer squatter; // another program on the remembered port
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        LocalSandbox sandbox;
        sandbox.setProgram(QStringLiteral(FENTU_SANDBOX_EXECUTABLE));
        sandbox.setDatabasePath(m_dir.filePath(u"taken/demo.sqlite"_s));
        sandbox.setPreferredPort(squatter.serverPort());
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        const QUrl url = startAndWait(sandbox);
        QVERIFY(url.port() > 0);
        QVERIFY(url.port() != squatter.serverPort());
        QVERIFY(failed.isEmpty());
        QVERIFY(answers(sandbox));
    }

    void failureOnARememberedPortIsStillReported()
    {
        // The fallback start fails the same way: reported once, with the program's reason.
        QFile script(m_dir.filePath(u"fake-sandbox-2"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho \"$@\" >> \"$0.args\"\n"
                     "echo 'fentu-sandbox: cannot start: disk full' >&2\nexit 1\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        LocalSandbox sandbox;
        sandbox.setProgram(script.fileName());
        sandbox.setDatabasePath(m_dir.filePath(u"fake2/demo.sqlite"_s));
        sandbox.setPreferredPort(45321);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(u"disk full"_s),
                 qPrintable(failed.first().first().toString()));
        QTest::qWait(200); // no second report may follow
        QCOMPARE(failed.size(), 1);
        QFile args(script.fileName() + u".args"_s);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QList<QByteArray> runs = args.readAll().trimmed().split('\n');
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0).startsWith("--port 45321 "));
        QVERIFY(runs.at(1).startsWith("--port 0 "));
    }

    void missingProgramIsReported()
    {
        LocalSandbox sandbox;
        sandbox.setProgram(m_dir.filePath(u"no-such-sandbox"_s));
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QVERIFY(failed.isEmpty());
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"not installed"_s), qPrintable(message));
        QVERIFY(message.contains(u"no-such-sandbox"_s));
        QVERIFY(!sandbox.isRunning());
    }

    void unusableDataFolderIsReported()
    {
        // A file where the data folder should be: nothing can be started.
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LocalSandbox sandbox;
        sandbox.setProgram(QStringLiteral(FENTU_SANDBOX_EXECUTABLE));
        sandbox.setDatabasePath(m_dir.filePath(u"blocker/x/demo.sqlite"_s));
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        sandbox.start();
        QVERIFY(failed.wait(20000));
        QVERIFY(ready.isEmpty());
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void badArgumentsExitIsReportedWithTheReason()
    {
        // /bin/sh stands in for a sandbox that refuses its arguments and says why.
        QFile script(m_dir.filePath(u"fake-sandbox"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'fentu-sandbox: cannot start: port in use' >&2\nexit 1\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        LocalSandbox sandbox;
        sandbox.setProgram(script.fileName());
        sandbox.setDatabasePath(m_dir.filePath(u"fake/demo.sqlite"_s));
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"stopped unexpectedly"_s), qPrintable(message));
        QVERIFY2(message.contains(u"port in use"_s), qPrintable(message));
    }

    void quittingDoesNotWaitForAChildThatIgnoresTerm()
    {
        // A sandbox that ignores TERM (exec keeps the ignored signal): the old destructor
        // waited 2 s for it, then killed it and waited again, on the GUI thread.
        const QString program =
            writeScript(u"stubborn-sandbox"_s, "trap '' TERM\n"
                                               "echo $$ > \"$0.pid\"\n"
                                               "echo 'base-url: http://127.0.0.1:9/api/v1'\n"
                                               "echo 'key: demo-key'\n"
                                               "exec sleep 600\n");
        qint64 pid = 0;
        auto sandbox = startScripted(program, &pid);
        QVERIFY(sandbox && pid > 0);
        QVERIFY(processExists(pid));

        QElapsedTimer clock;
        clock.start();
        sandbox.reset();
        const qint64 destructorMs = clock.elapsed();
        // Generous for a loaded machine, and far below the old 3 s.
        QVERIFY2(destructorMs < 1000, qPrintable(u"the destructor took %1 ms"_s.arg(destructorMs)));

        // Not left behind either: killed after its grace period, then reaped (a zombie would
        // still answer kill(pid, 0)).
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 15000);
    }

    void quittingLetsTheSandboxEndOnTerm()
    {
        // TERM comes first, so the sandbox can close its database; it ends by itself.
        const QString program = writeScript(
            u"polite-sandbox"_s, "trap 'echo term > \"$0.term\"; kill $child; exit 0' TERM\n"
                                 "echo $$ > \"$0.pid\"\n"
                                 "echo 'base-url: http://127.0.0.1:9/api/v1'\n"
                                 "echo 'key: demo-key'\n"
                                 "sleep 600 &\n"
                                 "child=$!\n"
                                 "wait\n");
        qint64 pid = 0;
        auto sandbox = startScripted(program, &pid);
        QVERIFY(sandbox && pid > 0);
        sandbox.reset();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(program + u".term"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 15000);
    }

private:
    QString writeScript(const QString &name, const QByteArray &body)
    {
        QFile script(m_dir.filePath(name));
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write("#!/bin/sh\n" + body);
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        return script.fileName();
    }

    static qint64 pidWrittenBy(const QString &program)
    {
        QFile file(program + u".pid"_s);
        if (!QTest::qWaitFor([&] { return file.exists() && file.size() > 0; }, 10000) ||
            !file.open(QIODevice::ReadOnly))
            return -1;
        return file.readAll().trimmed().toLongLong();
    }

    /// Running, or a zombie not reaped yet.
    static bool processExists(qint64 pid) { return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH; }

    static QUrl startAndWait(LocalSandbox &sandbox)
    {
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        if (!ready.wait(30000)) {
            qWarning("no ready: %s", failed.isEmpty()
                                         ? "no signal"
                                         : qPrintable(failed.first().first().toString()));
            return {};
        }
        return ready.first().at(0).toUrl();
    }

    static bool answers(const LocalSandbox &sandbox)
    {
        ConnectionProbe probe;
        QSignalSpy probed(&probe, &ConnectionProbe::finished);
        probe.start(sandbox.baseUrl(), sandbox.key());
        return probed.wait(20000) && probed.first().at(0).value<ConnectionProbe::Outcome>() ==
                                         ConnectionProbe::Outcome::Ok;
    }

    /// Starts a LocalSandbox on a script that writes its pid beside itself; null when it did
    /// not come up.
    std::unique_ptr<LocalSandbox> startScripted(const QString &program, qint64 *pid)
    {
        auto sandbox = std::make_unique<LocalSandbox>();
        sandbox->setProgram(program);
        sandbox->setDatabasePath(program + u"-data/demo.sqlite"_s);
        if (!startAndWait(*sandbox).isValid())
            return nullptr;
        *pid = pidWrittenBy(program);
        return sandbox;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLocalSandbox)
#include "tst_localsandbox.moc"
