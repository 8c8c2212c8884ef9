#include "launchoptions.h"

#include "credentials/apikeyfromenvironment.h"
#include "settings/appsettings.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace fentu {

LaunchOptions LaunchOptions::fromCommandLine(const QStringList &arguments,
                                             const AppSettings &settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fentu Desk: a desktop client for the Fentu FSM Work Orders API.\n"
           "The API key is kept in the system keychain (enter it in Settings); the "
           "FENTU_API_KEY environment variable overrides it for this run."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, tr("The API's base URL, e.g. https://api.fentu.io/v1."), tr("URL"));
    parser.addOption(baseUrlOption);
    parser.process(arguments);

    LaunchOptions options;
    options.baseUrl = parser.isSet(baseUrlOption)
                          ? QUrl(parser.value(baseUrlOption).trimmed(), QUrl::StrictMode)
                          : settings.baseUrl();
    options.apiKey = apiKeyFromEnvironment().value_or(QString());
    return options;
}

} // namespace fentu
