#include "syncprogress.h"

#include "sync/syncengine.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

SyncProgress::SyncProgress(SyncEngine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"syncStatus"_s);
    m_bar->setObjectName(u"syncProgress"_s);
    m_cancel->setObjectName(u"cancelSync"_s);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setTextVisible(true);
    // Wide enough for either step at 100,000 orders, and for the pause a server may ask for,
    // in the bar itself.
    const int widest = std::max(
        {fontMetrics().horizontalAdvance(
             tr("Step 1 of 2: orders %L1 of %L2").arg(100000).arg(100000)),
         fontMetrics().horizontalAdvance(
             tr("Step 2 of 2: details %L1 of %L2").arg(100000).arg(100000)),
         fontMetrics().horizontalAdvance(
             tr("Waiting for the server (rate limited), resuming in %n s", nullptr, 60))});
    m_bar->setMinimumWidth(widest + fontMetrics().averageCharWidth() * 4);
    m_bar->setMaximumHeight(fontMetrics().height() + 6);
    m_cancel->setToolTip(tr("Stop the sync; the orders already cached stay"));
    m_cancel->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_engine, &SyncEngine::started, this, &SyncProgress::onStarted);
    connect(m_engine, &SyncEngine::progress, this, &SyncProgress::onProgress);
    connect(m_engine, &SyncEngine::detailProgress, this, &SyncProgress::onDetailProgress);
    connect(m_engine, &SyncEngine::waiting, this, &SyncProgress::onWaiting);
    connect(m_engine, &SyncEngine::finished, this, [this] {
        m_countdown.stop();
        hide();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft <= 0)
            m_countdown.stop();
        showWaiting();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false); // finished() follows once the cache is consistent
        m_bar->setFormat(tr("Cancelling…"));
        m_engine->cancel();
    });
    setVisible(m_engine->isRunning());
}

QString SyncProgress::text() const
{
    return m_bar->text();
}

void SyncProgress::onStarted()
{
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0); // the total is known with the first page
    m_bar->setFormat(tr("Starting sync…"));
    show();
}

void SyncProgress::onWaiting(int seconds)
{
    if (!m_cancel->isEnabled())
        return; // keep saying "Cancelling…"
    m_secondsLeft = seconds;
    m_countdown.start();
    showWaiting();
}

void SyncProgress::showWaiting()
{
    if (!m_cancel->isEnabled())
        return;
    const QString text =
        m_secondsLeft > 0
            ? tr("Waiting for the server (rate limited), resuming in %n s", nullptr, m_secondsLeft)
            : tr("Resuming…");
    m_bar->setFormat(text);
    m_bar->setToolTip(text);
}

void SyncProgress::onProgress(int done, int total)
{
    if (!m_cancel->isEnabled())
        return; // keep saying "Cancelling…"
    if (m_countdown.isActive())
        return; // pages that came before the pause: the pause is the news
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(qMin(done, qMax(total, 1)));
    m_bar->setFormat(m_engine->fetchesDetails()
                         ? tr("Step 1 of 2: orders %L1 of %L2").arg(done).arg(total)
                         : tr("Syncing %L1 of %L2 orders").arg(done).arg(total));
}

void SyncProgress::onDetailProgress(int done, int total)
{
    if (!m_cancel->isEnabled() || m_countdown.isActive())
        return;
    // The second phase, on the same bar: the lists are in, the details follow.
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(qMin(done, qMax(total, 1)));
    m_bar->setFormat(tr("Step 2 of 2: details %L1 of %L2").arg(done).arg(total));
}

} // namespace fentu
