#pragma once

#include "domain/newworkorder.h"
#include "domain/workorderpatch.h"
#include "sync/conflict.h"
#include "sync/outboxreplayer.h"
#include "sync/writeresult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class PendingOrders;
struct OutboxWrite;

/// The one way a change reaches the server, from dialogs, quick and bulk actions, and
/// fentu-cli: every change is first committed to the outbox (with the values the user saw),
/// its row shows it at once, and then the outbox is sent when online (OutboxReplayer, owned
/// here). Online and offline differ only in when an entry is sent. The callback learns the
/// entry's outcome: Sent, Queued (kept for later), Conflict, Refused, or Failed (not saved).
/// The one source of "an order changed / was removed / the outbox changed" signals.
class OrderWriter : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(WriteResult)>;

    /// None is owned; all must outlive the writer.
    OrderWriter(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                PendingOrders *pending, QObject *parent = nullptr);

    /// The sender of the outbox: conflicts, Needs Attention, replay passes.
    OutboxReplayer &replayer() { return m_replayer; }

    /// A new order. `done` runs later, once, unless `context` is destroyed first.
    void create(const NewWorkOrder &order, QObject *context, Callback done);
    /// The fields of `patch`, changed from `baseValues` (what the user saw; see seenValues()).
    void update(const QString &id, const WorkOrderPatch &patch, const QJsonObject &baseValues,
                QObject *context, Callback done);
    /// To the trash. A local order whose create was never sent is simply dropped (Sent).
    void remove(const QString &id, QObject *context, Callback done);
    /// The user's choice for a conflict an earlier call reported; `done` learns what became of
    /// the change (Sent, Queued, or Conflict again if the server changed once more).
    void resolve(const Conflict &conflict, Conflict::Choice choice, const WorkOrderPatch &edited,
                 QObject *context, Callback done);

    /// The server is being left (ServerSwitch): the outbox pass is parked (see
    /// OutboxReplayer::park) and a change whose saving is still on its way is answered Queued
    /// (it is in the old server's outbox) without touching the rows or the outbox of the next
    /// server. parked() tells bulk actions to start no further orders.
    void park();

    /// The base values of `patch`'s fields as `seen` shows them. `detailKnown` false (a list
    /// row): description, notes and contact are not known and stay out (a conflict is shown
    /// if the server's differ, never passed).
    static QJsonObject seenValues(const WorkOrder &seen, bool detailKnown,
                                  const WorkOrderPatch &patch);

signals:
    /// park() was called: work for the server being left must stop starting new changes.
    void parked();
    void outboxChanged();
    /// The row of an order changed (a change saved, sent, decided): replace the model's row
    /// `previousId` (a create's local id once the server made it, else order.id) with `order`.
    void orderChanged(const fentu::WorkOrder &order, const QString &previousId);
    /// The order is no longer shown (deleted, or a local order given up).
    void orderRemoved(const QString &id);

private:
    struct Reply;
    void submit(const OutboxEntry &entry, const Reply &reply);
    void queued(const OutboxWrite &written, const Reply &reply);

    QPointer<CacheStore> m_store;
    ConnectivityMonitor *m_monitor;
    PendingOrders *m_pending;
    OutboxReplayer m_replayer;
    int m_server = 0; // counts park(): an answer of an earlier server's cache is not shown
};

} // namespace fentu
