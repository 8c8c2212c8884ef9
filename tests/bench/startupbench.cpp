#include "startupbench.h"

#include "benchreport.h"
#include "benchtext.h"
#include "childrun.h"
#include "largecache.h"
#include "median.h"

using namespace Qt::StringLiterals;

namespace fentu::bench {

void runStartupBench(const LargeCache &cache, int runs, BenchReport &report)
{
    Figure figure;
    figure.key = u"startup_first_rows_ms"_s;
    figure.title = tr("Start to first rows shown, %L1-order cache, offline").arg(cache.orders);
    figure.unit = u"ms"_s;
    figure.goal = 300;
    figure.comparison = Figure::Goal::Below;

    QList<double> paint;
    QList<double> spawn;
    ChildOutput last;
    for (int run = 0; run < runs; ++run) {
        last = runChild(
            {u"child-startup"_s, cache.directory, cache.filePath, cache.baseUrl.toString()}, 90000);
        if (!last.ok) {
            figure.detail = tr("not measured: %1").arg(last.error);
            report.add(figure);
            return;
        }
        paint.append(last.number(u"first-paint-ms"_s));
        spawn.append(last.firstLineMs);
    }
    QStringList runsText;
    for (double ms : std::as_const(paint))
        runsText << QString::number(ms, 'f', 0);
    figure.value = median(paint);
    figure.detail =
        tr("from main() to the table's first paint with rows, median of %1 fresh processes "
           "(runs %2 ms), offscreen\n"
           "last run: QApplication %3 ms, window shown %4 ms, page 1 in the model %5 ms, "
           "painted %6 ms; %7 of %L8 rows, window %9\n"
           "launch to first paint as the parent saw it (exec and loading libraries "
           "included): median %10 ms\n"
           "wiring: the real MainWindow, set up in fentu-desk's order, with its filter dock, "
           "details and offline banner; its model on a SwitchingPageSource forced offline "
           "(View > Work offline) over CacheStore")
            .arg(runs)
            .arg(runsText.join(u", "_s))
            .arg(last.number(u"qapplication-ms"_s), 0, 'f', 0)
            .arg(last.number(u"window-shown-ms"_s), 0, 'f', 0)
            .arg(last.number(u"rows-ms"_s), 0, 'f', 0)
            .arg(last.number(u"first-paint-ms"_s), 0, 'f', 0)
            .arg(last.values.value(u"rows"_s))
            .arg(last.number(u"total"_s), 0, 'f', 0)
            .arg(last.values.value(u"window-size"_s))
            .arg(median(spawn), 0, 'f', 0);
    report.add(figure);
}

} // namespace fentu::bench
