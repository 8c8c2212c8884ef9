#pragma once

namespace fentu::bench {

class BenchReport;
class SandboxProcess;

/// Figure 1: a full sync of the sandbox's orders into a fresh cache with SyncEngine, against
/// one keep-alive curl fetching the same pages, `runs` times each, alternating; the medians
/// and their ratio.
void runSyncBench(SandboxProcess &sandbox, int runs, BenchReport &report);

/// The detail phase of a full sync (every order's detail, after the lists) against one
/// keep-alive curl fetching the same orders one GET at a time, `runs` times each,
/// alternating; the medians and their ratio.
void runDetailBench(SandboxProcess &sandbox, int runs, BenchReport &report);

} // namespace fentu::bench
