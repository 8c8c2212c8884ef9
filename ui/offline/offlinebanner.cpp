#include "offlinebanner.h"

#include "pages/switchingpagesource.h"

#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu {

OfflineBanner::OfflineBanner(SwitchingPageSource *source, QWidget *parent)
    : MessageBar(Kind::Information, u"offlineBanner"_s, u"offlineText"_s, parent), m_source(source),
      m_button(addButton(u"offlineButton"_s))
{
    setAccessibleName(tr("Offline"));

    m_tick.setInterval(1min);
    connect(&m_tick, &QTimer::timeout, this, &OfflineBanner::update);
    connect(m_button, &QPushButton::clicked, this, &OfflineBanner::onButton);
    connect(m_source, &SwitchingPageSource::stateChanged, this, &OfflineBanner::update);
    connect(m_source, &SwitchingPageSource::cachedAtChanged, this, &OfflineBanner::update);
    update();
}

void OfflineBanner::update()
{
    const bool offline = !m_source->isOnline();
    setVisible(offline);
    if (!offline) {
        m_tick.stop();
        return;
    }
    const QString text = m_source->bannerText();
    if (text != this->text()) {
        setText(text);
        emit textChanged(text);
    }
    const bool forced = m_source->state() == SwitchingPageSource::State::OfflineForced;
    m_button->setText(forced ? tr("&Go Online") : tr("Try A&gain"));
    m_button->setToolTip(forced ? tr("Stop working offline and load from the server")
                                : tr("Check now whether the server can be reached"));
    if (!m_tick.isActive())
        m_tick.start();
}

void OfflineBanner::onButton()
{
    if (m_source->state() == SwitchingPageSource::State::OfflineForced)
        emit goOnlineRequested();
    else
        m_source->monitor()->probeNow();
}

} // namespace fentu
