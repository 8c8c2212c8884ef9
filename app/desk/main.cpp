// fentu-desk: builds the services, wires them to the main window and runs the event loop.

#include "launchoptions.h"
#include "localization.h"
#include "startup.h"

#include "icons.h"
#include "mainwindow.h"

#include "api/apiclient.h"
#include "itemmodels/apipagesource.h"
#include "itemmodels/workordertablemodel.h"
#include "settings/appsettings.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Fentu"_s);
    QApplication::setOrganizationDomain(u"fentu.io"_s);
    QApplication::setApplicationName(u"Fentu Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(FENTU_VERSION));
    QApplication::setDesktopFileName(u"io.fentu.FentuDesk"_s);
    QApplication::setWindowIcon(fentu::applicationIcon());
    fentu::installTranslators(app);

    fentu::AppSettings settings;
    const auto options = fentu::LaunchOptions::fromCommandLine(QApplication::arguments(), settings);

    fentu::ApiClient client;
    fentu::ApiPageSource pageSource(&client);
    fentu::WorkOrderTableModel model;
    model.setPageSize(settings.pageSize());

    fentu::MainWindow window({&client, &pageSource, &model, &settings});
    window.show();
    fentu::connectAtStartup(options, client, pageSource, model, window);
    return QApplication::exec();
}
