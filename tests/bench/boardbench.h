#pragma once

namespace fentu::bench {

class BenchReport;

/// The schedule board from the cache: a week of 15 technicians and ~500 orders, and four weeks
/// of 50 technicians and 5,000 orders, from setting the span to the board drawn (the model's
/// load through the cache page source, the layout, the scene, one paint of the view); the
/// slowest frame of a drag across the 5,000-order board; the memory the big board takes.
void runBoardBench(int runs, BenchReport &report);

} // namespace fentu::bench
