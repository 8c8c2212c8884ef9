#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;

namespace fentu {

/// A slim, non-modal bar above the table that says what went wrong in plain words and offers
/// Retry and Dismiss. It never blocks the window: the rows already shown stay usable.
class ErrorBar : public QFrame
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
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_action; // the optional extra button; triggers m_boundAction
    QPointer<QAction> m_boundAction;
    QPushButton *m_dismiss;
};

} // namespace fentu
