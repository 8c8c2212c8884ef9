#pragma once

#include "cache/outboxentry.h"
#include "domain/workorder.h"

#include <QObject>
#include <QPointer>

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class OrderLookups;
class OrderWriter;
class OutboxReplayer;
class WorkOrderDialog;

/// Needs attention's "Edit…": opens the work order dialog on a refused create or update from
/// the outbox, filled with what the user queued (not the server's values), the server's reasons
/// under their fields. Saving replaces the queued change with the corrected one and sends it
/// (OutboxReplayer::amend); refused again, the dialog stays open with the new reasons, and the
/// corrected values stay in the outbox whatever happens next.
class RefusedChangeEditor : public QObject
{
    Q_OBJECT
public:
    /// What the editor works with; all outlive it.
    struct Services
    {
        CacheStore *store = nullptr;            // required: the queued change and the order
        OrderWriter *writer = nullptr;          // required: the dialog saves through it
        OutboxReplayer *replayer = nullptr;     // required: the corrected change replaces it
        ApiClient *client = nullptr;            // the dialog's pick lists...
        ConnectivityMonitor *monitor = nullptr; // ...from the server when online
    };

    /// `window` parents the dialog.
    RefusedChangeEditor(const Services &services, QWidget *window, QObject *parent = nullptr);

    /// The window the dialog opens over (Needs Attention's list, once it exists).
    void setDialogParent(QWidget *window) { m_window = window; }
    /// True for the entries the dialog can show (creates and updates).
    static bool canEdit(const OutboxEntry &entry);
    /// Opens the dialog for `entry` once the cache has answered (one at a time).
    void edit(const OutboxEntry &entry);

signals:
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void open(const OutboxEntry &entry, const WorkOrder &order, const QStringList &unknown);

    Services m_services;
    QWidget *m_window;
    OrderLookups *m_lookups;
    QPointer<WorkOrderDialog> m_dialog;
};

} // namespace fentu
