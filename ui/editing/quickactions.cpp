#include "quickactions.h"

#include "bulkconflicts.h"

#include "reschedulepicker.h"
#include "servertext.h"
#include "technicianpicker.h"

#include "domain/workorderpatch.h"
#include "sync/bulkwriter.h"
#include "sync/orderwriter.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString labelOf(const WorkOrderSummary &order)
{
    const QString number = order.number.isEmpty() ? order.id : order.number;
    return order.customer.name.isEmpty() ? number : u"%1 (%2)"_s.arg(number, order.customer.name);
}

QList<BulkWriter::Item> itemsOf(const QList<WorkOrderSummary> &orders)
{
    QList<BulkWriter::Item> items;
    for (const WorkOrderSummary &order : orders)
        items.append({order.id, labelOf(order), order});
    return items;
}

// The report lists at most this many failures in its text; all are in "Show Details".
constexpr int kListedFailures = 12;

} // namespace

QuickActions::QuickActions(QWidget *window, OrderWriter *writer, OrderLookups *lookups,
                           Selection selection, QAction *deleteAction)
    : QObject(window), m_window(window), m_writer(writer), m_lookups(lookups),
      m_selection(std::move(selection)), m_bulk(new BulkWriter(writer, this)),
      m_statusMenu(new QMenu(tr("Set &Status"), window)),
      m_assign(new QAction(tr("&Assign Technician…"), window)),
      m_reschedule(new QAction(tr("&Reschedule…"), window)), m_delete(deleteAction)
{
    m_statusMenu->setObjectName(u"setStatusMenu"_s);
    m_statusMenu->menuAction()->setObjectName(u"actionSetStatus"_s);
    m_statusMenu->menuAction()->setStatusTip(tr("Change the status of the selected work orders"));
    for (Status status : kAllStatuses) {
        QAction *action = m_statusMenu->addAction(statusDisplayName(status));
        action->setObjectName(u"actionSetStatus_"_s + statusToApi(status));
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
    }
    m_assign->setObjectName(u"actionAssignTechnician"_s);
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_assign->setStatusTip(tr("Assign, reassign or unassign the selected work orders"));
    m_reschedule->setObjectName(u"actionReschedule"_s);
    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_reschedule->setStatusTip(tr("Move the selected work orders to another date and time"));
    window->addAction(m_assign);
    window->addAction(m_reschedule);
    connect(m_assign, &QAction::triggered, this, &QuickActions::assignTechnician);
    connect(m_reschedule, &QAction::triggered, this, &QuickActions::reschedule);
    if (m_delete) {
        m_delete->setText(tr("&Delete…"));
        m_delete->setStatusTip(tr("Move the selected work orders to the trash"));
        connect(m_delete, &QAction::triggered, this, &QuickActions::deleteSelected);
    }
    connect(m_bulk, &BulkWriter::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            m_progress->setLabelText(
                tr("%1… (%2 of %3)").arg(m_running, QString::number(done), QString::number(total)));
        }
    });
    connect(m_bulk, &BulkWriter::finished, this, &QuickActions::finished);
    setSelectedCount(0);
}

QAction *QuickActions::statusMenuAction() const
{
    return m_statusMenu->menuAction();
}

QList<QAction *> QuickActions::selectionActions() const
{
    QList<QAction *> actions{statusMenuAction(), m_assign, m_reschedule};
    if (m_delete)
        actions.append(m_delete);
    return actions;
}

void QuickActions::setSelectedCount(int count)
{
    m_selected = count;
    const bool enabled = count > 0 && !m_bulk->isRunning();
    for (QAction *action : selectionActions())
        action->setEnabled(enabled);
}

QString QuickActions::describe(const QList<WorkOrderSummary> &orders) const
{
    return orders.size() == 1 ? labelOf(orders.first())
                              : tr("%n work orders", nullptr, int(orders.size()));
}

void QuickActions::setStatus(Status status)
{
    const QList<WorkOrderSummary> orders = m_selection();
    if (orders.isEmpty())
        return;
    WorkOrderPatch patch;
    patch.setStatus(status);
    runUpdate(orders, patch,
              tr("Setting %1 to “%2”").arg(describe(orders), statusDisplayName(status)));
}

