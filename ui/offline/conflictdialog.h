#pragma once

#include "domain/workorderpatch.h"
#include "sync/conflict.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace fentu {

/// Shows an edit that collided with someone else's change, field by field ("Field | Yours |
/// On the server", the fields changed on the server highlighted and marked), and lets the user
/// keep theirs, take the server's, or edit the fields in question. Used for a replayed outbox
/// entry (OutboxReplayer::conflictDetected) and for an online update (WriteResult::Conflict).
/// Show it with open(); it never decides on its own.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const Conflict &conflict, QWidget *parent = nullptr);

    const Conflict &conflict() const { return m_conflict; }

signals:
    /// The user decided. `patch` is the edited patch for Choice::Edit (the whole edit, with
    /// the fields in question as the user set them), empty otherwise. The dialog then closes.
    void chosen(fentu::Conflict::Choice choice, const fentu::WorkOrderPatch &patch);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createComparePage();
    /// The table as tall as its rows (up to a limit), so the dialog has no empty space.
    void fitTable();
    QWidget *createEditPage();
    void fillTable();
    void choose(Conflict::Choice choice);
    WorkOrderPatch editedPatch() const;

    Conflict m_conflict;
    QStackedWidget *m_pages;
    QTableWidget *m_table;
    QLabel *m_intro;
    QList<QComboBox *> m_editors; // one per field of m_conflict.fields, in that order
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace fentu
