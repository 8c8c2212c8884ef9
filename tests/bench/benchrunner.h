#pragma once

namespace fentu::bench {

struct BenchOptions;

/// Runs the measurements `options` asks for, in order, printing each figure as it is
/// measured; returns the exit status (0 all passed, 1 a goal missed, 2 something unmeasured).
int runBenchmarks(const BenchOptions &options);

} // namespace fentu::bench
