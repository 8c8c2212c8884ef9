#include "benchrunner.h"

#include "benchoptions.h"
#include "benchreport.h"
#include "benchtext.h"
#include "boardbench.h"
#include "filterbench.h"
#include "searchbench.h"
#include "largecache.h"
#include "memorybench.h"
#include "sandboxprocess.h"
#include "stallbench.h"
#include "startupbench.h"
#include "syncbench.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

void addUnmeasured(BenchReport &report, const QString &key, const QString &title,
                   const QString &why)
{
    Figure figure;
    figure.key = key;
    figure.title = title;
    figure.detail = tr("not measured: %1").arg(why);
    report.add(figure);
}

} // namespace

int runBenchmarks(const BenchOptions &options)
{
    QElapsedTimer total;
    total.start();
    QTextStream out(options.jsonPath == u"-"_s ? stderr : stdout);
    BenchReport report(MachineInfo::current(), out);

    if (options.wants(u"sync"_s) || options.wants(u"details"_s) || options.wants(u"stall"_s)) {
        SandboxProcess sandbox;
        QString error;
        if (!sandbox.start(options.syncOrders, &error)) {
            for (const QString &name : {u"sync"_s, u"details"_s, u"stall"_s}) {
                if (options.wants(name))
                    addUnmeasured(report, name, name, tr("fentu-sandbox: %1").arg(error));
            }
        } else {
            if (options.wants(u"sync"_s))
                runSyncBench(sandbox, options.runs, report);
            if (options.wants(u"details"_s))
                runDetailBench(sandbox, options.runs, report);
            if (options.wants(u"stall"_s))
                runStallBench(sandbox, report);
        }
    }

    if (options.wants(u"startup"_s) || options.wants(u"filter"_s) || options.wants(u"search"_s) ||
        options.wants(u"memory"_s)) {
        QTemporaryDir dir;
        const LargeCache cache = LargeCache::create(dir.path(), options.cacheOrders, 5000);
        if (!cache.isReady()) {
            for (const QString &name : {u"startup"_s, u"filter"_s, u"search"_s, u"memory"_s}) {
                if (options.wants(name))
                    addUnmeasured(report, name, name, tr("the large cache: %1").arg(cache.error));
            }
        } else {
            report.note(tr("cache of %L1 generated orders written through CacheStore in "
                           "batches of 5,000 in %2 ms")
                            .arg(cache.orders)
                            .arg(cache.fillMs, 0, 'f', 0));
            if (options.wants(u"startup"_s))
                runStartupBench(cache, options.runs, report);
            if (options.wants(u"filter"_s))
                runFilterBench(cache, options.filterRuns, report);
            if (options.wants(u"search"_s))
                runSearchBench(cache, options.filterRuns, report);
            if (options.wants(u"memory"_s))
                runMemoryBench(cache, report);
        }
    }

    if (options.wants(u"board"_s))
        runBoardBench(options.runs, report);

    report.note(tr("the whole run took %1 s").arg(double(total.elapsed()) / 1000, 0, 'f', 1));
    report.printSummary();
    if (!options.jsonPath.isEmpty() && !report.writeJson(options.jsonPath)) {
        out << tr("fentu-bench: cannot write %1").arg(options.jsonPath) << Qt::endl;
        return 2;
    }
    bool unmeasured = false;
    for (const Figure &figure : report.figures())
        unmeasured = unmeasured || !figure.isJudged();
    return unmeasured ? 2 : report.allPassed() ? 0 : 1;
}

} // namespace fentu::bench
