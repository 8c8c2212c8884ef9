#include "api/httperror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// A hostile or broken server could put megabytes into a message shown in a dialog.
constexpr qsizetype kMaxTextLength = 500;

QString boundedString(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.size() > kMaxTextLength)
        text = text.left(kMaxTextLength) + u'\u2026';
    return text;
}

QList<FieldError> readDetails(const QJsonValue &value)
{
    QList<FieldError> details;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        FieldError detail{boundedString(object.value("field"_L1)),
                          boundedString(object.value("message"_L1))};
        if (!detail.field.isEmpty() || !detail.message.isEmpty())
            details.append(detail);
        if (details.size() >= 50) // enough to show; more is noise
            break;
    }
    return details;
}

} // namespace

ApiError httpErrorFromBody(int status, const QByteArray &body, int retryAfterSeconds)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue error = document.object().value("error"_L1);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError::http(status, {}, {}, {}, retryAfterSeconds);
    if (error.isString()) // {"error":"..."}: not the documented shape, but common elsewhere
        return ApiError::http(status, {}, boundedString(error), {}, retryAfterSeconds);
    const QJsonObject object = error.toObject();
    return ApiError::http(status, boundedString(object.value("code"_L1)),
                          boundedString(object.value("message"_L1)),
                          readDetails(object.value("details"_L1)), retryAfterSeconds);
}

int parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, 86400 * 365));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT": RFC 2822 parsing reads that form once
    // the zone name, which Qt 6.4 does not accept, is written as an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(4) + " +0000"_L1;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = now.secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 86400 * 365));
}

} // namespace fentu
