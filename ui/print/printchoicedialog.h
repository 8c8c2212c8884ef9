#pragma once

#include <QDialog>

class QRadioButton;

namespace fentu {

/// What to print of the board: the day sheets, a page per technician and day, or the board
/// as it is shown. Open it with open(); choice() is read once it is accepted.
class PrintChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        DaySheets,
        Board,
    };

    /// `okText` names what happens next ("Preview…", "Export…").
    PrintChoiceDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);

private:
    QRadioButton *m_sheets;
    QRadioButton *m_board;
};

} // namespace fentu
