#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateTimeEdit;

namespace fentu {

/// Picks a new scheduled date and time (local time shown) for the selected orders, or none
/// ("Unschedule"). Emits picked() with the UTC time (invalid: unschedule); open() it.
class ReschedulePicker : public QDialog
{
    Q_OBJECT
public:
    /// `initial` (UTC or invalid) is what the picker starts from.
    ReschedulePicker(const QDateTime &initial, const QString &what, QWidget *parent = nullptr);

    /// Sets the local date and time shown (tests, and callers that know better).
    void setLocalDateTime(const QDateTime &local);

signals:
    void picked(const QDateTime &utc);

private:
    QDateTimeEdit *m_edit;
    QCheckBox *m_unschedule;
};

} // namespace fentu
