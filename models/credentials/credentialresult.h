#pragma once

#include <QCoreApplication>
#include <QString>

namespace fentu {

/// The outcome of one CredentialStore operation: a key, no key, or a keychain that cannot be
/// used, with a sentence for the user. Never carries the key in its messages.
class CredentialResult
{
    Q_DECLARE_TR_FUNCTIONS(fentu::CredentialResult)
public:
    enum class Status
    {
        Ok,             // read: a key was found; write: saved; remove: nothing stored any more
        NoKeyStored,    // read only: the keychain works but holds no key for this server
        Unavailable,    // no Secret Service, locked, D-Bus missing, access refused...
        InvalidBaseUrl, // no scheme or host, so there is nothing to key the entry by
    };

    static CredentialResult found(QString key, bool sessionOnly);
    static CredentialResult done();
    static CredentialResult noKeyStored();
    /// `keychainError` is the QKeychain::Error code; `detail` is the keychain's own text.
    static CredentialResult unavailable(int keychainError, QString detail);
    static CredentialResult invalidBaseUrl();

    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    bool isUnavailable() const { return m_status == Status::Unavailable; }
    /// The key read; empty unless a read succeeded.
    const QString &key() const { return m_key; }
    /// True when the key came from memory (setSessionOnlyKey), not from the keychain.
    bool isSessionOnly() const { return m_sessionOnly; }
    /// The QKeychain::Error code behind Unavailable; 0 otherwise.
    int keychainError() const { return m_keychainError; }
    /// The keychain's own error text, for a "details" box or a bug report; never the key.
    const QString &technicalDetail() const { return m_detail; }
    /// A sentence for the user; empty for Ok.
    QString userMessage() const;

private:
    Status m_status = Status::Ok;
    QString m_key;
    bool m_sessionOnly = false;
    int m_keychainError = 0;
    QString m_detail;
};

} // namespace fentu
