#include "printchoicedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

PrintChoiceDialog::PrintChoiceDialog(const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent),
      m_sheets(new QRadioButton(tr("&Day sheets (one page per technician)"), this)),
      m_board(new QRadioButton(tr("The &board as shown"), this))
{
    setObjectName(u"printChoiceDialog"_s);
    setWindowTitle(title);
    m_sheets->setObjectName(u"printDaySheets"_s);
    m_board->setObjectName(u"printBoard"_s);
    m_sheets->setChecked(true);

    auto *sheetsNote = new QLabel(
        tr("Each technician's orders of each day shown, in time order, with the customer, "
           "address, contact, description, notes and tasks to tick."),
        this);
    auto *boardNote =
        new QLabel(tr("The rows and bars of the days shown, fitted to a landscape page."), this);
    for (QLabel *note : {sheetsNote, boardNote}) {
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        note->setIndent(24);
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sheets);
    layout->addWidget(sheetsNote);
    layout->addSpacing(6);
    layout->addWidget(m_board);
    layout->addWidget(boardNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

PrintChoiceDialog::Choice PrintChoiceDialog::choice() const
{
    return m_board->isChecked() ? Choice::Board : Choice::DaySheets;
}

void PrintChoiceDialog::setChoice(Choice choice)
{
    (choice == Choice::Board ? m_board : m_sheets)->setChecked(true);
}

} // namespace fentu
