#pragma once

#include "api/apierror.h"

#include <QUrl>

#include <optional>

namespace fentu {

/// Validates a configured base URL such as "https://api.fentu.io/v1" or
/// "http://127.0.0.1:8080/api/v1". Plain http is allowed only to loopback hosts.
/// Returns the normalised URL (no trailing slash) or an InsecureUrl error.
struct BaseUrlCheck
{
    QUrl url;
    std::optional<ApiError> error;
};
BaseUrlCheck checkBaseUrl(const QUrl &candidate);
bool isLoopbackHost(const QString &host);

} // namespace fentu
