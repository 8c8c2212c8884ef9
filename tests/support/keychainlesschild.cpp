#include "keychainlesschild.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fentu::test {

ChildRun runWithoutKeychain(const QList<std::pair<QString, QString>> &variables)
{
    // A bus socket path inside an empty folder of our own: certainly nothing listens there.
    QTemporaryDir noBus;
    if (!noBus.isValid())
        return {false, false, u"no temporary folder for the dead bus address"_s};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-such-bus"_s.arg(noBus.path()));
    env.remove(u"DISPLAY"_s); // no X11 autolaunch of a bus either
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    ChildRun run;
    run.finished = child.waitForFinished(60000);
    run.output = QString::fromUtf8(child.readAll());
    run.succeeded = run.finished && child.exitStatus() == QProcess::NormalExit &&
                    child.exitCode() == 0;
    return run;
}

} // namespace fentu::test
