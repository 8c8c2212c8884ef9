#include "api/replyerror.h"

#include "api/httperror.h"

#include <QDateTime>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

ApiError::Kind transportKind(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::Kind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ApiError::Kind::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return ApiError::Kind::Timeout;
    case QNetworkReply::InsecureRedirectError:
        return ApiError::Kind::InsecureUrl;
    default:
        return ApiError::Kind::Network;
    }
}

// QNAM usually reports a connection closed mid-body as RemoteHostClosedError, but a body that
// ends exactly where the server closed can also arrive as "success". Content-Length is
// compared only for identity-encoded bodies: after decompression the sizes differ by design.
bool isTruncated(QNetworkReply *reply, const QByteArray &body)
{
    if (!reply->rawHeader("Content-Encoding").isEmpty())
        return false;
    bool known = false;
    const qlonglong announced = reply->rawHeader("Content-Length").trimmed().toLongLong(&known);
    return known && announced > body.size();
}

// A server that does not speak TLS on the port (or refuses the handshake) just closes the
// connection: Qt then says "connection closed", not "handshake failed". Over https, a
// connection that ended before any certificate arrived never had a verified identity.
bool closedDuringHandshake(QNetworkReply *reply, QNetworkReply::NetworkError code)
{
    if (reply->url().scheme() != "https"_L1)
        return false;
    if (code == QNetworkReply::ProtocolUnknownError) // no TLS backend available at all
        return true;
    const bool closed = code == QNetworkReply::RemoteHostClosedError ||
                        code == QNetworkReply::UnknownNetworkError ||
                        code == QNetworkReply::ProtocolFailure;
#if QT_CONFIG(ssl)
    return closed && reply->sslConfiguration().peerCertificate().isNull();
#else
    return closed;
#endif
}

} // namespace

ApiError errorFromReply(QNetworkReply *reply, const QByteArray &body)
{
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::InsecureRedirectError) {
        ApiError error = ApiError::transport(ApiError::Kind::InsecureUrl, reply->errorString());
        error.setCode(u"redirect"_s);
        return error;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && (status < 200 || status > 299)) {
        const int retryAfter =
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        return httpErrorFromBody(status, body, retryAfter);
    }
    if (closedDuringHandshake(reply, code))
        return ApiError::transport(ApiError::Kind::Tls,
                                   u"TLS handshake did not complete: "_s + reply->errorString());
    if (code == QNetworkReply::OperationCanceledError)
        return ApiError::transport(ApiError::Kind::Timeout,
                                   u"no data within the transfer timeout (aborted)"_s);
    if (code != QNetworkReply::NoError)
        return ApiError::transport(transportKind(code), reply->errorString());
    if (isTruncated(reply, body))
        return ApiError::transport(ApiError::Kind::Network,
                                   u"truncated body: %1 of %2 announced bytes"_s.arg(
                                       QString::number(body.size()),
                                       QString::fromLatin1(reply->rawHeader("Content-Length"))));
    return {};
}

} // namespace fentu
