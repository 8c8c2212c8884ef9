#include "session/processend.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

namespace fentu {

void endProcessWithoutWaiting(QProcess *process, std::chrono::milliseconds grace)
{
    QObject *application = QCoreApplication::instance();
    if (!application || process->thread() != application->thread()) {
        // No event loop will run the timer below: end it the quick way (KILL does not wait
        // for the child's cooperation), here and now.
        process->kill();
        process->waitForFinished(1000);
        delete process;
        return;
    }
    process->setParent(application);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // finished() comes once the child is reaped: no zombie is left behind.
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(grace, process, [process] { process->kill(); });
    process->terminate(); // the sandbox closes its database cleanly on TERM
}

} // namespace fentu
