// settings_shots: saves screenshots of the Settings dialog over the main window and of the
// first-run dialog, for a person to look at; with "dark" or "light", the Settings dialog in that
// appearance (dark-settings-dialog.png). Run under Xvfb (platform xcb) at 1400x900:
//   xvfb-run -a -s '-screen 0 1400x900x24' settings_shots <output dir> [light|dark]

#include "appearanceswitcher.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testdesk.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"
#include "session/serverconnection.h"
#include "settings/appsettings.h"
#include "views/viewstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

/// The window as fentu-desk shows it, with Settings and the first run, before any server.
struct Desk : test::TestDesk
{
    Desk() : TestDesk({.services = Services::TableOnly, .serverConnection = true, .size = {}})
    {
        window->setGeometry(0, 0, 1400, 900);
    }
};

bool shoot(const QString &path)
{
    QTest::qWait(800); // let the window manager-less X server paint everything
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    std::printf("%s: %dx%d\n", qUtf8Printable(path), shot.width(), shot.height());
    return shot.save(path);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Fentu"_s);
    QCoreApplication::setApplicationName(u"Fentu Desk Shots"_s);
    // Each run as the first: no filter or view left by the last one.
    QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear();
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s);
    QDir().mkpath(out.path());
    const QString mode = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    AppearanceSwitcher appearance;
    if (mode == u"light"_s)
        appearance.apply(Appearance::Light);
    else if (mode == u"dark"_s)
        appearance.apply(Appearance::Dark);
    const QString prefix = appearance.current() == Appearance::System ? QString() : mode + u'-';
    AppSettings().setAppearance(appearance.current()); // the dialog shows what is in effect

    sandbox::Options options;
    options.anchorDate = QDate(2024, 3, 15);
    sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error))
        qFatal("sandbox: %s", qPrintable(error));

    // A desk used before, without a view of its own: the table shows the demo orders (dated
    // 2024, far from today's "Today and upcoming").
    ViewStore(server.baseUrl()).markStarted();
    {
        Desk desk;
        desk.serverConnection()->connectTo(server.baseUrl(), server.options().key);
        if (!QTest::qWaitFor([&] { return desk.model().rowCount() >= 100; }, 10000)) {
            qFatal("no rows from the sandbox: %d rows, filter %s, error %s", desk.model().rowCount(),
                   qPrintable(desk.model().filter().summary()),
                   qPrintable(desk.model().lastError().technicalDetail()));
        }
        desk.window->findChild<QAction *>(u"actionSettings"_s)->trigger();
        auto *dialog = desk.window->findChild<SettingsDialog *>(u"settingsDialog"_s);
        QTest::qWait(300); // the keychain answers "no key stored" first
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s), server.options().key);
        dialog->findChild<QPushButton *>(u"testConnection"_s)->click();
        QTest::qWait(1000);
        if (!shoot(out.filePath(prefix + u"settings-dialog.png"_s)))
            return 1;
    }
    if (!prefix.isEmpty())
        return 0;
    {
        QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear();
        Desk desk;
        desk.serverConnection()->start(QUrl(), QString());
        if (!shoot(out.filePath(u"first-run.png"_s)))
            return 1;
    }
    return 0;
}
