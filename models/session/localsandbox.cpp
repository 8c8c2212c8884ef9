#include "session/localsandbox.h"

#include "session/processend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Seeding 2000 orders takes well under a second here; this bound is for a stuck program only.
constexpr int StartTimeoutMs = 60000;
constexpr qsizetype ErrorLogLimit = 4096;

} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent), m_program(defaultProgram()), m_databasePath(defaultDatabasePath()),
      m_startTimeout(new QTimer(this))
{
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(StartTimeoutMs);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        // Not stop(): it waits for the process to end, and this runs on the GUI thread.
        m_process->disconnect(this);
        m_process->kill();
        fail(tr("The local sandbox started but did not report its address in time."));
    });
}

LocalSandbox::~LocalSandbox()
{
    // Not stop(): this runs when the application quits, on the GUI thread, and waiting there
    // for the sandbox to exit froze the window for up to 3 s.
    m_startTimeout->stop();
    if (m_process) {
        m_process->disconnect(this); // an exit we asked for is not a failure to report
        endProcessWithoutWaiting(m_process);
        m_process = nullptr;
    }
}

QString LocalSandbox::defaultProgram()
{
    return locateProgram(QCoreApplication::applicationDirPath());
}

QString LocalSandbox::locateProgram(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    const QString beside = dir.filePath(u"fentu-sandbox"_s);
    if (const QFileInfo info(beside); info.isFile() && info.isExecutable())
        return beside;
    return QDir::cleanPath(dir.filePath(QStringLiteral(FENTU_SANDBOX_DIR_FROM_BINDIR)) +
                           u"/fentu-sandbox"_s);
}

QString LocalSandbox::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"sandbox/demo.sqlite"_s);
}

void LocalSandbox::setProgram(const QString &program)
{
    m_program = program;
}

void LocalSandbox::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

void LocalSandbox::setPreferredPort(quint16 port)
{
    m_preferredPort = port;
}

bool LocalSandbox::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void LocalSandbox::start()
{
    if (isRunning())
        return;
    m_reported = false;
    m_output.clear();
    m_errorLog.clear();
    m_baseUrl.clear();
    m_key.clear();

    // Checked first so that the user reads "not installed" rather than a QProcess error code.
    const QFileInfo program(m_program);
    if (!program.isFile() || !program.isExecutable()) {
        const QString message =
            tr("The local sandbox is not installed: %1 was not found.").arg(m_program);
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
        return;
    }
    const QFileInfo database(m_databasePath);
    if (!QDir().mkpath(database.absolutePath())) {
        const QString message = tr("The folder for the sandbox's data, %1, cannot be created.")
                                    .arg(QDir::toNativeSeparators(database.absolutePath()));
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
        return;
    }

    launch(m_preferredPort);
}

void LocalSandbox::launch(quint16 port)
{
    m_triedPort = port;
    m_output.clear();
    m_errorLog.clear();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater(); // may be the sender of the finished() we are handling
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::readOutput);
    // Read even after the address arrived: a full pipe would block the sandbox's logging.
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errorLog.append(m_process->readAllStandardError());
        if (m_errorLog.size() > ErrorLogLimit)
            m_errorLog = m_errorLog.right(ErrorLogLimit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local sandbox could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, &LocalSandbox::onFinished);
    // Port 0: the system picks a free port, so a second Fentu Desk or a busy port never clash.
    // A remembered port is tried first; onFinished() falls back to 0 if it was taken.
    m_process->start(m_program,
                     {u"--port"_s, QString::number(port), u"--db"_s,
                      QFileInfo(m_databasePath).absoluteFilePath(), u"--orders"_s, u"2000"_s});
    m_startTimeout->start();
}

void LocalSandbox::stop()
{
    m_startTimeout->stop();
    if (!isRunning())
        return;
    m_process->disconnect(this); // an exit we asked for is not a failure to report
    m_process->terminate();
    // Short and only at shutdown or on a failed start: SQLite needs no more to close cleanly.
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void LocalSandbox::readOutput()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (!m_baseUrl.isEmpty() && !m_key.isEmpty())
        return; // already ready: what follows is of no interest
    m_output.append(chunk);
    // Only complete lines: the address may arrive split across reads.
    qsizetype newline = -1;
    while ((newline = m_output.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
        m_output.remove(0, newline + 1);
        if (line.startsWith(u"base-url: "_s))
            m_baseUrl = QUrl(line.mid(10).trimmed(), QUrl::StrictMode);
        else if (line.startsWith(u"key: "_s))
            m_key = line.mid(5).trimmed();
    }
    if (m_baseUrl.isValid() && !m_baseUrl.isEmpty() && !m_key.isEmpty() && !m_reported) {
        m_reported = true;
        m_startTimeout->stop();
        m_output.clear();
        emit ready(m_baseUrl, m_key);
    }
}

void LocalSandbox::onFinished()
{
    m_startTimeout->stop();
    m_errorLog.append(m_process->readAllStandardError());
    if (!m_reported && m_triedPort != 0) {
        // Most likely the remembered port is taken now (another program, a second Fentu Desk):
        // any port beats no sandbox, even though the offline copy of the old address is not
        // used then. A failure for another reason fails again and is reported below.
        launch(0);
        return;
    }
    QString message = tr("The local sandbox stopped unexpectedly.");
    if (const QString tail = errorTail(); !tail.isEmpty())
        message += u' ' + tr("It said: %1").arg(tail);
    fail(message);
}

QString LocalSandbox::errorTail() const
{
    // The last non-empty line is the sandbox's own reason ("cannot start: ...").
    const QList<QByteArray> lines = m_errorLog.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast()).trimmed();
}

void LocalSandbox::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    emit failed(message);
}

} // namespace fentu
