#include "httptransport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace fentu::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

HttpRequest copyRequest(const QHttpServerRequest &request)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

// The responder's status line table only knows the standard codes (it would throw on others),
// and failNext() may ask for any code: write unknown ones by hand.
void writeStatusLine(QHttpServerResponder &responder, QTcpSocket &socket, int status)
{
    if (QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status)) {
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        return;
    }
    socket.write("HTTP/1.1 " + QByteArray::number(status) + " Unknown\r\n");
}

void send(QHttpServerResponder &responder, QTcpSocket &socket, const HttpAnswer &answer)
{
    if (answer.dropAnswer) {
        // A clean close (FIN, not a reset) before any byte: the client reads end of stream
        // where the status line should have been.
        socket.disconnectFromHost();
        return;
    }
    writeStatusLine(responder, socket, answer.status);
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    const bool noBody = answer.status == 204 || answer.status == 304;
    if (!noBody)
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    if (!answer.truncateBody || noBody) {
        responder.writeBody(answer.body);
        return;
    }
    // A proxy or a dropped connection: the client was promised more than it gets.
    responder.writeBody(answer.body.left(answer.body.size() / 2));
    socket.disconnectFromHost();
}

} // namespace

HttpTransport::HttpTransport(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool HttpTransport::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer (rather than listen()) so a failure can say why.
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    m_port = server->serverPort();
    bind(server);
    return true;
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The responder is kept alive until the handler answers, which may be after a timer; the
    // socket may be gone by then (client timeout), hence the guard.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    // The answer leaves in several writes (status line, headers, body). With Nagle's algorithm
    // on, the last small segment waits for the client's delayed ACK, adding ~40 ms to every
    // keep-alive request: no production server behaves like that, and it would make every
    // client-side timing against the sandbox meaningless.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto answered = std::make_shared<bool>(false);
    ReplySink reply = [responder, guard, answered](const HttpAnswer &answer) {
        if (*answered || !guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        *answered = true;
        send(*responder, *guard, answer);
    };
    m_handler(copyRequest(request), std::move(reply));
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest() takes every request. Answer plainly all the same.
    auto responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace fentu::sandbox
