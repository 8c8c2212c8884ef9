#include "filterbench.h"

#include "benchdesk.h"
#include "benchreport.h"
#include "benchtext.h"
#include "firstrows.h"
#include "largecache.h"
#include "median.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

struct FilterKind
{
    QString key;
    QString title;
    /// The `run`-th filter of this kind; each run asks for different rows.
    std::function<WorkOrderFilter(int run)> make;
};

// One filter change: from setFilter() to the model's first rows.
FirstRows timeChange(WorkOrderTableModel &model, const WorkOrderFilter &filter)
{
    return timeToFirstRows(model, [&] { model.setFilter(filter); });
}

// Written orders with a technician and a date: every filter built from one matches at least it.
QList<WorkOrderSummary> assignedSamples(const LargeCache &cache)
{
    QList<WorkOrderSummary> assigned;
    for (const WorkOrderSummary &order : cache.samples) {
        if (order.technician && order.scheduledDate.isValid())
            assigned.append(order);
    }
    return assigned;
}

// `assigned` must not be empty.
QList<FilterKind> filterKinds(const QList<WorkOrderSummary> &assigned)
{
    auto sample = [assigned](int run) { return assigned.at((run * 7) % assigned.size()); };
    const QList<Status> statuses{Status::Open,       Status::Assigned, Status::Completed,
                                 Status::InProgress, Status::OnHold,   Status::Cancelled,
                                 Status::Draft};
    return {
        {u"status"_s, tr("status"),
         [statuses](int run) {
             WorkOrderFilter filter;
             filter.status = statuses.at(run % statuses.size());
             return filter;
         }},
        {u"customer"_s, tr("customer"),
         [sample](int run) {
             WorkOrderFilter filter;
             filter.customerId = sample(run).customer.id;
             return filter;
         }},
        {u"technician"_s, tr("technician"),
         [sample](int run) {
             WorkOrderFilter filter;
             filter.technicianId = sample(run).technician->id;
             return filter;
         }},
        {u"date_range"_s, tr("date range (one week)"),
         [sample](int run) {
             WorkOrderFilter filter;
             filter.fromDate = sample(run).scheduledDate.date().addDays(-3);
             filter.toDate = filter.fromDate.addDays(6);
             return filter;
         }},
        {u"combined"_s, tr("status + technician + 30 days"),
         [sample](int run) {
             const WorkOrderSummary order = sample(run);
             WorkOrderFilter filter;
             filter.status = order.status;
             filter.technicianId = order.technician->id;
             filter.fromDate = order.scheduledDate.date().addDays(-15);
             filter.toDate = filter.fromDate.addDays(29);
             return filter;
         }},
    };
}

} // namespace

void runFilterBench(const LargeCache &cache, int runs, BenchReport &report)
{
    // The model as the offline window has it, without the window (the figure is the model's).
    BenchDesk desk(cache.directory, cache.baseUrl, QString());
    desk.monitor.setForcedOffline(true);
    desk.store.openFile(cache.filePath, cache.baseUrl, nullptr, [](CacheOpenReport) {});
    desk.model.setSource(&desk.source);
    const FirstRows first = timeChange(desk.model, WorkOrderFilter());
    const QList<WorkOrderSummary> assigned = assignedSamples(cache);
    if (assigned.isEmpty()) {
        report.note(tr("filter: the cache has no sample order with a technician and a date"));
        return;
    }

    for (const FilterKind &kind : filterKinds(assigned)) {
        Figure figure;
        figure.key = u"filter_%1_ms"_s.arg(kind.key);
        figure.title = tr("Filter change to first rows: %1").arg(kind.title);
        figure.unit = u"ms"_s;
        figure.goal = 50;
        figure.comparison = Figure::Goal::Below;
        QList<double> times;
        QStringList runsText;
        QString failure;
        if (!first.ok)
            failure = tr("the unfiltered cache brought no rows");
        for (int run = 0; run < runs && failure.isEmpty(); ++run) {
            const FirstRows change = timeChange(desk.model, kind.make(run));
            if (!change.ok) {
                failure = tr("a %1 filter brought no rows (run %2)").arg(kind.title).arg(run + 1);
                break;
            }
            times.append(change.ms);
            runsText << tr("%1 ms (%L2 matching)").arg(change.ms, 0, 'f', 1).arg(change.total);
        }
        if (!failure.isEmpty()) {
            figure.detail = tr("not measured: %1").arg(failure);
        } else {
            figure.value = median(times);
            figure.detail = tr("median of %1 different values over %L2 cached orders, slowest "
                               "%3 ms; runs: %4")
                                .arg(runs)
                                .arg(cache.orders)
                                .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
                                .arg(runsText.join(u", "_s));
        }
        report.add(figure);
    }
}

} // namespace fentu::bench
