#include "machineinfo.h"

#include "benchtext.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

QString readCpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return tr("unknown CPU");
    // /proc files report size 0, so atEnd() is true at once: read until an empty line.
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            if (colon >= 0)
                return QString::fromUtf8(line.mid(colon + 1)).trimmed();
        }
    }
    return tr("unknown CPU");
}

double readLoadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

QString describeQtVersion()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return runtime == built ? runtime : tr("%1 (built against %2)").arg(runtime, built);
}

} // namespace

MachineInfo MachineInfo::current()
{
    MachineInfo info;
    info.cpuModel = readCpuModel();
    info.cores = QThread::idealThreadCount();
    info.qtVersion = describeQtVersion();
    info.buildType = QStringLiteral(FENTU_BENCH_BUILD_TYPE);
    if (info.buildType.isEmpty())
        info.buildType = tr("unspecified");
    info.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    info.loadAverage = readLoadAverage();
    return info;
}

QString MachineInfo::line() const
{
    QString text = tr("Machine: %1, %2 cores, Qt %3, %4 build, %5")
                       .arg(cpuModel)
                       .arg(cores)
                       .arg(qtVersion, buildType, kernel);
    if (loadAverage >= 0)
        text += tr(", load average %1 at start").arg(loadAverage, 0, 'f', 2);
    return text;
}

QJsonObject MachineInfo::toJson() const
{
    return QJsonObject{{u"cpu"_s, cpuModel},  {u"cores"_s, cores},
                       {u"qt"_s, qtVersion},  {u"build_type"_s, buildType},
                       {u"kernel"_s, kernel}, {u"load_average"_s, loadAverage}};
}

} // namespace fentu::bench
