#pragma once

#include <chrono>

class QProcess;

namespace fentu {

/// Ends a child process without blocking the calling thread: TERM at once, KILL once `grace`
/// has passed, and the process reaped (and `process` deleted) when it has exited. Takes
/// ownership of `process`; the caller must drop its connections to it first.
///
/// Why: waiting for a child on the GUI thread freezes the window (for seconds when the child
/// is slow to stop or ignores TERM). The process object is handed to the application object,
/// so a child still running when the application goes is killed then, and no orphan stays.
void endProcessWithoutWaiting(QProcess *process,
                              std::chrono::milliseconds grace = std::chrono::seconds(2));

} // namespace fentu
