#pragma once

#include "credentials/credentialstore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Helpers for the credential tests: waiting for a callback, and looking for a secret in
// files and text in every encoding a careless writer could have used.
namespace secretscan {

/// Starts an operation and waits (event loop running) for its callback; nullopt on timeout.
std::optional<fentu::CredentialResult>
awaitResult(const std::function<void(fentu::CredentialStore::Callback)> &start);

/// UTF-8, UTF-16 (both byte orders) and base64 of the secret.
QList<QByteArray> encodingsOf(const QString &secret);
bool contains(const QByteArray &haystack, const QString &secret);

struct DirScan
{
    int filesScanned = 0;
    QStringList filesWithSecret;
};
/// Reads every regular file below `dirs` (missing dirs are skipped).
DirScan scanDirs(const QStringList &dirs, const QStringList &secrets);

} // namespace secretscan
