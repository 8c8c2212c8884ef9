#pragma once

#include "domain/status.h"
#include "domain/workorder.h"
#include "sync/bulkreport.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QMessageBox;
class QProgressDialog;
class QWidget;

namespace fentu {

class BulkWriter;
class OrderLookups;
class OrderWriter;
class WorkOrderPatch;

/// The quick actions on the selected rows: Set status ▸, Assign technician…, Reschedule… and
/// Delete. Each runs over the whole selection as one bulk action (BulkWriter) with a progress
/// dialog ("bulkProgress", Cancel stops what has not started) and, when some orders failed, a
/// report ("bulkReport") naming them and why; the others stay done.
class QuickActions : public QObject
{
    Q_OBJECT
public:
    using Selection = std::function<QList<WorkOrderSummary>()>;

    /// `window` parents the actions and dialogs; `writer` and `lookups` are not owned.
    /// `deleteAction` (the window's Delete) is connected here.
    QuickActions(QWidget *window, OrderWriter *writer, OrderLookups *lookups, Selection selection,
                 QAction *deleteAction);

    QMenu *statusMenu() const { return m_statusMenu; }
    QAction *statusMenuAction() const;
    QAction *assignAction() const { return m_assign; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *deleteAction() const { return m_delete; }
    /// Every action that needs a selection: enable them with it.
    QList<QAction *> selectionActions() const;
    /// Turns the actions on or off for `count` selected rows (off while a bulk action runs).
    void setSelectedCount(int count);

    void setStatus(Status status);
    void assignTechnician();
    void reschedule();
    void deleteSelected();

    BulkWriter *bulkWriter() const { return m_bulk; }

signals:
    /// A sentence for the status bar.
    void message(const QString &text);
    /// A bulk action ended (tests wait for it).
    void bulkFinished(const fentu::BulkReport &report);

private:
    void runUpdate(const QList<WorkOrderSummary> &orders, const WorkOrderPatch &patch,
                   const QString &what);
    void runRemove(const QList<WorkOrderSummary> &orders, const QString &what);
    void showProgress(const QString &what, int total);
    void finished(const BulkReport &report);
    /// Adds "Decide conflicts…" to the report `box` when some orders met a conflict.
    void offerConflicts(QMessageBox *box, const QList<Conflict> &conflicts);
    QString describe(const QList<WorkOrderSummary> &orders) const;

    QWidget *m_window;
    QPointer<OrderWriter> m_writer; // a bulk report's conflicts are decided through it
    OrderLookups *m_lookups;
    Selection m_selection;
    BulkWriter *m_bulk;
    QMenu *m_statusMenu;
    QAction *m_assign;
    QAction *m_reschedule;
    QAction *m_delete;
    QPointer<QProgressDialog> m_progress;
    QString m_running; // what the bulk action in progress does, for its summary
    int m_selected = 0;
};

} // namespace fentu
