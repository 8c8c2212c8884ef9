#include "credentials/credentialstore.h"

#include "credentials/credentialslogging.h"

#include <QMetaObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

int defaultPortFor(const QString &scheme)
{
    if (scheme == u"https"_s)
        return 443;
    if (scheme == u"http"_s)
        return 80;
    return -1;
}

// Only EntryNotFound means "the keychain works, nothing is there"; every other failure means
// the keychain itself could not be used, which the UI answers by offering a session-only key.
CredentialResult failureFrom(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return CredentialResult::noKeyStored();
    return CredentialResult::unavailable(job.error(), job.errorString());
}

void logOutcome(const char *operation, const CredentialResult &result)
{
    switch (result.status()) {
    case CredentialResult::Status::Ok:
        qCDebug(lcCredentials) << operation << "ok";
        break;
    case CredentialResult::Status::NoKeyStored:
        qCDebug(lcCredentials) << operation << "no key stored";
        break;
    case CredentialResult::Status::Unavailable:
        qCWarning(lcCredentials) << operation << "failed: keychain error" << result.keychainError();
        break;
    case CredentialResult::Status::InvalidBaseUrl:
        qCWarning(lcCredentials) << operation << "refused: invalid base URL";
        break;
    }
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::serviceName()
{
    return u"Fentu Desk"_s;
}

QString CredentialStore::keychainKeyFor(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
        return {};
    // User info is dropped so that a password typed into the URL never becomes an entry name.
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    if (url.port() == -1)
        url.setPort(defaultPortFor(url.scheme()));
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

void CredentialStore::readKey(const QUrl &baseUrl, QObject *context, Callback done)
{
    const QString entry = keychainKeyFor(baseUrl);
    if (entry.isEmpty()) {
        const auto result = CredentialResult::invalidBaseUrl();
        logOutcome("read", result);
        deliver(context, std::move(done), result);
        return;
    }
    if (const auto it = m_sessionKeys.constFind(entry); it != m_sessionKeys.constEnd()) {
        qCDebug(lcCredentials) << "read ok (session-only key)";
        deliver(context, std::move(done), CredentialResult::found(*it, true));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this,
            [context = QPointer<QObject>(context), done = std::move(done)](QKeychain::Job *j) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
                CredentialResult result = CredentialResult::noKeyStored();
                if (j->error() != QKeychain::NoError)
                    result = failureFrom(*j);
                else if (!readJob->textData().isEmpty())
                    result = CredentialResult::found(readJob->textData(), false);
                logOutcome("read", result);
                deliver(context, done, result);
            });
    job->start();
}

void CredentialStore::writeKey(const QUrl &baseUrl, const QString &key, QObject *context,
                               Callback done)
{
    if (key.isEmpty()) {
        removeKey(baseUrl, context, std::move(done));
        return;
    }
    const QString entry = keychainKeyFor(baseUrl);
    if (entry.isEmpty()) {
        const auto result = CredentialResult::invalidBaseUrl();
        logOutcome("write", result);
        deliver(context, std::move(done), result);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, entry, context = QPointer<QObject>(context),
             done = std::move(done)](QKeychain::Job *j) {
                CredentialResult result = CredentialResult::done();
                if (j->error() != QKeychain::NoError)
                    result = CredentialResult::unavailable(j->error(), j->errorString());
                else
                    m_sessionKeys.remove(entry); // the keychain holds it now
                logOutcome("write", result);
                deliver(context, done, result);
            });
    job->start();
}

void CredentialStore::removeKey(const QUrl &baseUrl, QObject *context, Callback done)
{
    const QString entry = keychainKeyFor(baseUrl);
    if (entry.isEmpty()) {
        const auto result = CredentialResult::invalidBaseUrl();
        logOutcome("remove", result);
        deliver(context, std::move(done), result);
        return;
    }
    m_sessionKeys.remove(entry);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this,
            [context = QPointer<QObject>(context), done = std::move(done)](QKeychain::Job *j) {
                CredentialResult result = CredentialResult::done();
                if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                    result = CredentialResult::unavailable(j->error(), j->errorString());
                logOutcome("remove", result);
                deliver(context, done, result);
            });
    job->start();
}

void CredentialStore::setSessionOnlyKey(const QUrl &baseUrl, const QString &key)
{
    const QString entry = keychainKeyFor(baseUrl);
    if (entry.isEmpty())
        return;
    if (key.isEmpty()) {
        m_sessionKeys.remove(entry);
        return;
    }
    qCDebug(lcCredentials) << "session-only key set";
    m_sessionKeys.insert(entry, key);
}

bool CredentialStore::hasSessionOnlyKey(const QUrl &baseUrl) const
{
    return m_sessionKeys.contains(keychainKeyFor(baseUrl));
}

void CredentialStore::deliver(QObject *context, Callback done, CredentialResult result)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace fentu
