#include "workorderdialog.h"

#include "colourscheme.h"
#include "markcolours.h"
#include "servertext.h"

#include "conflictdialog.h"

#include "domain/codec.h"
#include "sync/orderfields.h"
#include "sync/orderwriter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

WorkOrderDialog::WorkOrderDialog(OrderWriter *writer, OrderLookups *lookups, QWidget *parent)
    : QDialog(parent), m_writer(writer),
      m_form(new WorkOrderForm(WorkOrderForm::Mode::Create, lookups, this))
{
    setWindowTitle(tr("New Work Order"));
    build();
}

WorkOrderDialog::WorkOrderDialog(const WorkOrder &order, OrderWriter *writer, OrderLookups *lookups,
                                 QWidget *parent)
    : QDialog(parent), m_writer(writer),
      m_form(new WorkOrderForm(WorkOrderForm::Mode::Edit, lookups, this))
{
    setWindowTitle(tr("Edit %1").arg(order.number.isEmpty() ? order.id : order.number));
    m_form->setOrder(order);
    m_seen = order;
    build();
}

void WorkOrderDialog::build()
{
    Q_ASSERT(m_writer);
    setObjectName(u"workOrderDialog"_s);
    setModal(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"dialogError"_s);
    m_error->setWordWrap(true);
    makePlainText(m_error);
    m_error->setStyleSheet( // the palette's problem red, readable light and dark
        u"color: %1;"_s.arg(markColours(colourSchemeOf(m_error->palette())).problemText.name()));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_saveText = m_form->mode() == WorkOrderForm::Mode::Create ? tr("&Create") : tr("Sa&ve");
    m_save->setText(m_saveText);
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkOrderDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
    m_form->loadLookups();
}

void WorkOrderDialog::submit()
{
    if (m_saving)
        return;
    m_form->clearErrors();
    m_error->hide();
    send();
}

QJsonObject WorkOrderDialog::baseOf(const WorkOrderPatch &patch) const
{
    QJsonObject base = OrderWriter::seenValues(m_seen, true, patch);
    for (const QString &field : m_form->unknownFields())
        base.remove(field);
    return base;
}

void WorkOrderDialog::send()
{
    QList<FieldProblem> problems;
    auto done = [this](WriteResult result) { writeFinished(result); };
    if (m_form->mode() == WorkOrderForm::Mode::Create) {
        const NewWorkOrder order = m_form->newOrder(&problems);
        if (problems.isEmpty()) {
            setSaving(true);
            if (m_sender)
                m_sender(codec::encode(order), done);
            else
                m_writer->create(order, this, done);
        }
    } else {
        const WorkOrderPatch patch = m_form->changes(&problems);
        // Another sender may still have something to send (a refused change as it is).
        if (problems.isEmpty() && patch.isEmpty() && !m_sender) {
            accept(); // nothing changed: nothing to send
            return;
        }
        if (problems.isEmpty()) {
            setSaving(true);
            if (m_sender)
                m_sender(patch.toJson(), done);
            else
                m_writer->update(m_form->original().id, patch, baseOf(patch), this, done);
        }
    }
    for (const FieldProblem &problem : std::as_const(problems))
        m_form->showFieldError(problem.field, problem.message);
    if (!problems.isEmpty())
        m_form->focusField(problems.first().field);
}

void WorkOrderDialog::writeFinished(const WriteResult &result)
{
    setSaving(false);
    switch (result.outcome) {
    case WriteResult::Outcome::Sent:
    case WriteResult::Outcome::Queued:
        emit saved(result);
        accept();
        return;
    case WriteResult::Outcome::Conflict:
        showDialogError(result.message());
        if (result.conflict)
            showConflict(*result.conflict);
        return;
    case WriteResult::Outcome::Refused:
        showRefusal(result);
        return;
    case WriteResult::Outcome::Failed:
        showDialogError(result.message());
        return;
    }
}

void WorkOrderDialog::showRefusal(const WriteResult &result)
{
    const ApiError &error = result.apiError;
    const QStringList elsewhere = markFields(error.details());
    if (error.details().isEmpty() || !elsewhere.isEmpty()) {
        QString message = error.details().isEmpty() ? result.message() : QString();
        if (!elsewhere.isEmpty())
            message = (message.isEmpty() ? QString() : message + u'\n') + elsewhere.join(u'\n');
        showDialogError(message);
    } else {
        showDialogError(tr("The server refused the work order; see the marked fields."));
    }
}

QStringList WorkOrderDialog::markFields(const QList<FieldError> &details)
{
    QStringList elsewhere;
    QString firstField;
    for (const FieldError &detail : details) {
        if (m_form->showFieldError(detail.field, detail.message)) {
            if (firstField.isEmpty())
                firstField = detail.field;
        } else {
            // A field the form does not show still gets its name and the server's words.
            elsewhere.append(tr("%1: %2").arg(OrderFields::label(detail.field), detail.message));
        }
    }
    if (!firstField.isEmpty())
        m_form->focusField(firstField);
    return elsewhere;
}

void WorkOrderDialog::showEarlierRefusal(const QString &reason, const QList<FieldError> &details)
{
    m_form->clearErrors();
    const QStringList elsewhere = markFields(details);
    // The reason of a 422 already lists its details: when the fields show them all, a short
    // pointer to them is enough.
    if (!details.isEmpty() && elsewhere.isEmpty())
        showDialogError(tr("The server refused this change; see the marked fields."));
    else
        showDialogError(QStringList{reason, elsewhere.join(u'\n')}.join(u'\n').trimmed());
}

void WorkOrderDialog::showConflict(const Conflict &conflict)
{
    m_conflict = conflict;
    auto *dialog = new ConflictDialog(conflict, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::chosen, this, &WorkOrderDialog::conflictChosen);
    dialog->open();
}

void WorkOrderDialog::conflictChosen(Conflict::Choice choice, const WorkOrderPatch &edited)
{
    const Conflict conflict = m_conflict;
    // Whatever the choice, a next save starts from the server's current version.
    m_seen = conflict.theirs;
    auto done = [this](WriteResult result) { writeFinished(result); };
    switch (choice) {
    case Conflict::Choice::TakeTheirs:
        // The change is given up and the server's version replaces the form (the user asked
        // for it); editing goes on from there.
        m_writer->resolve(conflict, choice, {}, this, [](WriteResult) {});
        m_form->setOrder(conflict.theirs);
        showDialogError(tr("The form now shows the server's version."));
        return;
    case Conflict::Choice::KeepMine:
    case Conflict::Choice::Edit:
        m_error->hide();
        setSaving(true);
        m_writer->resolve(conflict, choice, edited, this, done);
        return;
    }
}

void WorkOrderDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void WorkOrderDialog::setSaving(bool saving)
{
    m_saving = saving;
    // The fields stay as typed (read-only, not cleared) while the edit is on its way.
    m_form->setEnabled(!saving);
    m_buttons->setEnabled(!saving);
    m_save->setText(saving ? tr("Saving…") : m_saveText);
}

void WorkOrderDialog::showDialogError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace fentu
