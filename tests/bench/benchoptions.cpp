#include "benchoptions.h"

#include "benchtext.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

std::optional<int> count(const QCommandLineParser &parser, const QCommandLineOption &option,
                         int min, int max, QString *error)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    *error = tr("--%1 must be a whole number from %2 to %3")
                 .arg(option.names().constFirst())
                 .arg(min)
                 .arg(max);
    return std::nullopt;
}

} // namespace

QStringList BenchOptions::allMeasurements()
{
    return {u"sync"_s,   u"details"_s, u"stall"_s,  u"startup"_s,
            u"filter"_s, u"search"_s,  u"memory"_s, u"board"_s};
}

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fentu Desk benchmarks. Prints each figure with its goal and PASS or MISS, and the "
           "machine it ran on. Measurements: sync (full sync vs curl), details (the sync's "
           "detail phase vs curl's GETs), stall (GUI thread "
           "during a sync), startup (start to first rows, offline), filter (filter change to "
           "first rows), search (a search to first rows over the cache), memory (peak RSS with "
           "every cached order loaded), board (the "
           "schedule board from the cache: a week and four weeks, a drag, its memory); all by "
           "default.\n"
           "Exit status: 0 all passed, 1 a figure missed its goal, 2 a figure could not be "
           "measured or the command line is wrong."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"measurement"_s, tr("sync, details, stall, startup, filter, search, memory, board or all"),
        u"[measurement...]"_s);
    const QCommandLineOption json(u"json"_s,
                                  tr("Also write the figures as JSON to <file> "
                                     "(\"-\": stdout, the report then goes to stderr)."),
                                  tr("file"));
    const QCommandLineOption runs(u"runs"_s,
                                  tr("Repetitions of sync and startup; the median is reported. "
                                     "Default: 3."),
                                  tr("count"), u"3"_s);
    const QCommandLineOption filterRuns(u"filter-runs"_s,
                                        tr("Different values timed per filter or search kind. "
                                           "Default: 5."),
                                        tr("count"), u"5"_s);
    const QCommandLineOption syncOrders(u"sync-orders"_s,
                                        tr("Orders the sandbox serves for sync, details and stall. "
                                           "Default: 10000."),
                                        tr("count"), u"10000"_s);
    const QCommandLineOption cacheOrders(u"cache-orders"_s,
                                         tr("Orders in the cache for startup, filter, search "
                                            "and memory. Default: 100000."),
                                         tr("count"), u"100000"_s);
    const QCommandLineOption scale(
        u"scale"_s,
        tr("Orders for every measurement: the sandbox's for sync, details and "
           "stall, the cache's for the others (the README's table "
           "runs 10000 and 200000). Overrides --sync-orders and "
           "--cache-orders."),
        tr("count"));
    parser.addOptions({json, runs, filterRuns, syncOrders, cacheOrders, scale});
    parser.process(arguments);

    BenchOptions options;
    options.jsonPath = parser.value(json);
    const auto runsValue = count(parser, runs, 1, 99, error);
    const auto filterValue = count(parser, filterRuns, 1, 99, error);
    const auto syncValue = count(parser, syncOrders, 1, 1000000, error);
    const auto cacheValue = count(parser, cacheOrders, 1, 1000000, error);
    if (!runsValue || !filterValue || !syncValue || !cacheValue)
        return std::nullopt;
    options.runs = *runsValue;
    options.filterRuns = *filterValue;
    options.syncOrders = *syncValue;
    options.cacheOrders = *cacheValue;
    if (parser.isSet(scale)) {
        const auto scaleValue = count(parser, scale, 1, 1000000, error);
        if (!scaleValue)
            return std::nullopt;
        options.syncOrders = options.cacheOrders = *scaleValue;
    }

    const QStringList all = allMeasurements();
    QStringList asked = parser.positionalArguments();
    if (asked.isEmpty() || asked.contains(u"all"_s))
        asked = all;
    for (const QString &name : std::as_const(asked)) {
        if (!all.contains(name)) {
            *error = tr("unknown measurement \"%1\"; choose from %2 or all")
                         .arg(name, all.join(u", "_s));
            return std::nullopt;
        }
    }
    // Always in the documented order, whatever order they were asked in.
    for (const QString &name : all) {
        if (asked.contains(name))
            options.measurements.append(name);
    }
    return options;
}

} // namespace fentu::bench
