#pragma once

#include "fielderror.h"
#include "httpexchange.h"

#include <QJsonObject>

namespace fentu::sandbox::answers {

/// 2xx answers: {"data": ...} as application/json.
HttpAnswer data(int status, const QJsonValue &data);
/// {"data": [...], "meta": {current_page, total_pages, total_count}}.
HttpAnswer page(const QJsonArray &rows, int currentPage, int perPage, qint64 totalCount);
/// 204 without a body.
HttpAnswer noContent();

/// The documented error body {"error": {code, message, details}} with the given status.
HttpAnswer error(int status, const QString &code, const QString &message,
                 const FieldErrors &details = {});
HttpAnswer badRequest(const FieldErrors &details);
HttpAnswer invalidJson(const QString &parserMessage);
HttpAnswer unauthorized(const QString &message);
HttpAnswer forbidden();
HttpAnswer notFound(const QString &message);
HttpAnswer methodNotAllowed(const QByteArray &allowed);
HttpAnswer validationFailed(const FieldErrors &details);
HttpAnswer rateLimited(int retryAfterSeconds);
HttpAnswer internalError();
/// An error for any status (failNext): the documented body, a code derived from the status.
HttpAnswer forStatus(int status, int retryAfterSeconds);
/// What a reverse proxy sends when the application behind it fails: HTML, not JSON.
HttpAnswer proxyErrorPage();

} // namespace fentu::sandbox::answers
