#include "searchbench.h"

#include "benchdesk.h"
#include "benchreport.h"
#include "benchtext.h"
#include "firstrows.h"
#include "largecache.h"
#include "median.h"

#include "views/savedview.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

struct QueryKind
{
    QString key;
    QString title;
    std::function<QString(int run)> make; // the `run`-th query of this kind
    WorkOrderFilter filter;               // the window's filter while searching
};

// One search: from the text reaching the source (as the window's pause timer hands it over)
// to the model's first rows.
FirstRows timeSearch(BenchDesk &desk, const QString &text)
{
    return timeToFirstRows(desk.model, [&] {
        desk.source.setSearchText(text);
        desk.model.refresh();
    });
}

QString firstLetters(const QString &word, int count)
{
    return word.left(count).toLower();
}

QList<QueryKind> queryKinds(const QList<WorkOrderSummary> &samples)
{
    auto sample = [samples](int run) { return samples.at((run * 13) % samples.size()); };
    return {
        {u"number"_s, tr("a whole number"), [sample](int run) { return sample(run).number; }, {}},
        {u"customer_words"_s, tr("the starts of a customer's two words"),
         [sample](int run) {
             const QStringList words =
                 sample(run).customer.name.split(u' ', Qt::SkipEmptyParts);
             return firstLetters(words.value(0), 4) + u' ' + firstLetters(words.value(1), 3);
         },
         {}},
        {u"technician"_s, tr("a technician's name"),
         [sample](int run) {
             const WorkOrderSummary order = sample(run);
             return order.technician ? order.technician->name : order.customer.name;
         },
         {}},
        {u"short_prefix"_s, tr("a two-letter prefix (many matches)"),
         [sample](int run) { return firstLetters(sample(run).customer.name, 2); },
         {}},
        // The first start's view ("Today and upcoming" on the generated orders' middle day):
        // dates and "hide completed and cancelled" make the search read search_order too.
        {u"short_prefix_in_view"_s, tr("a two-letter prefix in “Today and upcoming”"),
         [sample](int run) { return firstLetters(sample(run).customer.name, 2); },
         SavedView::todayAndUpcoming().filterOn(LargeCache::kAnchorDay)},
    };
}

} // namespace

void runSearchBench(const LargeCache &cache, int runs, BenchReport &report)
{
    BenchDesk desk(cache.directory, cache.baseUrl, QString());
    desk.monitor.setForcedOffline(true);
    desk.store.openFile(cache.filePath, cache.baseUrl, nullptr, [](CacheOpenReport) {});
    desk.model.setSource(&desk.source);
    const FirstRows first = timeSearch(desk, QString());
    if (cache.samples.isEmpty()) {
        report.note(tr("search: the cache has no sample orders"));
        return;
    }
    for (const QueryKind &kind : queryKinds(cache.samples)) {
        if (!(desk.model.filter() == kind.filter)) // not timed: the view is already shown
            timeToFirstRows(desk.model, [&] { desk.model.setFilter(kind.filter); });
        Figure figure;
        figure.key = u"search_%1_ms"_s.arg(kind.key);
        figure.title = tr("Search to first rows: %1").arg(kind.title);
        figure.unit = u"ms"_s;
        figure.goal = 50;
        figure.comparison = Figure::Goal::Below;
        QList<double> times;
        QStringList runsText;
        QString failure;
        if (!first.ok)
            failure = tr("the cache brought no rows");
        for (int run = 0; run < runs && failure.isEmpty(); ++run) {
            const QString text = kind.make(run);
            const FirstRows found = timeSearch(desk, text);
            if (!found.ok) {
                failure = tr("“%1” found nothing (run %2)").arg(text).arg(run + 1);
                break;
            }
            times.append(found.ms);
            runsText << tr("“%1” %2 ms (%L3 found)").arg(text).arg(found.ms, 0, 'f', 1).arg(found.total);
        }
        if (!failure.isEmpty()) {
            figure.detail = tr("not measured: %1").arg(failure);
        } else {
            figure.value = median(times);
            figure.detail = tr("median of %1 queries over %L2 cached orders, slowest %3 ms; "
                               "runs: %4")
                                .arg(runs)
                                .arg(cache.orders)
                                .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
                                .arg(runsText.join(u", "_s));
        }
        report.add(figure);
    }
    desk.source.setSearchText(QString());
}

} // namespace fentu::bench
