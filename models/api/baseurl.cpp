#include "api/baseurl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

BaseUrlCheck refuse(const QUrl &candidate, const QString &code, const QString &detail)
{
    ApiError error = ApiError::transport(ApiError::Kind::InsecureUrl, detail);
    error.setCode(code);
    if (!candidate.host().isEmpty())
        error.setEndpoint(endpointOf(candidate));
    return {QUrl(), error};
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    // Only the literal name: "*.localhost" is not guaranteed to resolve to loopback everywhere.
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:127.x.y.z
    if (isV4)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

QString endpointOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6 literal
    return host + u':' + QString::number(url.port(defaultPort));
}

BaseUrlCheck checkBaseUrl(const QUrl &candidate)
{
    if (candidate.isEmpty())
        return refuse(candidate, u"no_url"_s, u"no base URL is set"_s);
    if (!candidate.isValid() || candidate.host().isEmpty())
        return refuse(candidate, u"invalid_url"_s, u"the base URL is not a valid absolute URL"_s);
    const QString scheme = candidate.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return refuse(candidate, u"unsupported_scheme"_s,
                      u"scheme '%1' is not http or https"_s.arg(scheme));
    // Credentials in the URL would end up in logs and error texts; the key is entered apart.
    if (!candidate.userInfo().isEmpty())
        return refuse(candidate, u"credentials_in_url"_s, u"the base URL carries user info"_s);
    if (candidate.hasQuery() || candidate.hasFragment())
        return refuse(candidate, u"invalid_url"_s,
                      u"the base URL must not have a query or fragment"_s);
    if (scheme == "http"_L1 && !isLoopbackHost(candidate.host()))
        return refuse(candidate, u"http_not_loopback"_s,
                      u"plain http to non-loopback host %1"_s.arg(candidate.host()));

    QUrl url = candidate.adjusted(QUrl::NormalizePathSegments);
    url.setScheme(scheme);
    // The operations append "/work-orders" themselves, so every trailing slash goes.
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return {url, std::nullopt};
}

} // namespace fentu
