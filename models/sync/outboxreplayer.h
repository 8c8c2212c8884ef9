#pragma once

#include "cache/outboxentry.h"
#include "cache/outboxwrite.h"
#include "domain/workorder.h"
#include "domain/workorderpatch.h"
#include "sync/conflict.h"
#include "sync/replayreport.h"
#include "sync/writeresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class PendingOrders;

/// Sends the outbox to the server, in order (seq), whenever it is online: the one sender of
/// every change (OrderWriter commits them; this sends them).
///
/// Before an update is sent the server's order is fetched and compared field by field with
/// the values the user saw (Conflict::detect): a conflict waits for keepMine / takeTheirs /
/// edit while other orders go on. A refusal (400, 403, 404, 409, 410, 422) keeps the entry
/// in Needs Attention with the server's reasons. Each request is marked "sending" in the
/// cache before it leaves; a create whose answer is lost (timeout, cut connection, 5xx, or a
/// kill) becomes possibly-sent and is looked for on the server before anything is sent again:
/// found, it is adopted; not found, the user decides (send again / discard). The server's
/// answer, the entry's removal and a create's id remap are one cache transaction. A pass
/// stopped by a transient failure (429, 5xx, timeouts) while the server stays reachable is
/// tried again after a backoff that honours Retry-After; one stopped by an unreachable server
/// goes on when it is back.
class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(WriteResult)>;

    /// None is owned; all must outlive the replayer.
    OutboxReplayer(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                   PendingOrders *pending, QObject *parent = nullptr);
    ~OutboxReplayer() override;

    bool isRunning() const { return m_running; }
    /// A pass stopped by a transient error is to be tried again after a pause.
    bool isRetryScheduled() const { return m_retryTimer.isActive(); }
    /// Starts a pass when online (a pass already running goes round once more).
    void replay();
    /// `done` learns (once, while `context` lives) what became of entry `seq`: Sent, Conflict,
    /// Refused, or Queued when the pass ends without sending it (offline, stopped, blocked).
    void await(qint64 seq, QObject *context, Callback done);

    /// Conflicts waiting for the user's choice.
    QList<Conflict> conflicts() const { return m_conflicts.values(); }
    /// Sends the edit anyway, over the server's version.
    void keepMine(qint64 seq);
    /// Drops the edit; the cache gets the server's version.
    void takeTheirs(qint64 seq);
    /// Replaces the edit with `patch`, now based on the server's version, and sends it.
    void edit(qint64 seq, const WorkOrderPatch &patch);
    void resolve(qint64 seq, Conflict::Choice choice, const WorkOrderPatch &edited = {});
    /// resolve() for entry `seq` in conflict whether or not this replayer holds it (one found
    /// by an earlier run, as fentu-cli's: only the cache remembers it): the server's order is
    /// read afresh and compared first, so the choice is made against what the server holds
    /// now. `done` learns what became of it, as await() does; Failed when `seq` is no update
    /// in conflict (cacheError) or the server could not be asked (apiError).
    void settleConflict(qint64 seq, Conflict::Choice choice, const WorkOrderPatch &edited,
                        QObject *context, Callback done);

    /// A needs-attention entry goes back in the queue (after the user fixed the cause); for a
    /// possibly-sent create this is "send it again".
    void retry(qint64 seq);
    /// The same; `done` learns what became of the entry, as await() does (Failed when it is
    /// gone or the cache could not take the change).
    void retry(qint64 seq, QObject *context, Callback done);
    /// The user corrected a refused entry (edit dialog): `body`, an update's PUT body or a
    /// create's POST body, replaces what it sends, and it goes back in the queue, sent at once
    /// when online. `baseValues` adds the base of fields the first change did not touch (the
    /// ones it had keep theirs). `done` tells what became of it, as await() does.
    void amend(qint64 seq, const QJsonObject &body, const QJsonObject &baseValues, QObject *context,
               Callback done);
    /// The user gives an entry up: it is removed (a never-sent order with its later entries
    /// and row); the row shows the server's copy again.
    void discard(qint64 seq);

    /// The server is being left (ServerSwitch): the pass stops where it is, its requests are
    /// aborted and no answer or cache result of it is heard any more; conflicts held, retries
    /// and counts are forgotten and callers waiting for an entry learn it is kept (Queued).
    /// The entries stay in that server's cache as a killed program leaves them, and are taken
    /// up again by the first pass after its cache is open once more. Call before the cache
    /// switches to the next server; replay() afterwards starts afresh.
    void park();

