// fentu-desk: builds the services, wires them to the main window and runs the event loop.

#include "deskservices.h"
#include "launchoptions.h"
#include "localization.h"
#include "startup.h"

#include "appearanceswitcher.h"
#include "icons.h"
#include "mainwindow.h"

#include "api/apiclient.h"
#include "buildinfo/buildinfo.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "session/serverconnection.h"
#include "settings/appsettings.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Fentu"_s);
    QCoreApplication::setOrganizationDomain(u"fentu.io"_s);
    QCoreApplication::setApplicationName(u"Fentu Desk"_s);
    // With the commit: --version and Help > About say which build a bug report is about.
    QCoreApplication::setApplicationVersion(fentu::buildinfo::versionText());
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        // Answered on the terminal without a display and without touching the cache: a
        // packaging script, help2man or a person over ssh asks.
        QCoreApplication app(argc, argv);
        describeApplication();
        fentu::installTranslators(app);
        const fentu::AppSettings settings;
        fentu::LaunchOptions::fromCommandLine(QCoreApplication::arguments(), settings);
        return 0; // not reached: the parser prints and exits
    }

    QApplication app(argc, argv);
    // Before anything restyles the application: it remembers the desktop's look for "System".
    fentu::AppearanceSwitcher appearance;
    describeApplication();
    QApplication::setDesktopFileName(u"io.fentu.FentuDesk"_s);
    QApplication::setWindowIcon(fentu::applicationIcon());
    fentu::installTranslators(app);

    fentu::DeskServices services; // every service, wired (the cache, sync, the outbox)
    fentu::AppSettings &settings = services.settings();
    const auto options = fentu::LaunchOptions::fromCommandLine(QApplication::arguments(), settings);
    appearance.apply(settings.appearance()); // before the window shows: no flash of the other

    fentu::ApiClient &client = services.client();
    fentu::WorkOrderPageSource &pageSource = services.pageSource();
    fentu::WorkOrderTableModel &model = services.model();

    // Which server, at start and after Settings or the first run: through DeskServices, so
    // that each server's cache opens before the model's first page is asked for.
    fentu::ServerConnection connection(&client, &pageSource, &model, &settings,
                                       &services.credentials());
    connection.setConnector(
        [&services](const QUrl &url, const QString &key) { return services.connectTo(url, key); });
    fentu::MainWindowServices windowServices = services.services();
    windowServices.connection = &connection;
    windowServices.appearance = &appearance;

    fentu::MainWindow window(windowServices);
    QObject::connect(&services, &fentu::DeskServices::cacheProblem, &window,
                     &fentu::MainWindow::showCacheProblem);
    window.show();
    fentu::connectAtStartup(options, connection);
    return QApplication::exec();
}
