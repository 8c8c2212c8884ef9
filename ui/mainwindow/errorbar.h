#pragma once

#include "messagebar.h"

#include <QPointer>

class QAction;
class QPushButton;

namespace fentu {

/// A slim, non-modal bar above the table that says what went wrong in plain words and offers
/// Retry and Dismiss. It never blocks the window: the rows already shown stay usable.
class ErrorBar : public MessageBar
{
    Q_OBJECT
public:
    explicit ErrorBar(QWidget *parent = nullptr);

    /// Shows `message`; `canRetry` false hides Retry (for problems a retry cannot fix).
    void showMessage(const QString &message, bool canRetry = true);
    /// Also offers a button labelled `actionText` that triggers `action` (e.g. "Open
    /// Settings" when the key was refused); the button goes with the next message.
    void showMessage(const QString &message, bool canRetry, QAction *action,
                     const QString &actionText);
    QString message() const { return text(); }

signals:
    void retryRequested();

private:
    // In the order of the bar, left to right.
    QPushButton *m_action; // the optional extra button; triggers m_boundAction
    QPushButton *m_retry;
    QPushButton *m_dismiss;
    QPointer<QAction> m_boundAction;
};

} // namespace fentu
