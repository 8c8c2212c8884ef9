#include "scriptedhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace fentu::test {

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ScriptedHttpServer::serve);
}

bool ScriptedHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedHttpServer::setAnswer(QByteArray raw, bool close)
{
    m_answer = std::move(raw);
    m_close = close;
}

void ScriptedHttpServer::serve()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Requests without a body are enough here: answer once the head is complete.
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray head = socket->property("head").toByteArray() + socket->readAll();
            socket->setProperty("head", head);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_requests.append(head.left(end));
            socket->setProperty("head", QByteArray());
            socket->write(m_answer);
            if (m_close)
                socket->disconnectFromHost();
        });
    }
}

} // namespace fentu::test
