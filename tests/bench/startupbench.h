#pragma once

namespace fentu::bench {

class BenchReport;
struct LargeCache;

/// Figure 2: start to first rows painted, offline from `cache`, each run a fresh child
/// process; the median of `runs`.
void runStartupBench(const LargeCache &cache, int runs, BenchReport &report);

} // namespace fentu::bench
