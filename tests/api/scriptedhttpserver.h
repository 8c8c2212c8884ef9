#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace fentu::test {

/// A loopback TCP server that answers every HTTP request with the same raw bytes, written
/// verbatim: for protocol edge cases the sandbox does not produce (a body cut exactly at a
/// close, gzip, redirects) and for seeing the request headers the client really sent.
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool start();
    /// The raw answer (status line, headers, body); the connection closes after it when
    /// `close` is true.
    void setAnswer(QByteArray raw, bool close = true);
    /// The head (request line and headers) of every request received so far.
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void serve();

    QByteArray m_answer;
    bool m_close = true;
    QList<QByteArray> m_requests;
};

} // namespace fentu::test
