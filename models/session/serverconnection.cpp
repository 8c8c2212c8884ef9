#include "session/serverconnection.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "itemmodels/workordertablemodel.h"
#include "settings/appsettings.h"

namespace fentu {

ServerConnection::ServerConnection(ApiClient *client, WorkOrderPageSource *source,
                                   WorkOrderTableModel *model, AppSettings *settings,
                                   CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_client(client), m_source(source), m_model(model), m_settings(settings),
      m_credentials(credentials)
{
    Q_ASSERT(m_client && m_source && m_model);
}

void ServerConnection::start(const QUrl &baseUrl, const QString &overrideKey)
{
    if (baseUrl.isEmpty()) {
        emit notConfigured();
        return;
    }
    if (!overrideKey.isEmpty() || !m_credentials) {
        if (overrideKey.isEmpty())
            emit notConfigured();
        else
            connectTo(baseUrl, overrideKey);
        return;
    }
    emit connecting();
    m_credentials->readKey(baseUrl, this, [this, baseUrl](const CredentialResult &result) {
        switch (result.status()) {
        case CredentialResult::Status::Ok:
            connectTo(baseUrl, result.key());
            break;
        case CredentialResult::Status::NoKeyStored:
            emit notConfigured();
            break;
        case CredentialResult::Status::Unavailable:
        case CredentialResult::Status::InvalidBaseUrl:
            emit failed(result.userMessage());
            break;
        }
    });
}

void ServerConnection::connectTo(const QUrl &baseUrl, const QString &key)
{
    const QUrl before = m_client->baseUrl();
    const auto error = m_connector ? m_connector(baseUrl, key) : applyToClient(baseUrl, key);
    if (error) {
        m_connected = false;
        emit failed(error->userMessage());
        return;
    }
    m_connected = true;
    emit connected(m_client->baseUrl());
    if (m_settings)
        m_model->setPageSize(m_settings->pageSize());
    // Setting the source resets the rows: none of the previous server's may stay on screen.
    if (!m_model->source() || m_client->baseUrl() != before)
        m_model->setSource(m_source);
    else if (!m_connector)
        m_model->refresh(); // same server, maybe a new key: the rows stay until page 1 is back
}

std::optional<ApiError> ServerConnection::applyToClient(const QUrl &baseUrl, const QString &key)
{
    if (auto error = m_client->setBaseUrl(baseUrl))
        return error;
    m_client->setApiKey(key);
    return std::nullopt;
}

} // namespace fentu
