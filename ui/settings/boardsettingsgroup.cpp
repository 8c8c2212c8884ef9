#include "boardsettingsgroup.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
constexpr int kMinimumDayMinutes = 60; // a working day of less than an hour shows nothing useful
} // namespace

BoardSettingsGroup::BoardSettingsGroup(QWidget *parent)
    : QGroupBox(tr("Schedule board"), parent), m_workStart(new QTimeEdit(this)),
      m_workEnd(new QTimeEdit(this)), m_snap(new QSpinBox(this)), m_refresh(new QSpinBox(this)),
      m_defaultLength(new QSpinBox(this))
{
    setObjectName(u"boardSettings"_s);
    for (QTimeEdit *edit : {m_workStart, m_workEnd})
        edit->setDisplayFormat(u"HH:mm"_s);
    m_workStart->setObjectName(u"workStartEdit"_s);
    m_workStart->setAccessibleName(tr("Working hours from"));
    m_workEnd->setObjectName(u"workEndEdit"_s);
    m_workEnd->setAccessibleName(tr("Working hours until"));
    // The end stays after the start: an empty or reversed day is never stored.
    connect(m_workStart, &QTimeEdit::timeChanged, this, [this](QTime start) {
        m_workEnd->setMinimumTime(start.addSecs(kMinimumDayMinutes * 60));
    });

    m_snap->setObjectName(u"snapSpin"_s);
    m_snap->setRange(1, 120);
    m_snap->setSuffix(tr(" min"));
    m_snap->setAccessibleName(tr("A drag snaps to"));
    m_snap->setToolTip(tr("Dragging an order lands on multiples of this many minutes"));

    m_refresh->setObjectName(u"refreshSpin"_s);
    m_refresh->setRange(0, 3600);
    m_refresh->setSingleStep(15);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setSpecialValueText(tr("Never"));
    m_refresh->setAccessibleName(tr("Read the board again every"));
    m_refresh->setToolTip(tr("While online, the board reads its days again this often, so that "
                             "other dispatchers' changes show; never while offline"));

    m_defaultLength->setObjectName(u"defaultLengthSpin"_s);
    m_defaultLength->setRange(5, 24 * 60);
    m_defaultLength->setSingleStep(15);
    m_defaultLength->setSuffix(tr(" min"));
    m_defaultLength->setAccessibleName(tr("Orders without a duration last"));
    m_defaultLength->setToolTip(tr("How long an order without an estimated duration is drawn "
                                   "(faded, so it does not look like a promise)"));

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_workEnd);
    hours->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // numbers need no width
    auto *hoursLabel = new QLabel(tr("&Working hours:"), this);
    hoursLabel->setBuddy(m_workStart); // a row whose field is a layout gets no buddy by itself
    form->addRow(hoursLabel, hours);
    form->addRow(tr("Drag &snaps to:"), m_snap);
    form->addRow(tr("Read a&gain every:"), m_refresh);
    form->addRow(tr("Orders without a d&uration:"), m_defaultLength);
    setTabOrder(m_workStart, m_workEnd);
    setTabOrder(m_workEnd, m_snap);
    setTabOrder(m_snap, m_refresh);
    setTabOrder(m_refresh, m_defaultLength);
}

void BoardSettingsGroup::showPreferences(const BoardPreferences &preferences)
{
    m_workStart->setTime(preferences.workStart);
    m_workEnd->setTime(preferences.workEnd);
    m_snap->setValue(preferences.snapMinutes);
    m_refresh->setValue(preferences.refreshSeconds);
    m_defaultLength->setValue(preferences.defaultDurationMinutes);
}

BoardPreferences BoardSettingsGroup::applyTo(BoardPreferences preferences) const
{
    preferences.workStart = m_workStart->time();
    preferences.workEnd = m_workEnd->time();
    preferences.snapMinutes = m_snap->value();
    preferences.refreshSeconds = m_refresh->value();
    preferences.defaultDurationMinutes = m_defaultLength->value();
    return preferences;
}

} // namespace fentu
