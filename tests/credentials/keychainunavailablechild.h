#pragma once

#include "credentials/credentialstore.h"

#include <QObject>

/// Runs in a child process whose D-Bus session address points at a socket that does not
/// exist, so QtKeychain genuinely fails. Started by TestCredentialStore, which passes the key
/// in FENTU_TEST_SECRET and checks this process's exit code and output.
class KeychainUnavailableChild : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *EnvFlag = "FENTU_TEST_KEYCHAIN_UNAVAILABLE_CHILD";

private slots:
    void initTestCase();
    void readReportsUnavailable();
    void writeReportsUnavailable();
    void sessionOnlyKeyIsReturnedFlagged();
    void removeForgetsSessionOnlyKey();

private:
    fentu::CredentialStore m_store;
    QString m_secret;
};
