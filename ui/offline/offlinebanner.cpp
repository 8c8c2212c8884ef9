#include "offlinebanner.h"

#include "sync/switchingpagesource.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu {

OfflineBanner::OfflineBanner(SwitchingPageSource *source, QWidget *parent)
    : QFrame(parent), m_source(source), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_button(new QPushButton(this))
{
    setObjectName(u"offlineBanner"_s);
    m_text->setObjectName(u"offlineText"_s);
    m_button->setObjectName(u"offlineButton"_s);
    // A calm information colour, not the error bar's red: working offline is a normal state.
    setStyleSheet(u"#offlineBanner { background: #fff4d6; border: 1px solid #e0c066; "
                  "border-radius: 4px; } #offlineBanner QLabel { color: #4d3b00; }"_s);
    setAccessibleName(tr("Offline"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_button->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);

    m_tick.setInterval(1min);
    connect(&m_tick, &QTimer::timeout, this, &OfflineBanner::update);
    connect(m_button, &QPushButton::clicked, this, &OfflineBanner::onButton);
    connect(m_source, &SwitchingPageSource::stateChanged, this, &OfflineBanner::update);
    connect(m_source, &SwitchingPageSource::cachedAtChanged, this, &OfflineBanner::update);
    update();
}

QString OfflineBanner::text() const
{
    return m_text->text();
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
    if (text != m_text->text()) {
        m_text->setText(text);
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
