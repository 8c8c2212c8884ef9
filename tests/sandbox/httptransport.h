#pragma once

#include "httpexchange.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace fentu::sandbox {

/// The only class that touches QtHttpServer (its API changes in Qt 6.8): it turns each
/// request into an HttpRequest and hands the handler a ReplySink that may answer later.
class HttpTransport : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &request, ReplySink reply)>;

    explicit HttpTransport(Handler handler, QObject *parent = nullptr);

    /// Listens on address:port (0 picks a free port). False with `error` set on failure.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    quint16 m_port = 0;
};

} // namespace fentu::sandbox
