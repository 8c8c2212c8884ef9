#pragma once

#include "sync/writeresult.h"
#include "workorderform.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace fentu {

class OrderLookups;
class OrderWriter;

/// Creates or edits one work order. Checks the form before sending, saves through
/// OrderWriter without blocking ("Saving…", buttons off), and closes only once the edit is
/// saved (sent, or queued offline). A refusal leaves everything typed in place: each 422
/// detail under its field, anything else above the buttons ("dialogError"), a conflict in a
/// ConflictDialog over this one (both versions; keep mine, take theirs or edit). Open it with
/// open().
class WorkOrderDialog : public QDialog
{
    Q_OBJECT
public:
    /// A create dialog. Neither pointer is owned; `writer` is required.
    WorkOrderDialog(OrderWriter *writer, OrderLookups *lookups, QWidget *parent = nullptr);
    /// An edit dialog for `order` (the whole order, as GET answers it).
    WorkOrderDialog(const WorkOrder &order, OrderWriter *writer, OrderLookups *lookups,
                    QWidget *parent = nullptr);

    WorkOrderForm *form() const { return m_form; }
    bool isSaving() const { return m_saving; }
    /// Ignored while saving: the answer is on its way and must reach this form.
    void reject() override;

signals:
    /// The edit is saved (Sent or Queued); the dialog closes right after.
    void saved(const fentu::WriteResult &result);

private:
    void build();
    void submit();
    void send(const QDateTime &base);
    void writeFinished(const WriteResult &result);
    void showRefusal(const WriteResult &result);
    void showConflict(const Conflict &conflict);
    void conflictChosen(Conflict::Choice choice, const WorkOrderPatch &edited);
    void setSaving(bool saving);
    void showDialogError(const QString &message);

    OrderWriter *m_writer;
    WorkOrderForm *m_form;
    Conflict m_conflict; // the last conflict shown (ConflictDialog)
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QString m_saveText;
    QDateTime m_base; // the version the edit starts from; moves on after "keep mine"
    bool m_saving = false;
};

} // namespace fentu
