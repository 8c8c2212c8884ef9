#pragma once

#include "domain/detailscope.h"

#include <QGroupBox>

class QComboBox;
class QSpinBox;

namespace fentu {

/// Settings ▸ Offline: which orders a sync keeps complete (description, notes, contact and
/// phone, tasks) for working without the server: automatically all of a tenant under 20,000
/// orders and otherwise a window of scheduled days, always all, or always the window; and how
/// long a sync waits for a server that rate-limits it.
class OfflineSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit OfflineSettingsGroup(QWidget *parent = nullptr);

    void showScope(const DetailScope &scope);
    DetailScope scope() const;
    /// How long a sync waits, in all, for a server that asks it to slow down (AppSettings).
    void showRateLimitWait(int minutes);
    int rateLimitWaitMinutes() const;

private:
    void updateDaysEnabled();

    QComboBox *m_mode;
    QSpinBox *m_daysBack;
    QSpinBox *m_daysAhead;
    QSpinBox *m_rateLimitWait;
};

} // namespace fentu
