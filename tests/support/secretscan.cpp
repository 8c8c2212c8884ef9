#include "secretscan.h"

#include "await.h"

#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace secretscan {

std::optional<fentu::CredentialResult>
awaitResult(const std::function<void(fentu::CredentialStore::Callback)> &start)
{
    // kWaitMs: a generous bound for a stuck keychain, not a speed requirement.
    return fentu::test::tryAwait<fentu::CredentialResult>(start);
}

QList<QByteArray> encodingsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : secret) {
        const char lo = static_cast<char>(c.unicode() & 0xff);
        const char hi = static_cast<char>(c.unicode() >> 8);
        utf16le.append(lo).append(hi);
        utf16be.append(hi).append(lo);
    }
    return {utf8, utf16le, utf16be, utf8.toBase64()};
}

bool contains(const QByteArray &haystack, const QString &secret)
{
    const auto encodings = encodingsOf(secret);
    return std::any_of(encodings.begin(), encodings.end(),
                       [&](const QByteArray &needle) { return haystack.contains(needle); });
}

DirScan scanDirs(const QStringList &dirs, const QStringList &secrets)
{
    DirScan scan;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scan.filesScanned;
            const QByteArray data = file.readAll();
            for (const QString &secret : secrets) {
                if (contains(data, secret))
                    scan.filesWithSecret << file.fileName();
            }
        }
    }
    return scan;
}

} // namespace secretscan
