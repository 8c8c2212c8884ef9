#pragma once

#include <QElapsedTimer>

namespace fentu::bench {

/// The subcommands fentu-bench runs in a child process of itself, so that each starts from a
/// fresh process. Each prints "name: value" lines on stdout and returns the exit status.
/// argv: <command> <cache directory> <cache file> <base URL>.
int runStartupChild(int argc, char *argv[], const QElapsedTimer &sinceMain);
int runMemoryChild(int argc, char *argv[]);

} // namespace fentu::bench
