#pragma once

namespace fentu::bench {

class BenchReport;
struct LargeCache;

/// Issue 12's search figure: from a search typed in the window (the source's search text set,
/// the model refreshed) to its first rows over `cache`, per kind of query (a whole number, the
/// starts of a customer's two words, a technician's name, a short common prefix), `runs`
/// different values each; the median of each kind.
void runSearchBench(const LargeCache &cache, int runs, BenchReport &report);

} // namespace fentu::bench
