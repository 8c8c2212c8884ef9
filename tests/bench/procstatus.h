#pragma once

#include <QByteArray>

namespace fentu::bench {

/// A "kB" field of /proc/self/status (VmHWM: peak resident set; VmRSS: resident now);
/// -1 when it cannot be read.
qint64 procStatusKb(const QByteArray &field);

} // namespace fentu::bench
