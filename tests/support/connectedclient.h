#pragma once

#include "api/apiclient.h"
#include "api/retrypolicy.h"

#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace fentu::sandbox {
class SandboxServer;
}

namespace fentu::test {

/// A client of the server at `baseUrl` that sends `key`, with `retries` (the client's own
/// policy when none): the client a test reads and writes the server with, past the code it
/// tests. Ends the run when the URL is refused, as a sandbox's own URL never should be.
std::unique_ptr<ApiClient> connectedClient(const QUrl &baseUrl, const QString &key,
                                           std::optional<RetryPolicy> retries = std::nullopt);
/// The same for a running sandbox, with its full-access key.
std::unique_ptr<ApiClient> connectedClient(const sandbox::SandboxServer &server,
                                           std::optional<RetryPolicy> retries = std::nullopt);

} // namespace fentu::test
