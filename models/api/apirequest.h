#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <optional>

class QObject;

namespace fentu {

/// One HTTP request of the API as the runner sends it, retries included.
struct ApiRequest
{
    QByteArray verb; // "GET", "POST", "PUT" or "DELETE"
    QUrl url;        // complete, query included
    QByteArray body; // JSON for POST and PUT; empty otherwise
    ApiError::Subject subject = ApiError::Subject::Other;
    /// The key the request was made with, bound when it is submitted: every attempt (a retry
    /// after a backoff too) carries it to `url`, whatever key the client holds by then.
    QString apiKey = {};

    /// Only reads are retried: a POST that timed out may have created the order already.
    bool isRetryable() const { return verb == "GET"; }
};

/// Decodes a 2xx body and keeps the value for the completion; returns the codec's message
/// when the body is not what the operation expects.
using BodyDecoder = std::function<std::optional<QString>(const QByteArray &body)>;
/// What an off-thread decode reports back: nullopt when the value is ready, else the problem.
using DecodeDone = std::function<void(std::optional<QString> problem)>;
/// As BodyDecoder, but the work runs on another thread: it calls `done` later on the caller's
/// thread, unless `guard` is destroyed first.
using AsyncBodyDecoder =
    std::function<void(const QByteArray &body, QObject *guard, DecodeDone done)>;
/// Delivers the outcome: Kind::None means the decoder's value is ready.
using Completion = std::function<void(const ApiError &error)>;

} // namespace fentu
