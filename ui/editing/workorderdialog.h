#pragma once

#include "sync/writeresult.h"
#include "workorderform.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

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

    /// Saves somewhere else than OrderWriter: `body` is the POST body of a create, or the PUT
    /// body of the changed fields of an edit (possibly empty: "send it as it is"); `done` is
    /// answered as OrderWriter would (Needs attention amends a refused outbox entry this way).
    using Sender =
        std::function<void(const QJsonObject &body, std::function<void(WriteResult)> done)>;
    void setSender(Sender sender) { m_sender = std::move(sender); }
    /// Shows why the server refused this change earlier: each of `details` under its field (or
    /// with the other messages, for a field the form lacks), and `reason` above the buttons.
    void showEarlierRefusal(const QString &reason, const QList<FieldError> &details);

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
    void send();
    /// The base values of `patch`: the fields as m_seen shows them, the unknown ones left out.
    QJsonObject baseOf(const WorkOrderPatch &patch) const;
    void writeFinished(const WriteResult &result);
    void showRefusal(const WriteResult &result);
    /// Shows each detail under its field (the first one focused); those the form lacks are
    /// returned as "Label: message" lines.
    QStringList markFields(const QList<FieldError> &details);
    void showConflict(const Conflict &conflict);
    void conflictChosen(Conflict::Choice choice, const WorkOrderPatch &edited);
    void setSaving(bool saving);
    void showDialogError(const QString &message);

    OrderWriter *m_writer;
    Sender m_sender;
    WorkOrderForm *m_form;
    Conflict m_conflict; // the last conflict shown (ConflictDialog)
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QString m_saveText;
    WorkOrder m_seen; // the order as the user saw it: the base values of the edit
    bool m_saving = false;
};

} // namespace fentu
