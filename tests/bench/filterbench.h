#pragma once

namespace fentu::bench {

class BenchReport;
struct LargeCache;

/// Figure 3: setFilter to first rows over `cache`, per filter kind (status, customer,
/// technician, date range, combined), `runs` different values each; the median of each kind.
void runFilterBench(const LargeCache &cache, int runs, BenchReport &report);

} // namespace fentu::bench
