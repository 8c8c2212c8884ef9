#include "errorbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fentu {

ErrorBar::ErrorBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_message(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)), m_action(new QPushButton(this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"errorBar"_s);
    m_message->setObjectName(u"errorMessage"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_action->setObjectName(u"errorActionButton"_s);
    m_dismiss->setObjectName(u"dismissButton"_s);

    // Its own light colours and dark text, so it reads the same on light and dark desktops;
    // the selector keeps the style sheet off the buttons.
    setStyleSheet(u"#errorBar { background: #fdecea; border: 1px solid #e8a29c; "
                  "border-radius: 4px; } #errorBar QLabel { color: #5f2120; }"_s);
    setAccessibleName(tr("Problem"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_message->setTextFormat(Qt::PlainText); // server text is never markup
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setAutoDefault(false);
    m_action->setAutoDefault(false);
    m_action->hide();
    m_dismiss->setAutoDefault(false);
    m_dismiss->setToolTip(tr("Hide this message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_boundAction && m_boundAction->isEnabled())
            m_boundAction->trigger();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBar::showMessage(const QString &message, bool canRetry)
{
    showMessage(message, canRetry, nullptr, QString());
}

void ErrorBar::showMessage(const QString &message, bool canRetry, QAction *action,
                           const QString &actionText)
{
    m_boundAction = action;
    m_action->setText(actionText);
    m_action->setVisible(action != nullptr);
    m_message->setText(message);
    m_retry->setVisible(canRetry);
    show();
}

QString ErrorBar::message() const
{
    return m_message->text();
}

} // namespace fentu