void QuickActions::assignTechnician()
{
    const QList<WorkOrderSummary> orders = m_selection();
    if (orders.isEmpty() || m_bulk->isRunning())
        return;
    auto *picker =
        new TechnicianPicker(m_lookups, tr("Technician for %1:").arg(describe(orders)), m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    if (orders.size() == 1 && orders.first().technician)
        connect(picker, &TechnicianPicker::loaded, picker,
                [picker, id = orders.first().technician->id] { picker->selectId(id); });
    connect(picker, &TechnicianPicker::picked, this,
            [this, orders](const QString &id, const QString &name) {
                WorkOrderPatch patch;
                patch.setTechnicianId(id);
                runUpdate(orders, patch,
                          id.isEmpty() ? tr("Unassigning %1").arg(describe(orders))
                                       : tr("Assigning %1 to %2").arg(describe(orders), name));
            });
    picker->open();
}

void QuickActions::reschedule()
{
    const QList<WorkOrderSummary> orders = m_selection();
    if (orders.isEmpty() || m_bulk->isRunning())
        return;
    auto *picker =
        new ReschedulePicker(orders.first().scheduledDate,
                             tr("New date and time for %1:").arg(describe(orders)), m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ReschedulePicker::picked, this, [this, orders](const QDateTime &utc) {
        WorkOrderPatch patch;
        patch.setScheduledDate(utc);
        runUpdate(orders, patch, tr("Rescheduling %1").arg(describe(orders)));
    });
    picker->open();
}

void QuickActions::deleteSelected()
{
    const QList<WorkOrderSummary> orders = m_selection();
    if (orders.isEmpty() || m_bulk->isRunning())
        return;
    const QString question =
        orders.size() == 1 ? tr("Move %1 to the trash?").arg(labelOf(orders.first()))
                           : tr("Move %n work orders to the trash?", nullptr, int(orders.size()));
    // The question names the order and its customer, the server's words.
    QMessageBox *box = plainTextMessageBox(QMessageBox::Question, tr("Delete Work Orders"),
                                           question, QMessageBox::Cancel, m_window);
    box->setObjectName(u"deleteConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Move to &Trash"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmDeleteButton"_s);
    box->setDefaultButton(QMessageBox::Cancel); // a stray Return never deletes
    connect(yes, &QPushButton::clicked, this, [this, orders] {
        runRemove(orders, tr("Moving %1 to the trash").arg(describe(orders)));
    });
    box->open();
}

void QuickActions::runUpdate(const QList<WorkOrderSummary> &orders, const WorkOrderPatch &patch,
                             const QString &what)
{
    if (m_bulk->isRunning())
        return;
    showProgress(what, int(orders.size()));
    m_bulk->update(itemsOf(orders), patch);
}

void QuickActions::runRemove(const QList<WorkOrderSummary> &orders, const QString &what)
{
    if (m_bulk->isRunning())
        return;
    showProgress(what, int(orders.size()));
    m_bulk->remove(itemsOf(orders));
}

void QuickActions::showProgress(const QString &what, int total)
{
    m_running = what;
    // `what` names the orders and their customers, the server's words.
    QProgressDialog *progress =
        plainTextProgressDialog(what + u'…', tr("Cancel"), 0, total, m_window);
    progress->setObjectName(u"bulkProgress"_s);
    progress->setWindowTitle(tr("Working"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumWidth(420);
    connect(progress, &QProgressDialog::canceled, m_bulk, &BulkWriter::cancel);
    m_progress = progress;
    progress->open();
    setSelectedCount(m_selected);
}

void QuickActions::offerConflicts(QMessageBox *box, const QList<Conflict> &conflicts)
{
    if (conflicts.isEmpty() || !m_writer)
        return;
    // Someone else's change is the user's to weigh: one dialog per order, from here.
    QPushButton *decide = box->addButton(
        tr("&Decide %n Conflict(s)…", nullptr, int(conflicts.size())), QMessageBox::AcceptRole);
    decide->setObjectName(u"decideConflictsButton"_s);
    decide->setToolTip(tr("Compare each order changed on the server meanwhile and choose"));
    box->setDefaultButton(decide);
    connect(box, &QMessageBox::finished, this, [this, box, decide, conflicts] {
        if (box->clickedButton() != decide)
            return;
        auto *decider = new BulkConflicts(conflicts, m_writer, m_window);
        connect(decider, &BulkConflicts::message, this, &QuickActions::message);
        decider->start();
    });
}

void QuickActions::finished(const BulkReport &report)
{
    if (m_progress) {
        m_progress->disconnect(m_bulk); // closing fires canceled(): nothing is left to cancel
        m_progress->close();
    }
    setSelectedCount(m_selected);
    const int total = report.saved() + int(report.failed.size()) + report.skipped;
    // Whole sentences, each with its own plural, rather than pieces joined by commas: a
    // translator can word and order each one.
    QStringList summary{tr("%1: %2 of %n done.", nullptr, total)
                            .arg(m_running, QLocale().toString(report.saved()))};
    if (!report.queued.isEmpty())
        summary.append(tr("%n saved offline.", nullptr, int(report.queued.size())));
    if (!report.failed.isEmpty())
        summary.append(tr("%n failed.", nullptr, int(report.failed.size())));
    if (report.skipped > 0)
        summary.append(tr("%n cancelled.", nullptr, report.skipped));
    emit message(summary.join(u' '));

    if (!report.failed.isEmpty()) {
        QStringList lines;
        QStringList all;
        for (const BulkFailure &failure : report.failed) {
            const QString line = tr("%1: %2").arg(failure.label, failure.message);
            all.append(line);
            if (lines.size() < kListedFailures)
                lines.append(line);
        }
        if (all.size() > lines.size())
            lines.append(
                tr("… and %n more (see details)", nullptr, int(all.size() - lines.size())));
        QMessageBox *box = plainTextMessageBox(
            QMessageBox::Warning, tr("Some Work Orders Were Not Changed"),
            tr("%1 of %2 work orders were changed. These were not:").arg(report.saved()).arg(total),
            QMessageBox::Ok, m_window);
        box->setObjectName(u"bulkReport"_s);
        setPlainInformativeText(box, lines.join(u'\n')); // the server's words
        box->setDetailedText(all.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        offerConflicts(box, report.conflicts());
        box->open();
    }
    emit bulkFinished(report);
}

} // namespace fentu
