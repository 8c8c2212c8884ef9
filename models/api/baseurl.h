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
/// True for "localhost", 127.0.0.0/8 and ::1 (also IPv4-mapped): addresses that never leave
/// this computer, so plain http cannot expose the API key on a network.
bool isLoopbackHost(const QString &host);
/// "host:port" for messages, with the scheme's default port filled in.
QString endpointOf(const QUrl &url);

} // namespace fentu
