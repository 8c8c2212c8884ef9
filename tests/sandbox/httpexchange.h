#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace fentu::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request, copied out of the HTTP library so that nothing else depends on it.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    /// The first header with this name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// One HTTP answer. The transport adds Content-Length itself.
struct HttpAnswer
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    /// Announce the full Content-Length, send half the body, then close the connection.
    bool truncateBody = false;
    /// Send nothing at all and close the connection, as if the answer were lost on the way.
    bool dropAnswer = false;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
};

/// Sends the answer to one request; may be called later, at most once. Does nothing if the
/// client has gone away meanwhile.
using ReplySink = std::function<void(const HttpAnswer &answer)>;

} // namespace fentu::sandbox
