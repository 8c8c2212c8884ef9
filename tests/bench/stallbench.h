#pragma once

namespace fentu::bench {

class BenchReport;
class SandboxProcess;

/// Figure 4: the longest GUI-thread stall while SyncEngine syncs every order of `sandbox`
/// into a fresh cache, with the real MainWindow shown (offscreen) on the same client.
void runStallBench(SandboxProcess &sandbox, BenchReport &report);

} // namespace fentu::bench
