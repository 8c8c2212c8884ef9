#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fentu::bench {

/// fentu-bench's command line: which measurements to run, and how big.
struct BenchOptions
{
    QStringList measurements; // in run order; all of them by default
    QString jsonPath;         // empty: no JSON; "-": JSON on stdout, the report on stderr
    int runs = 3;             // sync and startup repetitions (the median is reported)
    int filterRuns = 5;       // different values per filter kind
    int syncOrders = 10000;
    int cacheOrders = 100000;

    bool wants(const QString &measurement) const { return measurements.contains(measurement); }

    static QStringList allMeasurements();
    /// Parses the arguments; --help prints and exits. Nothing with `error` set when bad.
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace fentu::bench
