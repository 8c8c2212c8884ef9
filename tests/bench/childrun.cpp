#include "childrun.h"

#include "benchtext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace fentu::bench {

ChildOutput runChild(const QStringList &arguments, int timeoutMs)
{
    ChildOutput output;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    const QDeadlineTimer deadline(timeoutMs);
    bool sawLine = false;
    while (child.state() != QProcess::NotRunning || child.canReadLine()) {
        if (!child.canReadLine() &&
            !child.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (child.state() == QProcess::NotRunning)
                break;
            output.error = tr("the child %1 did not finish within %2 s")
                               .arg(arguments.value(0))
                               .arg(timeoutMs / 1000);
            child.kill();
            child.waitForFinished(5000);
            return output;
        }
        while (child.canReadLine()) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            const qsizetype colon = line.indexOf(u": "_s);
            if (colon <= 0)
                continue;
            if (!sawLine) {
                output.firstLineMs = double(timer.nsecsElapsed()) / 1e6;
                sawLine = true;
            }
            output.values.insert(line.left(colon), line.mid(colon + 2));
        }
    }
    child.waitForFinished(5000);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        output.error = output.values.value(u"error"_s);
        if (output.error.isEmpty())
            output.error = tr("the child %1 exited with status %2")
                               .arg(arguments.value(0))
                               .arg(child.exitCode());
        return output;
    }
    output.ok = true;
    return output;
}

} // namespace fentu::bench
