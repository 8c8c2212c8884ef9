#include "reschedulepicker.h"

#include "servertext.h"
#include "workorderform.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

ReschedulePicker::ReschedulePicker(const QDateTime &initial, const QString &what, QWidget *parent)
    : QDialog(parent), m_edit(new QDateTimeEdit(this)),
      m_unschedule(new QCheckBox(tr("&Unschedule (no date)"), this))
{
    setObjectName(u"reschedulePicker"_s);
    setWindowTitle(tr("Reschedule"));
    m_edit->setObjectName(u"rescheduleEdit"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDisplayFormat(WorkOrderForm::minutesFormat());
    const QDateTime now = QDateTime::currentDateTime();
    m_edit->setDateTime(initial.isValid()
                            ? initial.toLocalTime()
                            : QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    m_unschedule->setObjectName(u"unscheduleCheck"_s);
    connect(m_unschedule, &QCheckBox::toggled, m_edit, &QWidget::setDisabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reschedule"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"rescheduleButton"_s);
    QLabel *label = plainTextLabel(what, this); // names the orders and their customers
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_unschedule);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QDateTime local = m_edit->dateTime();
        emit picked(m_unschedule->isChecked()
                        ? QDateTime()
                        : QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()))
                              .toUTC());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReschedulePicker::setLocalDateTime(const QDateTime &local)
{
    m_edit->setDateTime(local);
}

} // namespace fentu
