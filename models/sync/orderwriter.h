#pragma once

#include "domain/newworkorder.h"
#include "domain/workorderpatch.h"
#include "sync/writeresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class PendingOrders;
struct CachedWorkOrder;

/// The one place edits go through (dialogs, quick actions, bulk actions, fentu-cli).
///
/// Online, an edit goes to the server and its answer is written through to the cache; an
/// update first GETs the order and compares its updated_at with the one the edit started
/// from, and answers Conflict instead of overwriting someone else's change. Offline (or when
/// the server turns out to be unreachable, or when older edits of the same order still wait
/// in the outbox) the edit is committed to the outbox before the callback says Queued, and
/// the cache row shows it applied and pending. A create queued offline gets a temporary id
/// "local-<uuid>" and number "NEW-<n>" until OutboxReplayer sends it.
class OrderWriter : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(WriteResult)>;

    /// None is owned; all must outlive the writer.
    OrderWriter(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                PendingOrders *pending, QObject *parent = nullptr);

    /// POST, or queued. `done` runs later, once, unless `context` is destroyed first.
    void create(const NewWorkOrder &order, QObject *context, Callback done);
    /// PUT of the fields in `patch`, made from the version of the order updated at
    /// `baseUpdatedAt` (invalid: no conflict check, e.g. an order created offline).
    void update(const QString &id, const WorkOrderPatch &patch, const QDateTime &baseUpdatedAt,
                QObject *context, Callback done);
    /// DELETE (to the trash), or queued. A local order that was never sent is simply dropped
    /// with its queued edits (Sent).
    void remove(const QString &id, QObject *context, Callback done);

signals:
    /// Something was added to the outbox: OutboxReplayer sends it as soon as it can.
    void outboxChanged();
    /// The cache now holds `order` (the server's answer, or the local row with an edit
    /// applied): update the model's row (WorkOrderTableModel::updateOrder / insertOrder).
    void orderChanged(const fentu::WorkOrder &order);
    /// The order is gone from the cache (deleted): WorkOrderTableModel::removeOrder.
    void orderRemoved(const QString &id);

private:
    struct Reply;
    bool sendsDirectly(const QString &id) const;

    void createOnline(const NewWorkOrder &order, const Reply &reply);
    void queueCreate(const NewWorkOrder &order, const Reply &reply);
    void nextLocalNumber(std::function<void(int)> done);

    void updateOnline(const QString &id, const WorkOrderPatch &patch, const QDateTime &base,
                      const Reply &reply);
    void putOnline(const QString &id, const WorkOrderPatch &patch, const QDateTime &base,
                   const Reply &reply);
    void queueUpdate(const QString &id, const WorkOrderPatch &patch, const QDateTime &base,
                     const Reply &reply);
    void writePendingRow(const CachedWorkOrder &cached, const QJsonObject &patch,
                         const WriteResult &queued, const Reply &reply);

    void removeOnline(const QString &id, const Reply &reply);
    void queueRemove(const QString &id, const Reply &reply);
    void dropLocal(const QString &id, const Reply &reply);

    void serverAnswered(const WorkOrder &order, const Reply &reply);
    void queued(const QString &orderId, qint64 seq);

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    ConnectivityMonitor *m_monitor;
    PendingOrders *m_pending;
    std::optional<int> m_nextLocalNumber;
};

} // namespace fentu
