#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>

namespace fentu {

/// An Http ApiError from a non-2xx answer: the API's error body
/// `{error:{code,message,details:[{field,message}]}}` is read when present and well-formed;
/// anything else (an HTML page, garbage, nothing) still gives a clean error with the status.
ApiError httpErrorFromBody(int status, const QByteArray &body, int retryAfterSeconds);

/// Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date relative to `now`.
/// -1 when the header is absent or unreadable.
int parseRetryAfter(const QByteArray &header, const QDateTime &now);

} // namespace fentu
