#pragma once

#include "credentials/credentialresult.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace fentu {

/// The API key in the OS keychain (QtKeychain, service "Fentu Desk"), one entry per server base
/// URL. Every call returns at once; its callback runs later, from the event loop, exactly once,
/// unless `context` or this store was destroyed first. The key never reaches QSettings, a file
/// or a log.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    /// The keychain service name every entry is stored under.
    static QString serviceName();
    /// The keychain entry name for a base URL: "scheme://host:port/path" with the default port
    /// made explicit and no user info, query, fragment or trailing slash. Empty when invalid.
    static QString keychainKeyFor(const QUrl &baseUrl);

    /// Reads the key: a session-only key if one is set, else the keychain's.
    void readKey(const QUrl &baseUrl, QObject *context, Callback done);
    /// Saves the key in the keychain; on success a session-only key for that server is dropped.
    /// An empty key removes the entry, as removeKey() does.
    void writeKey(const QUrl &baseUrl, const QString &key, QObject *context, Callback done);
    /// Forgets the session-only key at once and deletes the keychain entry; removing an entry
    /// that does not exist is Ok.
    void removeKey(const QUrl &baseUrl, QObject *context, Callback done);

    /// Keeps a key in this process's memory only, for when the keychain is unavailable and the
    /// user agreed to type the key again next time. readKey() then returns it, flagged.
    /// An empty key forgets it.
    void setSessionOnlyKey(const QUrl &baseUrl, const QString &key);
    bool hasSessionOnlyKey(const QUrl &baseUrl) const;

private:
    // Queued even when the result is known at once, so callers never see a re-entrant call.
    static void deliver(QObject *context, Callback done, CredentialResult result);

    QHash<QString, QString> m_sessionKeys; // keychainKeyFor(url) -> key
};

} // namespace fentu