signals:
    /// park() was called: whatever shows this server's entries must close or reload.
    void parked();
    void replayStarted();
    void replayFinished(const fentu::ReplayReport &report);
    /// An entry nobody waits for (await()) conflicts: the window asks the user. A caller that
    /// waits gets the conflict in its WriteResult and shows it itself.
    void conflictDetected(const fentu::Conflict &conflict);
    /// The server refused an entry nobody waits for (or a create's outcome is unknown);
    /// `entry.errorMessage` says why.
    void needsAttention(const fentu::OutboxEntry &entry);
    /// The row of an order changed: replace the model's row `previousId` (a create's local id,
    /// else order.id) with `order`.
    void orderChanged(const fentu::WorkOrder &order, const QString &previousId);
    void orderRemoved(const QString &id);
    /// Entries were added, removed or changed state.
    void outboxChanged();

private:
    void step();
    void process(const OutboxEntry &entry);
    void sendCreate(const OutboxEntry &entry);
    void lookForLostCreate(const OutboxEntry &entry);
    void lookForLostCreatePage(const OutboxEntry &entry, int page);
    void checkLostCreateCandidates(const OutboxEntry &entry, int page, int lastPage,
                                   QStringList candidates);
    void notFoundOnServer(const OutboxEntry &entry);
    void replayUpdate(const OutboxEntry &entry);
    void put(const OutboxEntry &entry);
    void replayDelete(const OutboxEntry &entry);
    /// Marks the entry as on its way (committed), then runs `send`.
    void sending(const OutboxEntry &entry, std::function<void()> send);
    /// The server has the entry; `answer` its order now (nullopt: deleted).
    void completed(const OutboxEntry &entry, const std::optional<WorkOrder> &answer);
    void completedPartial(const OutboxEntry &entry, const WorkOrder &answer);
    void failed(const OutboxEntry &entry, const ApiError &error);
    void stopForNow(const OutboxEntry &entry, const ApiError &error);
    void markNeedsAttention(const OutboxEntry &entry, OutboxEntry::State state,
                            const QString &message, const ApiError &error = {});
    void settle(qint64 seq, const WriteResult &result);
    void finish();
    void scheduleRetry(const ApiError &error);
    void showWrite(const OutboxWrite &written);
    void withConflict(qint64 seq, const std::function<void(const Conflict &)> &work);
    void resolved(qint64 seq);

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    ConnectivityMonitor *m_monitor;
    /// The context of every request and cache call of the current server's work: park()
    /// deletes it, and with it every answer still on its way (a child, made anew).
    QObject *m_scope = new QObject(this);
    PendingOrders *m_pending;
    bool m_running = false;
    bool m_again = false;
    ReplayReport m_report;
    QHash<qint64, Conflict> m_conflicts;
    /// Conflicts chosen for whose cache write is still on its way: held back from every pass.
    QSet<qint64> m_resolving;
    QHash<qint64, int> m_serverErrors; // 5xx answers in a row, by entry
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    int m_retries = 0;          // transient stops in a row, for the backoff
    qint64 m_markedSending = 0; // the entry of this step once it is marked as on its way
    struct Waiting
    {
        QPointer<QObject> context;
        bool hasContext = false; // null at the call: answered always
        Callback done;

        void operator()(const WriteResult &result) const
        {
            if (done && (!hasContext || context))
                done(result);
        }
    };
    QMultiHash<qint64, Waiting> m_waiting;
};

} // namespace fentu
