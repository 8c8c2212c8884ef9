#include "offlinesettingsgroup.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace fentu {

OfflineSettingsGroup::OfflineSettingsGroup(QWidget *parent)
    : QGroupBox(tr("Offline"), parent), m_mode(new QComboBox(this)), m_daysBack(new QSpinBox(this)),
      m_daysAhead(new QSpinBox(this)), m_rateLimitWait(new QSpinBox(this))
{
    setObjectName(u"offlineSettings"_s);
    m_mode->setObjectName(u"detailModeCombo"_s);
    m_mode->addItem(tr("Automatic: every order under %1, else the days below")
                        .arg(QLocale().toString(DetailScope::AutomaticAllBelow)),
                    int(DetailScope::Mode::Automatic));
    m_mode->addItem(tr("Every order"), int(DetailScope::Mode::All));
    m_mode->addItem(tr("Orders scheduled within the days below"), int(DetailScope::Mode::Window));
    m_mode->setToolTip(tr("A sync fetches the details (description, notes, contact and phone, "
                          "tasks) of these orders, so that they are complete offline. Orders "
                          "without a date are always included."));
    for (QSpinBox *days : {m_daysBack, m_daysAhead}) {
        days->setRange(0, DetailScope::MaxDays);
        days->setSuffix(tr(" days"));
    }
    m_daysBack->setObjectName(u"detailDaysBack"_s);
    m_daysAhead->setObjectName(u"detailDaysAhead"_s);
    m_daysBack->setAccessibleName(tr("Days back"));
    m_daysAhead->setAccessibleName(tr("Days ahead"));

    auto *days = new QHBoxLayout;
    days->setContentsMargins(0, 0, 0, 0);
    days->addWidget(m_daysBack);
    days->addWidget(new QLabel(tr("back to"), this));
    days->addWidget(m_daysAhead);
    days->addWidget(new QLabel(tr("ahead"), this));
    days->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Details kept:"), m_mode);
    auto *daysLabel = new QLabel(tr("Da&ys:"), this);
    daysLabel->setBuddy(m_daysBack);
    form->addRow(daysLabel, days);
    m_rateLimitWait->setObjectName(u"rateLimitWait"_s);
    m_rateLimitWait->setRange(AppSettings::MinRateLimitWaitMinutes,
                              AppSettings::MaxRateLimitWaitMinutes);
    m_rateLimitWait->setSuffix(tr(" min"));
    m_rateLimitWait->setToolTip(
        tr("When the server asks a sync to slow down (rate limiting), the sync waits as long as "
           "it asks, up to this long in all, and then gives up. The cached orders stay."));
    auto *wait = new QHBoxLayout; // as narrow as the day boxes above, not the whole row
    wait->setContentsMargins(0, 0, 0, 0);
    wait->addWidget(m_rateLimitWait);
    wait->addStretch(1);
    auto *waitLabel = new QLabel(tr("Wait for a &busy server up to:"), this);
    waitLabel->setBuddy(m_rateLimitWait);
    form->addRow(waitLabel, wait);
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            &OfflineSettingsGroup::updateDaysEnabled);
    showScope(DetailScope());
    showRateLimitWait(AppSettings::DefaultRateLimitWaitMinutes);
}

void OfflineSettingsGroup::showScope(const DetailScope &scope)
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(scope.mode))));
    m_daysBack->setValue(scope.daysBack);
    m_daysAhead->setValue(scope.daysAhead);
    updateDaysEnabled();
}

void OfflineSettingsGroup::showRateLimitWait(int minutes)
{
    m_rateLimitWait->setValue(minutes);
}

int OfflineSettingsGroup::rateLimitWaitMinutes() const
{
    return m_rateLimitWait->value();
}

DetailScope OfflineSettingsGroup::scope() const
{
    DetailScope scope;
    scope.mode = DetailScope::Mode(m_mode->currentData().toInt());
    scope.daysBack = m_daysBack->value();
    scope.daysAhead = m_daysAhead->value();
    return scope;
}

void OfflineSettingsGroup::updateDaysEnabled()
{
    const bool usesDays =
        DetailScope::Mode(m_mode->currentData().toInt()) != DetailScope::Mode::All;
    m_daysBack->setEnabled(usesDays);
    m_daysAhead->setEnabled(usesDays);
}

} // namespace fentu
