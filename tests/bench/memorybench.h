#pragma once

namespace fentu::bench {

class BenchReport;
struct LargeCache;

/// Figure 5: peak resident memory of a child process that pages every order of `cache` into
/// the window's table.
void runMemoryBench(const LargeCache &cache, BenchReport &report);

} // namespace fentu::bench
