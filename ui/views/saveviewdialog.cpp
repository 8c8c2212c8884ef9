#include "saveviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

constexpr int kMaxNameLength = 80; // as a view file allows

QString fixedDatesText(const WorkOrderFilter &filter)
{
    const QLocale locale;
    const auto day = [&locale](QDate date) { return locale.toString(date, QLocale::ShortFormat); };
    if (filter.fromDate.isValid() && filter.toDate.isValid())
        return SaveViewDialog::tr("These dates: %1 – %2")
            .arg(day(filter.fromDate), day(filter.toDate));
    if (filter.fromDate.isValid())
        return SaveViewDialog::tr("These dates: from %1").arg(day(filter.fromDate));
    return SaveViewDialog::tr("These dates: until %1").arg(day(filter.toDate));
}

} // namespace

SaveViewDialog::SaveViewDialog(Mode mode, const QString &name, const QStringList &taken,
                               const WorkOrderFilter &filter, QDate today, QWidget *parent)
    : QDialog(parent), m_taken(taken), m_name(new QLineEdit(name, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"saveViewDialog"_s);
    setWindowTitle(mode == Mode::Save ? tr("Save View") : tr("Rename View"));
    m_name->setObjectName(u"viewName"_s);
    m_name->setMaxLength(kMaxNameLength);
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_name->selectAll();
    m_problem->setObjectName(u"viewNameProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    if (mode == Mode::Save && (filter.fromDate.isValid() || filter.toDate.isValid())) {
        // Dates that match a rule today are offered as the rule, so that "Today" still means
        // today tomorrow; the dates as they are stay one choice away.
        m_dates = new QComboBox(this);
        m_dates->setObjectName(u"viewDates"_s);
        for (const DateRule matching : dateRulesOf(filter, today)) {
            m_dates->addItem(tr("%1, counted from the day it is shown").arg(dateRuleName(matching)),
                             int(matching));
        }
        m_dates->addItem(fixedDatesText(filter), int(DateRule::Fixed));
        form->addRow(tr("&Dates:"), m_dates);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Save ? tr("&Save") : tr("&Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::validate);
    validate();
}

QString SaveViewDialog::name() const
{
    return m_name->text().simplified();
}

DateRule SaveViewDialog::dateRule() const
{
    return m_dates ? DateRule(m_dates->currentData().toInt()) : DateRule::Fixed;
}

void SaveViewDialog::validate()
{
    QString problem;
    const QString wanted = name();
    if (wanted.isEmpty())
        problem = tr("A view needs a name.");
    else if (m_taken.contains(wanted, Qt::CaseInsensitive))
        problem = tr("There is a view of that name already.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !wanted.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fentu
