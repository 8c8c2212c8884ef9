#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace fentu {

/// The slim bar above the table that the error bar and the offline banner both are: an icon,
/// a plain-text message (server text is never markup) that wraps and can be selected, and the
/// owner's buttons on the right. Its own light colours and dark text, so it reads the same on
/// light and dark desktops.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information, // a calm colour: working offline is a normal state
        Problem      // something went wrong and the user may act on it
    };

    /// `name` is the bar's objectName, `textName` its message label's (tests find them).
    MessageBar(Kind kind, const QString &name, const QString &textName, QWidget *parent = nullptr);

    QString text() const;

protected:
    void setText(const QString &text);
    /// Appends a button (not a default button: Return stays with the table).
    QPushButton *addButton(const QString &objectName, const QString &text = QString());

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_layout;
};

} // namespace fentu
