#pragma once

#include "domain/workorder.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace fentu {

/// Which technicians' rows the board shows (a supervisor's team): a checklist of the board's
/// technicians with a box that narrows it by name, All and None. Space ticks the current one;
/// Down in the box goes to the list.
class BoardTechniciansDialog : public QDialog
{
    Q_OBJECT
public:
    /// `shown` empty: every technician ticked.
    BoardTechniciansDialog(const QList<Technician> &technicians, const QStringList &shown,
                     QWidget *parent = nullptr);

    /// The ids ticked; empty when every one is (so that the board also shows technicians added
    /// later).
    QStringList shownIds() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void narrow(const QString &text);
    void tickAll(bool ticked);
    void updateOk();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace fentu
