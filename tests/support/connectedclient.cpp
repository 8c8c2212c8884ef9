#include "connectedclient.h"

#include "sandboxserver.h"

#include <QtGlobal>

namespace fentu::test {

std::unique_ptr<ApiClient> connectedClient(const QUrl &baseUrl, const QString &key,
                                           std::optional<RetryPolicy> retries)
{
    auto client = std::make_unique<ApiClient>();
    if (retries)
        client->setRetryPolicy(*retries);
    if (const auto refused = client->setBaseUrl(baseUrl))
        qFatal("the client refused %s: %s", qPrintable(baseUrl.toString()),
               qPrintable(refused->technicalDetail()));
    client->setApiKey(key);
    return client;
}

std::unique_ptr<ApiClient> connectedClient(const sandbox::SandboxServer &server,
                                           std::optional<RetryPolicy> retries)
{
    return connectedClient(server.baseUrl(), server.options().key, std::move(retries));
}

} // namespace fentu::test
