// child-memory: the peak resident memory after paging every cached order into the table.
#include "benchdesk.h"
#include "benchtext.h"
#include "childcommands.h"
#include "procstatus.h"
#include "steploop.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::bench {

int runMemoryChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Fentu"_s);
    QApplication::setApplicationName(u"fentu-bench"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() < 5) {
        std::printf("error: %s\n",
                    qUtf8Printable(tr("child-memory needs a cache directory, file and base URL")));
        return 2;
    }
    const QUrl baseUrl(args.at(4));

    BenchDesk desk(args.at(2), baseUrl, QString());
    desk.monitor.setForcedOffline(true);
    desk.store.openFile(args.at(3), baseUrl, nullptr, [](CacheOpenReport) {});
    desk.model.setSource(&desk.source);
    MainWindow &window = desk.createWindow();
    QTableView *table = desk.table();
    window.show();

    StepLoop loaded;
    QString failure;
    QElapsedTimer timer;
    QList<double> pageAt; // when each page arrived: deep pages show what paging costs
    QObject::connect(&desk.model, &WorkOrderTableModel::pageLoaded, &desk.model,
                     [&] { pageAt.append(double(timer.nsecsElapsed()) / 1e6); });
    // A user holding End: after each page the view jumps to the bottom, which asks for the
    // next page. The model ignores fetchMore() from its own signals, so ask once they return.
    QObject::connect(&desk.model, &WorkOrderTableModel::pageLoaded, &desk.model, [&] {
        QTimer::singleShot(0, &desk.model, [&] {
            table->scrollToBottom();
            if (desk.model.canFetchMore({}))
                desk.model.fetchMore({});
            else if (!desk.model.isLoading())
                loaded.finish();
        });
    });
    QObject::connect(&desk.model, &WorkOrderTableModel::loadFailed, &desk.model,
                     [&](const ApiError &error) {
                         if (error.kind() == ApiError::Kind::Cancelled)
                             return;
                         failure = error.technicalDetail();
                         loaded.finish();
                     });
    const qint64 beforeKb = procStatusKb("VmHWM");
    timer.start();
    desk.model.setFilter(WorkOrderFilter());
    if (!loaded.run(170s))
        failure = tr("paging did not finish within 170 s (%1 rows)").arg(desk.model.rowCount());
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!failure.isEmpty()) {
        std::printf("error: %s\n", qUtf8Printable(failure));
        return 1;
    }
    // Let the view lay out and paint the last rows before reading the peak.
    QApplication::processEvents();
    std::printf("vmhwm-kb: %lld\n", procStatusKb("VmHWM"));
    std::printf("vmrss-kb: %lld\n", procStatusKb("VmRSS"));
    std::printf("before-kb: %lld\n", beforeKb);
    std::printf("rows: %d\n", desk.model.rowCount());
    std::printf("shown-rows: %d\n", table->model()->rowCount());
    std::printf("total: %d\n", desk.model.totalCount());
    std::printf("load-ms: %.1f\n", loadMs);
    // Mean time between pages near the start and near the end of the list.
    const qsizetype n = pageAt.size();
    if (n > 22) {
        std::printf("early-page-ms: %.2f\n", (pageAt.at(11) - pageAt.at(1)) / 10);
        std::printf("late-page-ms: %.2f\n", (pageAt.at(n - 1) - pageAt.at(n - 11)) / 10);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace fentu::bench
