#pragma once

#include "settings/boardpreferences.h"

#include <QGroupBox>

class QSpinBox;
class QTimeEdit;

namespace fentu {

/// Settings ▸ Schedule board: the working hours a day shows and is measured against, the step
/// a drag snaps to, how often the board re-reads its days while online, and how long an order
/// without a duration is drawn.
class BoardSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit BoardSettingsGroup(QWidget *parent = nullptr);

    /// Shows `preferences` in the fields.
    void showPreferences(const BoardPreferences &preferences);
    /// `preferences` with the fields' values (the rest of it kept).
    BoardPreferences applyTo(BoardPreferences preferences) const;

private:
    QTimeEdit *m_workStart;
    QTimeEdit *m_workEnd;
    QSpinBox *m_snap;
    QSpinBox *m_refresh;
    QSpinBox *m_defaultLength;
};

} // namespace fentu
