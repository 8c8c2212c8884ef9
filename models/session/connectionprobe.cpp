#include "session/connectionprobe.h"

#include "api/apiclient.h"
#include "api/baseurl.h"

using namespace std::chrono_literals;

namespace fentu {

ConnectionProbe::ConnectionProbe(QObject *parent) : QObject(parent) {}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start(const QUrl &baseUrl, const QString &key)
{
    cancel();
    m_client = std::make_unique<ApiClient>();
    // One attempt and a short timeout: the user is waiting for a yes or no, not for backoff.
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_client->setTimeout(15s);
    if (const auto error = m_client->setBaseUrl(baseUrl)) {
        const QString message = error->userMessage();
        QMetaObject::invokeMethod(
            this,
            [this, message, generation = m_generation] {
                if (generation == m_generation)
                    report(Outcome::InvalidUrl, message);
            },
            Qt::QueuedConnection);
        return;
    }
    m_client->setApiKey(key);
    const QString where = endpointOf(m_client->baseUrl());
    WorkOrderQuery query;
    query.perPage = 1;
    m_client->listWorkOrders(
        query, this,
        [this, where, generation = m_generation](const ApiResult<Page<WorkOrderSummary>> &result) {
            if (generation != m_generation)
                return; // a cancelled probe whose client was not deleted yet
            if (result.isOk()) {
                const int total = result.value().meta.totalCount;
                report(Outcome::Ok,
                       tr("Connected. The server has %Ln work order(s).", nullptr, total), total);
                return;
            }
            const ApiError &error = result.error();
            switch (error.kind()) {
            case ApiError::Kind::Http:
                if (error.httpStatus() == 401 || error.httpStatus() == 403) {
                    report(Outcome::KeyRefused,
                           tr("The server at %1 refused this API key. Check the key and try "
                              "again.")
                               .arg(where));
                } else {
                    report(Outcome::NotFentu,
                           tr("Something answered at %1, but not as a Fentu server does (HTTP "
                              "%2). Check the address, including its path (such as /api/v1).")
                               .arg(where)
                               .arg(error.httpStatus()));
                }
                return;
            case ApiError::Kind::MalformedBody:
                report(Outcome::NotFentu,
                       tr("Something answered at %1, but not as a Fentu server does. Check the "
                          "address, including its path (such as /api/v1).")
                           .arg(where));
                return;
            case ApiError::Kind::InsecureUrl:
                report(Outcome::InvalidUrl, error.userMessage());
                return;
            default:
                report(Outcome::Unreachable,
                       tr("Cannot reach the server at %1. Check the address and your network, "
                          "and that the server is running.")
                           .arg(where));
                return;
            }
        });
}

void ConnectionProbe::cancel()
{
    // Destroying the client drops the pending call's callback, as ApiClient promises; later,
    // because this may run inside that very callback.
    ++m_generation;
    if (m_client)
        m_client.release()->deleteLater();
}

void ConnectionProbe::report(Outcome outcome, const QString &message, int orderCount)
{
    cancel();
    emit finished(outcome, message, orderCount);
}

} // namespace fentu
