#include "errorbar.h"

#include <QAction>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fentu {

ErrorBar::ErrorBar(QWidget *parent)
    : MessageBar(Kind::Problem, u"errorBar"_s, u"errorMessage"_s, parent),
      m_action(addButton(u"errorActionButton"_s)),
      m_retry(addButton(u"retryButton"_s, tr("&Retry"))),
      m_dismiss(addButton(u"dismissButton"_s, tr("Dismiss")))
{
    setAccessibleName(tr("Problem"));
    m_action->hide();
    m_dismiss->setToolTip(tr("Hide this message"));

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
    setText(message);
    m_retry->setVisible(canRetry);
    show();
}

} // namespace fentu
