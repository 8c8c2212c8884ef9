#pragma once

#include "cache/outboxentry.h"
#include "domain/workorder.h"
#include "domain/workorderpatch.h"
#include "sync/conflict.h"
#include "sync/replayreport.h"
#include "sync/writeresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class OrderWriter;
class PendingOrders;

/// Sends the outbox to the server when online, in order (seq).
///
/// A create that succeeds gives its local id's later entries the server's id and replaces the
/// local row. Before an update is sent, the server's current order is fetched and its
/// updated_at compared with the one the edit started from: if the server changed a field the
/// edit sets, conflictDetected() is emitted and the entry waits for keepMine / takeTheirs /
/// edit (entries of other orders go on). A refusal (400, 403, 404, 409, 410, 422) marks the
/// entry "needs attention" with the server's message and keeps it; nothing is ever dropped
/// without the user's say. Transport failures, 401, 429 and 5xx stop the pass and leave
/// everything pending for the next one, which starts when the server is back.
class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    /// None is owned; all must outlive the replayer.
    OutboxReplayer(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                   PendingOrders *pending, QObject *parent = nullptr);
    ~OutboxReplayer() override;

    /// Replays whenever `writer` queues an edit while online.
    void watch(OrderWriter *writer);

    bool isRunning() const { return m_running; }
    /// Starts a pass when online (a pass already running goes round once more).
    void replay();

    /// Conflicts waiting for the user's choice.
    QList<Conflict> conflicts() const { return m_conflicts.values(); }
    /// Sends the edit anyway, over the server's version.
    void keepMine(qint64 seq);
    /// Drops the edit; the cache gets the server's version.
    void takeTheirs(qint64 seq);
    /// Replaces the edit with `patch`, now based on the server's version, and sends it.
    void edit(qint64 seq, const WorkOrderPatch &patch);
    void resolve(qint64 seq, Conflict::Choice choice, const WorkOrderPatch &edited = {});

    /// A needs-attention entry goes back in the queue (after the user fixed the cause).
    void retry(qint64 seq);
    /// The user corrected a refused entry (edit dialog): `body`, an update's PUT body or a
    /// create's POST body, replaces what it sends, and it goes back in the queue, sent at once
    /// when online. `done` (once, while `context` lives) tells what became of it: Sent;
    /// Refused again (apiError has the server's details; the entry keeps `body` and needs
    /// attention again); or Queued (offline, a conflict to decide, or an older change first).
    void amend(qint64 seq, const QJsonObject &body, QObject *context,
               std::function<void(fentu::WriteResult)> done);

    /// The user gives an entry up: it is removed, with the rest of a never-sent order's
    /// entries and row; a server order's row is re-read from the server when online.
    void discard(qint64 seq);

signals:
    void replayStarted();
    void replayFinished(const fentu::ReplayReport &report);
    void conflictDetected(const fentu::Conflict &conflict);
    /// The server refused the entry; `entry.errorMessage` says why.
    void needsAttention(const fentu::OutboxEntry &entry);
    /// The cache now holds the server's version of an order (after a replayed create, update
    /// or "take theirs"): replace the model's row `previousId` (a create's local id, else
    /// order.id) with `order`.
    void orderChanged(const fentu::WorkOrder &order, const QString &previousId);
    void orderRemoved(const QString &id);
    /// Entries were added, removed or changed state.
    void outboxChanged();

private:
    void step();
    void process(const OutboxEntry &entry);
    void replayCreate(const OutboxEntry &entry);
    void created(const OutboxEntry &entry, const WorkOrder &answer);
    void replayUpdate(const OutboxEntry &entry);
    void put(const OutboxEntry &entry);
    void rebaseLaterEdits(const OutboxEntry &entry, const QDateTime &newBase);
    void replayDelete(const OutboxEntry &entry);
    /// The entry is done: removed from the outbox, then the next one.
    void done(const OutboxEntry &entry);
    void failed(const OutboxEntry &entry, const ApiError &error);
    void markNeedsAttention(const OutboxEntry &entry, const QString &message,
                            const ApiError &error = {});
    /// Tells amend()'s caller what became of entry `seq`, if one waits for it.
    void settle(qint64 seq, const WriteResult &result);
    void finish();
    void refreshFromServer(const QString &id);
    /// `work` on the conflict `seq`, if it is still waiting. The entry stays held back from
    /// every pass (see m_resolving) until `work` calls resolved(seq).
    void withConflict(qint64 seq, const std::function<void(const Conflict &)> &work);
    /// The choice for `seq` is in the cache: the entry may be replayed (or is gone).
    void resolved(qint64 seq);

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    ConnectivityMonitor *m_monitor;
    PendingOrders *m_pending;
    bool m_running = false;
    bool m_again = false;
    ReplayReport m_report;
    QHash<qint64, Conflict> m_conflicts;
    /// Conflicts chosen for whose cache write is still on its way. A pass may have listed the
    /// outbox before that write: it must not send, or re-check and raise again, the old edit.
    QSet<qint64> m_resolving;
    QPointer<ApiCall> m_call;
    struct Amended
    {
        QPointer<QObject> context;
        bool hasContext = false; // null at the call: answered always
        std::function<void(WriteResult)> done;

        void operator()(const WriteResult &result) const
        {
            if (done && (!hasContext || context))
                done(result);
        }
    };
    QHash<qint64, Amended> m_amended; // amend() callers waiting for their entry's outcome
};

} // namespace fentu
