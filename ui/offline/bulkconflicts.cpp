#include "bulkconflicts.h"

#include "conflictdialog.h"

#include "sync/orderwriter.h"

using namespace Qt::StringLiterals;

namespace fentu {

BulkConflicts::BulkConflicts(const QList<Conflict> &conflicts, OrderWriter *writer, QWidget *window)
    : QObject(window), m_left(conflicts), m_writer(writer), m_window(window)
{}

void BulkConflicts::start()
{
    next();
}

void BulkConflicts::next()
{
    if (m_left.isEmpty() || !m_writer) {
        emit message(tr("%n conflict(s) decided", nullptr, m_decided));
        deleteLater();
        return;
    }
    const Conflict conflict = m_left.takeFirst();
    auto *dialog = new ConflictDialog(conflict, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::chosen, this,
            [this, conflict](Conflict::Choice choice, const WorkOrderPatch &edited) {
                chosen(conflict, choice, edited);
            });
    connect(dialog, &QDialog::rejected, this, &BulkConflicts::stop);
    dialog->open();
}

void BulkConflicts::chosen(const Conflict &conflict, Conflict::Choice choice,
                           const WorkOrderPatch &edited)
{
    ++m_decided;
    if (!m_writer) {
        next();
        return;
    }
    m_writer->resolve(conflict, choice, edited, this, [this, conflict](const WriteResult &result) {
        if (result.outcome == WriteResult::Outcome::Conflict && result.conflict) {
            m_left.prepend(*result.conflict); // changed again: ask again
            --m_decided;
        } else if (!result.isSaved()) {
            const QString number =
                conflict.theirs.number.isEmpty() ? conflict.orderId : conflict.theirs.number;
            emit message(tr("%1 was not changed: %2").arg(number, result.message()));
        }
        next();
    });
}

void BulkConflicts::stop()
{
    // The one whose dialog was closed counts as left too.
    emit message(tr("%n conflict(s) left undecided; those orders keep the server's version",
                    nullptr, int(m_left.size()) + 1));
    deleteLater();
}

} // namespace fentu
