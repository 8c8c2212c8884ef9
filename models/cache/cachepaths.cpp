#include "cache/cachepaths.h"

#include <QCryptographicHash>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fentu::cachepaths {

QUrl normalisedBaseUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == u"https" && url.port() == 443) ||
        (url.scheme() == u"http" && url.port() == 80))
        url.setPort(-1);
    return url;
}

QString fileNameFor(const QUrl &baseUrl)
{
    const QUrl url = normalisedBaseUrl(baseUrl);
    const QByteArray hash = QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    // The host makes the folder readable to a person; only safe characters survive.
    QString host;
    for (QChar c : url.host()) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-'))
            host.append(c);
        else
            host.append(u'_');
    }
    if (host.isEmpty())
        host = u"server"_s;
    return host + u'-' + QString::fromLatin1(hash) + u".sqlite"_s;
}

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cache"_s;
}

} // namespace fentu::cachepaths
