#pragma once

#include "views/daterule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fentu {

/// Save View As… and Rename View…: the name and, when saving, how the dates are kept (the
/// rule today's dates match, offered first; or the dates as they are).
class SaveViewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Save,
        Rename,
    };
    /// `taken`: the names of the other views (a name is used once). `filter`: the window's,
    /// for the dates choice (Save only).
    SaveViewDialog(Mode mode, const QString &name, const QStringList &taken,
                   const WorkOrderFilter &filter, QDate today, QWidget *parent = nullptr);

    QString name() const;
    DateRule dateRule() const;

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QComboBox *m_dates = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fentu
