#pragma once

#include <QEventLoop>

#include <chrono>

namespace fentu::bench {

/// Runs the event loop for one step of a benchmark until finish() is called or the timeout
/// passes. The bench's main() drives its steps one after another with it, before any
/// QApplication::exec(), so it is the only loop running: nothing nests. Timings are taken in
/// the slots that call finish(), never when run() returns.
class StepLoop
{
public:
    void finish();
    /// True when finish() was called (before or during the run), false on timeout.
    bool run(std::chrono::milliseconds timeout);
    bool isFinished() const { return m_finished; }

private:
    QEventLoop m_loop;
    bool m_finished = false;
};

} // namespace fentu::bench
