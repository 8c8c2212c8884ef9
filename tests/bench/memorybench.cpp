#include "memorybench.h"

#include "benchreport.h"
#include "benchtext.h"
#include "childrun.h"
#include "largecache.h"

using namespace Qt::StringLiterals;

namespace fentu::bench {

void runMemoryBench(const LargeCache &cache, BenchReport &report)
{
    Figure figure;
    figure.key = u"peak_rss_all_rows_mb"_s;
    figure.title = tr("Peak resident memory, all %L1 cached orders loaded").arg(cache.orders);
    figure.unit = u"MB"_s;
    figure.goal = 200;
    figure.comparison = Figure::Goal::Below;

    const ChildOutput child = runChild(
        {u"child-memory"_s, cache.directory, cache.filePath, cache.baseUrl.toString()}, 180000);
    const int rows = int(child.number(u"rows"_s));
    if (!child.ok || rows != cache.orders) {
        figure.detail =
            tr("not measured: %1")
                .arg(child.ok ? tr("the table held %1 of %2 orders").arg(rows).arg(cache.orders)
                              : child.error);
        report.add(figure);
        return;
    }
    const auto mb = [](double kb) { return kb / 1024.0; };
    figure.value = mb(child.number(u"vmhwm-kb"_s));
    figure.detail =
        tr("VmHWM of a fresh process after paging all %L1 rows (%2 pages) into the real "
           "MainWindow's table, scrolled to the end, offline from the cache: %3 MB peak, "
           "%4 MB resident at the end, %5 MB peak before the first page\n"
           "paging took %6 ms: %7 ms a page near the top, %8 ms a page near the end")
            .arg(rows)
            .arg((rows + 99) / 100)
            .arg(mb(child.number(u"vmhwm-kb"_s)), 0, 'f', 1)
            .arg(mb(child.number(u"vmrss-kb"_s)), 0, 'f', 1)
            .arg(mb(child.number(u"before-kb"_s)), 0, 'f', 1)
            .arg(child.number(u"load-ms"_s), 0, 'f', 0)
            .arg(child.number(u"early-page-ms"_s), 0, 'f', 1)
            .arg(child.number(u"late-page-ms"_s), 0, 'f', 1);
    report.add(figure);
}

} // namespace fentu::bench
