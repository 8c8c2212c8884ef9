#include "procstatus.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace fentu::bench {

qint64 procStatusKb(const QByteArray &field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = field + ':';
    // /proc files report size 0, so atEnd() is true at once: read until an empty line.
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const qint64 kb = line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}

} // namespace fentu::bench
