#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace fentu::bench {

/// A timer ticking every 5 ms on the GUI thread: the longest gap between two ticks is the
/// longest time the thread could not handle an event (a click, a repaint).
class StallProbe : public QObject
{
    Q_OBJECT
public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();

    double maxGapMs() const { return m_maxGapNs / 1e6; }
    /// Ticks seen, and gaps longer than one 60 Hz frame.
    int ticks() const { return m_ticks; }
    int gapsOverFrame() const { return m_gapsOverFrame; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
    int m_gapsOverFrame = 0;
};

} // namespace fentu::bench
