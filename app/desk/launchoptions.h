#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fentu {

class AppSettings;

/// Where fentu-desk connects at start: --base-url over the stored base URL, and the key from
/// FENTU_API_KEY (kept in memory only), which wins over the keychain's.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(fentu::LaunchOptions)
public:
    QUrl baseUrl;
    QString apiKey;

    bool isComplete() const { return !baseUrl.isEmpty() && !apiKey.isEmpty(); }

    /// Parses the command line; --help and --version print and exit, as does a bad option.
    static LaunchOptions fromCommandLine(const QStringList &arguments, const AppSettings &settings);
};

} // namespace fentu
