// board_shots: saves screenshots of the schedule board for a person to look at, on the demo
// data's dispatch week around today: a day with clashes, late work, the tray and the "Not
// scheduled" list, the week, a drag in progress, offline, and the day in German;
// with "light" or "dark", the day, the week and the table in Settings ▸ Appearance's Light or
// Dark (files named light-… and dark-…).
// Run under Xvfb (platform xcb) at 1400x900:
//   xvfb-run -a -s '-screen 0 1400x900x24' board_shots <output dir> [de|light|dark]

#include "appearanceswitcher.h"
#include "boardcontroller.h"
#include "boardpanel.h"
#include "boardview.h"
#include "testdesk.h"
#include "testsandbox.h"
#include "synctestsupport.h"

#include "board/boardmodel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

bool shoot(const QString &path)
{
    QTest::qWait(600);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    std::printf("%s: %dx%d\n", qUtf8Printable(path), shot.width(), shot.height());
    return shot.save(path);
}

/// Three orders with neither a date nor a technician, for the "Not scheduled" list (the demo
/// data's dispatch week around today does the rest: full days, clashes, late and unassigned
/// work).
void addOrdersToSchedule(ApiClient &client)
{
    const auto customers = test::await<ApiResult<Page<Customer>>>(
        [&](auto done) { client.listCustomers({}, nullptr, done); });
    const QList<Customer> people = customers.value().items;
    const Priority priorities[] = {Priority::High, Priority::Medium, Priority::Low};
    for (int n = 0; n < 3; ++n) {
        NewWorkOrder order;
        order.customerId = people[(n * 7) % people.size()].id;
        order.workOrderType = u"installation"_s;
        order.estimatedDuration = 60 + 30 * n;
        order.priority = priorities[n];
        test::await<ApiResult<WorkOrder>>(
            [&](auto done) { client.createWorkOrder(order, nullptr, done); });
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Fentu"_s);
    QCoreApplication::setApplicationName(u"Fentu Desk Board Shots"_s);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s);
    QDir().mkpath(out.path());
    const QString mode = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const bool german = mode == u"de"_s;
    AppearanceSwitcher appearance;
    if (mode == u"light"_s)
        appearance.apply(Appearance::Light);
    else if (mode == u"dark"_s)
        appearance.apply(Appearance::Dark);
    const bool themed = appearance.current() != Appearance::System;
    QTranslator translator;
    if (german) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        if (!translator.load(QString::fromLocal8Bit(FENTU_GERMAN_QM)))
            qFatal("no German translation at %s", FENTU_GERMAN_QM);
        QCoreApplication::installTranslator(&translator);
    }
    AppSettings settings;
    settings.setWorkOffline(false);
    settings.setBoardPreferences({});

    // The demo data as a first run shows it: the sandbox's dispatch week around today.
    test::TestSandbox sandbox(400);
    sandbox.options().anchorDate = QDate::currentDate();
    if (!sandbox.start())
        qFatal("the sandbox did not start");
    test::TestDesk desk({.server = sandbox.server()});
    desk.window->setGeometry(0, 0, 1400, 900);
    desk.load();
    if (!QTest::qWaitFor([&] { return desk.loaded(); }, 10000))
        qFatal("no rows from the sandbox");
    desk.action(u"actionShowBoard"_s)->trigger();
    auto *controller = desk.find<BoardController>(u"boardController"_s);
    BoardModel *model = controller->model();
    if (!QTest::qWaitFor([&] { return !model->isLoading() && model->rows().size() > 3; }, 10000))
        qFatal("no technicians on the board");
    QList<Technician> technicians;
    for (const BoardRow &row : model->rows()) {
        if (!row.unassigned && !row.inactive)
            technicians.append(row.technician);
    }
    auto other = desk.otherClient();
    addOrdersToSchedule(*other);
    if (!desk.syncNow()) // the "Not scheduled" list reads the cache
        qFatal("the sync failed");
    controller->refresh();
    (void)QTest::qWaitFor([&] { return !model->isLoading(); }, 10000);
    auto *view = desk.find<BoardView>(u"boardView"_s);
    view->setFocus();
    const QString prefix = german ? u"de-"_s : themed ? mode + u'-' : QString();
    if (!shoot(out.filePath(prefix + u"board-day.png"_s)))
        return 1;
    if (german)
        return 0;
    if (themed) {
        desk.find<BoardPanel>(u"boardPanel"_s)->setDays(7);
        (void)QTest::qWaitFor([&] { return !model->isLoading(); }, 10000);
        if (!shoot(out.filePath(prefix + u"board-week.png"_s)))
            return 1;
        desk.find<BoardPanel>(u"boardPanel"_s)->setDays(1);
        desk.action(u"actionShowList"_s)->trigger();
        desk.model().refresh();
        (void)QTest::qWaitFor([&] { return desk.loaded(); }, 10000);
        desk.table()->selectRow(2);
        return shoot(out.filePath(prefix + u"table.png"_s)) ? 0 : 1;
    }

    // A drag in progress: the first technician's second order, an hour later, one row down.
    const QString dragged = model->rows()[1].bars.value(1).order.id;
    const QPoint from = view->barCentre(dragged);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    const QPoint to = from + QPoint(int(60 * view->scale().pixelsPerMinute()),
                                    view->rowPoint(2, QDateTime::currentDateTime()).y() - from.y());
    for (int i = 1; i <= 4; ++i) {
        const QPoint at = from + (to - from) * i / 4;
        QMouseEvent move(QEvent::MouseMove, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }
    if (!shoot(out.filePath(u"board-drag.png"_s)))
        return 1;
    QTest::keyClick(view, Qt::Key_Escape);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);

    desk.find<BoardPanel>(u"boardPanel"_s)->setDays(7);
    (void)QTest::qWaitFor([&] { return !model->isLoading(); }, 10000);
    if (!shoot(out.filePath(u"board-week.png"_s)))
        return 1;

    desk.find<BoardPanel>(u"boardPanel"_s)->setDays(1);
    desk.action(u"actionWorkOffline"_s)->trigger();
    controller->refresh();
    (void)QTest::qWaitFor([&] { return !model->isLoading(); }, 10000);
    if (!shoot(out.filePath(u"board-offline.png"_s)))
        return 1;
    desk.action(u"actionWorkOffline"_s)->trigger();
    return 0;
}
