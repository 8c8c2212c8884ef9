#include "sandboxprocess.h"

#include "benchtext.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

// Seeding 100,000 orders on a slow, busy machine takes a while; nothing else may.
constexpr int kStartTimeoutMs = 180000;

} // namespace

SandboxProcess::SandboxProcess()
{
    // Its log lines are not ours to print, but a failure to start should say why.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(int orders, QString *error)
{
    stop();
    m_orders = orders;
    m_baseUrl.clear();
    m_key.clear();
    // A fixed anchor and seed: every run measures the same data.
    const QStringList arguments{u"--port"_s, u"0"_s,  u"--orders"_s,      QString::number(orders),
                                u"--seed"_s, u"42"_s, u"--anchor-date"_s, u"2026-03-02"_s};
    QElapsedTimer timer;
    timer.start();
    m_process.start(QStringLiteral(FENTU_SANDBOX_EXECUTABLE), arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = tr("cannot run %1: %2")
                     .arg(QStringLiteral(FENTU_SANDBOX_EXECUTABLE), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (m_baseUrl.isEmpty() || m_key.isEmpty()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            *error = m_process.state() == QProcess::Running
                         ? tr("fentu-sandbox did not start listening within %1 s")
                               .arg(kStartTimeoutMs / 1000)
                         : tr("fentu-sandbox exited with status %1").arg(m_process.exitCode());
            stop();
            return false;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(u"base-url: "_s))
                m_baseUrl = QUrl(line.mid(10));
            else if (line.startsWith(u"key: "_s))
                m_key = line.mid(5);
        }
    }
    m_startMs = double(timer.nsecsElapsed()) / 1e6;
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace fentu::bench
