#include "answers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fentu::sandbox::answers {

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json");

HttpAnswer json(int status, const QJsonObject &body)
{
    HttpAnswer answer;
    answer.status = status;
    answer.addHeader("Content-Type", jsonType);
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer;
}

} // namespace

HttpAnswer data(int status, const QJsonValue &data)
{
    return json(status, QJsonObject{{u"data"_s, data}});
}

HttpAnswer page(const QJsonArray &rows, int currentPage, int perPage, qint64 totalCount)
{
    const qint64 totalPages = (totalCount + perPage - 1) / perPage;
    const QJsonObject meta{{u"current_page"_s, currentPage},
                           {u"total_pages"_s, totalPages},
                           {u"total_count"_s, totalCount}};
    return json(200, QJsonObject{{u"data"_s, rows}, {u"meta"_s, meta}});
}

HttpAnswer noContent()
{
    HttpAnswer answer;
    answer.status = 204;
    return answer;
}

HttpAnswer error(int status, const QString &code, const QString &message,
                 const FieldErrors &details)
{
    QJsonArray list;
    for (const FieldError &detail : details)
        list.append(QJsonObject{{u"field"_s, detail.field}, {u"message"_s, detail.message}});
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}, {u"details"_s, list}};
    return json(status, QJsonObject{{u"error"_s, error}});
}

HttpAnswer badRequest(const FieldErrors &details)
{
    return error(400, u"bad_request"_s, u"Invalid parameters"_s, details);
}

HttpAnswer invalidJson(const QString &parserMessage)
{
    return error(400, u"invalid_json"_s, u"Request body is not valid JSON"_s,
                 {{u"body"_s, parserMessage}});
}

HttpAnswer unauthorized(const QString &message)
{
    HttpAnswer answer = error(401, u"unauthorized"_s, message);
    answer.addHeader("WWW-Authenticate", "Bearer realm=\"fentu\"");
    return answer;
}

HttpAnswer forbidden()
{
    return error(403, u"forbidden"_s, u"This API key may only read"_s);
}

HttpAnswer notFound(const QString &message)
{
    return error(404, u"not_found"_s, message);
}

HttpAnswer methodNotAllowed(const QByteArray &allowed)
{
    HttpAnswer answer = error(405, u"method_not_allowed"_s, u"Method not allowed"_s);
    answer.addHeader("Allow", allowed);
    return answer;
}

HttpAnswer validationFailed(const FieldErrors &details)
{
    return error(422, u"validation_error"_s, u"Validation failed"_s, details);
}

HttpAnswer rateLimited(int retryAfterSeconds)
{
    HttpAnswer answer = error(429, u"rate_limited"_s, u"Too many requests"_s);
    answer.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return answer;
}

HttpAnswer internalError()
{
    return error(500, u"internal_error"_s, u"Internal server error"_s);
}

HttpAnswer forStatus(int status, int retryAfterSeconds)
{
    switch (status) {
    case 400:
        return badRequest({});
    case 401:
        return unauthorized(u"Invalid API key"_s);
    case 403:
        return forbidden();
    case 404:
        return notFound(u"Not found"_s);
    case 422:
        return validationFailed({});
    case 429:
        return rateLimited(retryAfterSeconds);
    case 500:
        return internalError();
    case 502:
        return error(status, u"bad_gateway"_s, u"Bad gateway"_s);
    case 503:
        return error(status, u"service_unavailable"_s, u"Service unavailable"_s);
    case 504:
        return error(status, u"gateway_timeout"_s, u"Gateway timeout"_s);
    default:
        return error(status, u"error"_s, u"Request failed with status %1"_s.arg(status));
    }
}

HttpAnswer proxyErrorPage()
{
    HttpAnswer answer;
    answer.status = 500;
    answer.addHeader("Content-Type", "text/html");
    answer.body =
        QByteArrayLiteral("<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n"
                          "<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n"
                          "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    return answer;
}

} // namespace fentu::sandbox::answers
