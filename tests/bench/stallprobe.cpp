#include "stallprobe.h"

#include <algorithm>

namespace fentu::bench {

namespace {

constexpr int kIntervalMs = 5;
constexpr qint64 kFrameNs = 16'667'000;

} // namespace

StallProbe::StallProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_ticks = 0;
    m_gapsOverFrame = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    tick(); // the stretch since the last tick counts too
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    m_lastNs = now;
    ++m_ticks;
    m_maxGapNs = std::max(m_maxGapNs, gap);
    if (gap > kFrameNs)
        ++m_gapsOverFrame;
}

} // namespace fentu::bench
