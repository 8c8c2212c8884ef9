#pragma once

#include <QJsonObject>
#include <QString>

namespace fentu::bench {

/// The machine a run measured: the line that must accompany every published figure.
struct MachineInfo
{
    QString cpuModel;        // "model name" of /proc/cpuinfo
    int cores = 0;           // logical CPUs this process may use
    QString qtVersion;       // the Qt the binary runs on (and was built against, when different)
    QString buildType;       // CMAKE_BUILD_TYPE of this binary
    QString kernel;          // "Linux 6.1.0"
    double loadAverage = -1; // 1-minute load average when the run started; -1 if unknown

    static MachineInfo current();
    /// "Machine: AMD EPYC, 2 cores, Qt 6.4.2, Release build, Linux 6.1.0, load 0.4 at start"
    QString line() const;
    QJsonObject toJson() const;
};

} // namespace fentu::bench
