#include "steploop.h"

#include <QTimer>

namespace fentu::bench {

void StepLoop::finish()
{
    m_finished = true;
    m_loop.quit();
}

bool StepLoop::run(std::chrono::milliseconds timeout)
{
    if (m_finished)
        return true;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    deadline.start(timeout);
    m_loop.exec();
    return m_finished;
}

} // namespace fentu::bench
