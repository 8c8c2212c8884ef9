#include "credentials/credentialresult.h"

#include <qt6keychain/keychain.h>

namespace fentu {

CredentialResult CredentialResult::found(QString key, bool sessionOnly)
{
    CredentialResult r;
    r.m_key = std::move(key);
    r.m_sessionOnly = sessionOnly;
    return r;
}

CredentialResult CredentialResult::done()
{
    return {};
}

CredentialResult CredentialResult::noKeyStored()
{
    CredentialResult r;
    r.m_status = Status::NoKeyStored;
    return r;
}

CredentialResult CredentialResult::unavailable(int keychainError, QString detail)
{
    CredentialResult r;
    r.m_status = Status::Unavailable;
    r.m_keychainError = keychainError;
    r.m_detail = std::move(detail);
    return r;
}

CredentialResult CredentialResult::invalidBaseUrl()
{
    CredentialResult r;
    r.m_status = Status::InvalidBaseUrl;
    return r;
}

QString CredentialResult::userMessage() const
{
    switch (m_status) {
    case Status::Ok:
        return {};
    case Status::NoKeyStored:
        return tr("No API key is saved for this server yet. Enter it in Settings.");
    case Status::InvalidBaseUrl:
        return tr("The server address is not valid, so no API key can be looked up for it.");
    case Status::Unavailable:
        break;
    }
    switch (m_keychainError) {
    case QKeychain::NoBackendAvailable:
        return tr("No system keychain (such as GNOME Keyring or KWallet) is running, so the API "
                  "key cannot be kept safely on this computer.");
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the system keychain was refused, so the API key cannot be read or "
                  "saved there.");
    case QKeychain::AccessDenied:
        return tr("The system keychain refused access to the API key. It may be locked.");
    default:
        return tr("The system keychain cannot be used right now. It may be locked or not "
                  "running, so the API key cannot be read or saved there.");
    }
}

} // namespace fentu
