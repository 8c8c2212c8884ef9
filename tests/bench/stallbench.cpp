#include "stallbench.h"

#include "benchdesk.h"
#include "benchreport.h"
#include "benchtext.h"
#include "sandboxprocess.h"
#include "stallprobe.h"
#include "steploop.h"

#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::bench {

void runStallBench(SandboxProcess &sandbox, BenchReport &report)
{
    Figure figure;
    figure.key = u"sync_gui_stall_ms"_s;
    figure.title = tr("Longest GUI-thread stall during a %L1-order sync").arg(sandbox.orders());
    figure.unit = u"ms"_s;
    figure.goal = 50;
    figure.comparison = Figure::Goal::Below;

    QTemporaryDir dir;
    BenchDesk desk(dir.path(), sandbox.baseUrl(), sandbox.key());
    desk.store.openFile(dir.filePath(u"cache.sqlite"_s), sandbox.baseUrl(), nullptr,
                        [](CacheOpenReport) {});
    desk.model.setSource(&desk.source);
    desk.createWindow().show();

    // The window online first, as a user would have it: page 1 from the server, written
    // through to the cache.
    QString failure;
    {
        StepLoop firstPage;
        QObject context;
        QObject::connect(&desk.model, &WorkOrderTableModel::pageLoaded, &context,
                         [&] { firstPage.finish(); });
        QObject::connect(&desk.model, &WorkOrderTableModel::loadFailed, &context,
                         [&](const ApiError &error) {
                             if (error.kind() == ApiError::Kind::Cancelled)
                                 return;
                             failure = error.technicalDetail();
                             firstPage.finish();
                         });
        desk.model.setFilter(WorkOrderFilter());
        if (!firstPage.run(30s))
            failure = tr("page 1 did not arrive within 30 s");
    }

    SyncEngine engine(&desk.client, &desk.store);
    engine.setConnectivity(&desk.monitor);
    StallProbe probe;
    StepLoop syncing;
    SyncResult result;
    QElapsedTimer timer;
    double syncMs = 0;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const SyncResult &r) {
        probe.stop();
        syncMs = double(timer.nsecsElapsed()) / 1e6;
        result = r;
        syncing.finish();
    });
    if (failure.isEmpty()) {
        probe.start();
        timer.start();
        engine.start();
        if (!syncing.run(180s))
            failure = tr("the sync did not finish within 180 s");
        else if (!result.isCompleted())
            failure = tr("the sync did not complete: %1").arg(result.message());
    }
    if (!failure.isEmpty()) {
        figure.detail = tr("not measured: %1").arg(failure);
        report.add(figure);
        return;
    }
    figure.value = probe.maxGapMs();
    figure.detail = tr("max gap between ticks of a 5 ms timer on the GUI thread while the sync "
                       "ran (%1 ms, %L2 orders); %L3 ticks, %4 gaps over 16.7 ms\n"
                       "wiring: the real MainWindow shown offscreen, its model on a "
                       "SwitchingPageSource (online, written through) sharing the ApiClient "
                       "and CacheStore with the SyncEngine")
                        .arg(syncMs, 0, 'f', 0)
                        .arg(result.ordersWritten)
                        .arg(probe.ticks())
                        .arg(probe.gapsOverFrame());
    report.add(figure);
}

} // namespace fentu::bench
