#include "api/oneshotbody.h"

#include <cstring>

namespace fentu {

OneShotBody::OneShotBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent), m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_bytes.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_bytes.size() - m_read;
    if (left <= 0)
        return -1; // the end: nothing can be read again
    const qint64 n = std::min(left, maxSize);
    std::memcpy(data, m_bytes.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace fentu
