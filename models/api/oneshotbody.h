#pragma once

#include <QByteArray>
#include <QIODevice>

namespace fentu {

/// A request body that can be read once and never rewound. Qt's HTTP layer silently sends a
/// request again when the connection closes before the answer starts, POST included, which
/// can make a second order out of one create whose answer was lost. It can only do that by
/// rewinding the body: with this one it cannot, the reply fails instead, and the write path
/// treats the create as possibly sent (looked for on the server, never sent again blindly).
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace fentu
