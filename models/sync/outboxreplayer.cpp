#include "sync/outboxreplayer.h"

#include "api/apiclient.h"
#include "api/retrypolicy.h"
#include "api/workorderquery.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "domain/codec.h"
#include "sync/namebookloader.h"
#include "sync/orderfields.h"
#include "sync/pendingorders.h"
#include "sync/synclogging.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

/// The server looked at the change and said no: sending the same request again cannot help.
bool isRefusal(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Http)
        return false;
    // Every 4xx but these says "not this request, ever" (400, 403, 404, 409, 410, 413, 422...):
    // sending it again as it is cannot help, so the user decides. 401 is the key (every entry
    // alike), 408 and 429 are "not now".
    const int status = error.httpStatus();
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

bool isNotFound(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.httpStatus() == 404;
}

/// The request may have reached the server and been carried out although no answer came back
/// (or one the client could not read): for a create, sending it again could make a duplicate.
bool outcomeUnknown(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::MalformedBody:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
}

/// The server's words for Needs Attention, every field it named included.
QString refusalMessage(const ApiError &error)
{
    QString text = error.userMessage();
    // A 422's message already lists its details.
    if (error.httpStatus() != 422) {
        for (const FieldError &detail : error.details())
            text +=
                u"\n\u2022 "_s +
                (detail.field.isEmpty() ? detail.message : detail.field + u": "_s + detail.message);
    }
    return text;
}

WriteResult sentResult(const QString &id, std::optional<WorkOrder> order, qint64 seq)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Sent;
    result.orderId = order ? order->id : id;
    result.order = std::move(order);
    result.outboxSeq = seq;
    return result;
}

WriteResult queuedResult(qint64 seq, const QString &id)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Queued;
    result.orderId = id;
    result.outboxSeq = seq;
    return result;
}

/// A refusal as an edit dialog shows it: the server's error, or (for a refusal of the
/// client's own, e.g. a create without customer) the message as a 422 without details.
WriteResult refusedResult(const OutboxEntry &entry, const QString &message, const ApiError &error)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Refused;
    result.orderId = entry.orderId;
    result.outboxSeq = entry.seq;
    result.apiError = error.isError() ? error : ApiError::http(422, {}, message, {});
    return result;
}

WriteResult failedResult(const QString &id, const CacheError &error)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Failed;
    result.orderId = id;
    result.cacheError = error;
    return result;
}

/// Could `order` be the one `entry` asked the server to make? Same customer and schedule, made
/// after the request left (a quarter of an hour's slack: this computer's clock may be ahead
/// of the server's), and the same type if the row
/// names one (the vendor's list rows do not). The detail decides: see isTheLostCreateDetail.
bool mayBeTheLostCreate(const OutboxEntry &entry, const WorkOrderSummary &order)
{
    const NewWorkOrder &wanted = entry.newOrder;
    if (order.customer.id != wanted.customerId ||
        (!wanted.workOrderType.isEmpty() && !order.workOrderType.isEmpty() &&
         order.workOrderType != wanted.workOrderType))
        return false;
    const bool scheduledAlike =
        wanted.scheduledDate.isValid() == order.scheduledDate.isValid() &&
        (!wanted.scheduledDate.isValid() ||
         wanted.scheduledDate.toSecsSinceEpoch() == order.scheduledDate.toSecsSinceEpoch());
    if (!scheduledAlike)
        return false;
    const QDateTime since =
        (entry.sentAt.isValid() ? entry.sentAt : entry.createdAt).addSecs(-15 * 60);
    return !order.createdAt.isValid() || !since.isValid() || order.createdAt >= since;
}

/// The detail of a candidate: the same description, and the same type if the create named one
/// (a type left out is the server's to choose).
bool isTheLostCreateDetail(const OutboxEntry &entry, const WorkOrder &order)
{
    const NewWorkOrder &wanted = entry.newOrder;
    return mayBeTheLostCreate(entry, order) && order.description == wanted.description &&
           (wanted.workOrderType.isEmpty() || order.workOrderType == wanted.workOrderType);
}

constexpr int kLostCreatePages = 20;         // a customer's orders looked through, at most
constexpr int kServerErrorsBeforeAsking = 5; // 5xx answers in a row to one entry

} // namespace

OutboxReplayer::OutboxReplayer(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                               PendingOrders *pending, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_monitor(monitor), m_pending(pending)
{
    Q_ASSERT(client && store && monitor && pending);
    connect(m_monitor, &ConnectivityMonitor::stateChanged, this,
            [this](ConnectivityMonitor::State state) {
                if (state == ConnectivityMonitor::State::Online)
                    replay();
            });
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxReplayer::replay);
}

OutboxReplayer::~OutboxReplayer()
{
    if (m_call)
        m_call->cancel();
}

void OutboxReplayer::park()
{
    // Deleting the scope aborts its requests on the wire (the client drops a call whose
    // context is gone) and drops the cache's answers still queued for it: what was already
    // posted to the cache runs there, on this server's file, in order.
    delete m_scope;
    m_scope = new QObject(this);
    m_call = nullptr;
    m_retryTimer.stop();
    m_retries = 0;
    m_running = false;
    m_again = false;
    m_markedSending = 0;
    m_report = {};
    m_conflicts.clear();
    m_resolving.clear();
    m_serverErrors.clear();
    const QList<qint64> waiting = m_waiting.uniqueKeys();
    for (qint64 seq : waiting)
        settle(seq, queuedResult(seq, {}));
    emit parked();
}

void OutboxReplayer::replay()
{
    if (!m_store)
        return;
    if (!m_monitor->isOnline()) {
        // Nothing can be sent: whoever waits for an entry learns it is kept for later.
        const QList<qint64> waiting = m_waiting.uniqueKeys();
        for (qint64 seq : waiting)
            settle(seq, queuedResult(seq, {}));
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_running = true;
    m_again = false;
    m_report = {};
    emit replayStarted();
    step();
}

void OutboxReplayer::await(qint64 seq, QObject *context, Callback done)
{
    m_waiting.insert(seq, Waiting{context, context != nullptr, std::move(done)});
}

void OutboxReplayer::step()
{
    if (!m_store || !m_monitor->isOnline()) {
        m_report.stoppedBy = m_monitor->lastFailure();
        finish();
        return;
    }
    // Re-read every time: a create's success renames later entries, and changes may have been
    // queued meanwhile.
    m_store->listOutbox(std::nullopt, m_scope, [this](CacheResult<QList<OutboxEntry>> listed) {
        if (!listed.isOk()) {
            m_report.cacheError = listed.error();
            finish();
            return;
        }
        // An order whose earlier entry waits for the user keeps its later entries back:
        // they were made on top of it.
        QSet<QString> blocked;
        for (const OutboxEntry &entry : listed.value()) {
            const bool heldConflict =
                entry.state == OutboxEntry::State::Conflict && m_conflicts.contains(entry.seq);
            if ((entry.isWaitingForUser() && entry.state != OutboxEntry::State::Conflict) ||
                heldConflict || m_resolving.contains(entry.seq) ||
                entry.state == OutboxEntry::State::Sending)
                blocked.insert(entry.orderId);
        }
        for (const OutboxEntry &entry : listed.value()) {
            if (blocked.contains(entry.orderId))
                continue;
            // A conflict of an earlier run (none held in memory) is checked afresh.
            if (entry.state == OutboxEntry::State::Pending ||
                entry.state == OutboxEntry::State::Conflict ||
                entry.state == OutboxEntry::State::PossiblySent) {
                blocked.insert(entry.orderId);
                process(entry);
                return;
            }
        }
        finish();
    });
}

void OutboxReplayer::process(const OutboxEntry &entry)
{
    qCInfo(lcSync) << "sending outbox entry" << entry.seq << OutboxEntry::kindToText(entry.kind)
                   << entry.orderId;
    m_markedSending = 0;
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
        if (entry.state == OutboxEntry::State::PossiblySent && !entry.sendAgainConfirmed)
            lookForLostCreate(entry);
        else
            sendCreate(entry);
        return;
    case OutboxEntry::Kind::Update:
        replayUpdate(entry);
        return;
    case OutboxEntry::Kind::Delete:
        replayDelete(entry);
        return;
    }
}

void OutboxReplayer::sending(const OutboxEntry &entry, std::function<void()> send)
{
    m_store->markOutboxSending(
        entry.seq, m_scope,
        [this, seq = entry.seq, send = std::move(send)](CacheResult<bool> marked) {
            if (!marked.isOk()) {
                m_report.cacheError = marked.error();
                finish();
                return;
            }
            if (!marked.value()) {
                // Discarded or settled since it was listed: the
                // next entry, if any.
                step();
                return;
            }
            m_markedSending = seq;
            send();
        });
}

// --- create -----------------------------------------------------------------------------

void OutboxReplayer::sendCreate(const OutboxEntry &entry)
{
    if (entry.newOrder.customerId.isEmpty()) {
        markNeedsAttention(entry, OutboxEntry::State::NeedsAttention,
                           tr("This new work order has no customer, so it cannot be "
                              "sent. Edit it or discard it."));
        return;
    }
    sending(entry, [this, entry] {
        m_call = m_client->createWorkOrder(entry.newOrder, m_scope,
                                           [this, entry](ApiResult<WorkOrder> r) {
                                               if (r.isOk())
                                                   completedPartial(entry, r.value());
                                               else
                                                   failed(entry, r.error());
                                           });
    });
}

void OutboxReplayer::lookForLostCreate(const OutboxEntry &entry)
{
    qCInfo(lcSync) << "looking on the server for create" << entry.seq << "whose answer was lost";
    lookForLostCreatePage(entry, 1);
}

void OutboxReplayer::lookForLostCreatePage(const OutboxEntry &entry, int page)
{
    WorkOrderQuery query;
    query.page = page;
    query.perPage = 100;
    query.customerId = entry.newOrder.customerId;
    if (entry.newOrder.scheduledDate.isValid()) {
        const QDate day = entry.newOrder.scheduledDate.toUTC().date();
        query.fromDate = day;
        query.toDate = day;
    }
    m_call = m_client->listWorkOrders(
        query, m_scope, [this, entry, page](ApiResult<Page<WorkOrderSummary>> r) {
            if (!r.isOk()) {
                stopForNow(entry, r.error());
                return;
            }
            QStringList candidates;
            for (const WorkOrderSummary &order : r.value().items) {
                if (mayBeTheLostCreate(entry, order))
                    candidates.append(order.id);
            }
            checkLostCreateCandidates(
                entry, page, std::min(r.value().meta.totalPages, kLostCreatePages), candidates);
        });
}

void OutboxReplayer::checkLostCreateCandidates(const OutboxEntry &entry, int page, int lastPage,
                                               QStringList candidates)
{
    if (candidates.isEmpty()) {
        if (page < lastPage)
            lookForLostCreatePage(entry, page + 1);
        else
            notFoundOnServer(entry);
        return;
    }
    // The list row has no description: the detail tells it apart for certain.
    const QString id = candidates.takeFirst();
    m_call = m_client->getWorkOrder(
        id, m_scope, [this, entry, page, lastPage, id, candidates](ApiResult<WorkOrder> full) {
            if (!full.isOk() && full.error().httpStatus() == 404) {
                checkLostCreateCandidates(entry, page, lastPage, candidates); // deleted since
                return;
            }
            if (!full.isOk()) {
                stopForNow(entry, full.error());
                return;
            }
            if (isTheLostCreateDetail(entry, full.value())) {
                qCInfo(lcSync) << "create" << entry.seq << "was made as" << id;
                completed(entry, full.value());
                return;
            }
            checkLostCreateCandidates(entry, page, lastPage, candidates);
        });
}

void OutboxReplayer::notFoundOnServer(const OutboxEntry &entry)
{
    markNeedsAttention(entry, OutboxEntry::State::PossiblySent,
                       tr("The server did not answer when this new work order was sent, and it "
                          "is not among the customer's orders on the server. Send it again, or "
                          "discard it if you know it arrived."));
}

void OutboxReplayer::completedPartial(const OutboxEntry &entry, const WorkOrder &answer)
{
    if (!answer.customer.id.isEmpty() && answer.updatedAt.isValid()) {
        completed(entry, answer);
        return;
    }
    // The reference's POST answer is partial: the cache wants the whole order.
    m_call =
        m_client->getWorkOrder(answer.id, m_scope, [this, entry, answer](ApiResult<WorkOrder> r) {
            completed(entry, r.isOk() ? r.value() : answer);
        });
}

// --- update -----------------------------------------------------------------------------

void OutboxReplayer::replayUpdate(const OutboxEntry &entry)
{
    if (OutboxEntry::isLocalId(entry.orderId)) {
        // Its create is gone (discarded): there is no server order to change.
        markNeedsAttention(entry, OutboxEntry::State::NeedsAttention,
                           tr("This change belongs to a new work order that was never "
                              "created on the server."));
        return;
    }
    m_call = m_client->getWorkOrder(entry.orderId, m_scope, [this, entry](ApiResult<WorkOrder> r) {
        if (!r.isOk()) {
            failed(entry, r.error());
            return;
        }
        auto conflict =
            Conflict::detect(entry.orderId, entry.patch.toJson(), entry.baseValues, r.value());
        if (!conflict) {
            put(entry);
            return;
        }
        qCInfo(lcSync) << "conflict on" << entry.orderId << "entry" << entry.seq;
        conflict->seq = entry.seq;
        // The user decides; meanwhile the server's copy is the one held.
        m_store->upsertWorkOrder(r.value());
        m_store->setOutboxState(entry.seq, OutboxEntry::State::Conflict, {});
        // People choose between names, not ids: the cache knows the edit's technician.
        loadNameBook(m_store, m_scope, conflict->theirs.customer.id,
                     [this, conflict = *conflict](const NameBook &names) mutable {
                         conflict.nameIds(names);
                         m_conflicts.insert(conflict.seq, conflict);
                         ++m_report.conflicts;
                         // A caller waiting for this change shows the conflict itself.
                         if (!m_waiting.contains(conflict.seq))
                             emit conflictDetected(conflict);
                         emit outboxChanged();
                         WriteResult result;
                         result.outcome = WriteResult::Outcome::Conflict;
                         result.orderId = conflict.orderId;
                         result.outboxSeq = conflict.seq;
                         result.order = conflict.theirs;
                         result.conflict = conflict;
                         settle(conflict.seq, result);
                         step(); // other orders go on meanwhile
                     });
    });
}

void OutboxReplayer::put(const OutboxEntry &entry)
{
    sending(entry, [this, entry] {
        m_call = m_client->updateWorkOrder(entry.orderId, entry.patch, m_scope,
                                           [this, entry](ApiResult<WorkOrder> r) {
                                               if (r.isOk())
                                                   completed(entry, r.value());
                                               else
                                                   failed(entry, r.error());
                                           });
    });
}

// --- delete -----------------------------------------------------------------------------

void OutboxReplayer::replayDelete(const OutboxEntry &entry)
{
    if (OutboxEntry::isLocalId(entry.orderId)) {
        completed(entry, std::nullopt); // never created on the server: nothing to delete there
        return;
    }
    sending(entry, [this, entry] {
        m_call = m_client->deleteWorkOrder(entry.orderId, m_scope,
                                           [this, entry](ApiResult<NoContent> r) {
                                               // Already gone (404) is what the user asked for.
                                               if (r.isOk() || isNotFound(r.error()))
                                                   completed(entry, std::nullopt);
                                               else
                                                   failed(entry, r.error());
                                           });
    });
}

// --- outcomes ---------------------------------------------------------------------------

void OutboxReplayer::completed(const OutboxEntry &entry, const std::optional<WorkOrder> &answer)
{
    m_serverErrors.remove(entry.seq);
    if (!m_store) {
        finish();
        return;
    }
    m_store->completeOutbox(
        entry.seq, answer, m_scope, [this, entry, answer](CacheResult<OutboxWrite> written) {
            if (!written.isOk()) {
                // The server has it, the cache could not record that: the entry stays and
                // is sent again (an update or delete harmlessly; a create is possibly-sent).
                m_report.cacheError = written.error();
                m_store->setOutboxState(entry.seq,
                                        entry.kind == OutboxEntry::Kind::Create
                                            ? OutboxEntry::State::PossiblySent
                                            : OutboxEntry::State::Pending,
                                        {});
                settle(entry.seq, failedResult(entry.orderId, written.error()));
                finish();
                return;
            }
            m_retries = 0;
            ++m_report.sent;
            showWrite(written.value());
            settle(entry.seq, sentResult(written.value().orderId,
                                         answer ? written.value().shown : std::nullopt, entry.seq));
            emit outboxChanged();
            m_pending->reload();
            step();
        });
}

void OutboxReplayer::showWrite(const OutboxWrite &written)
{
    if (written.orderId.isEmpty())
        return;
    if (written.shown) {
        emit orderChanged(*written.shown, written.previousOrderId);
    } else {
        emit orderRemoved(written.previousOrderId);
        if (written.orderId != written.previousOrderId)
            emit orderRemoved(written.orderId);
    }
}

void OutboxReplayer::failed(const OutboxEntry &entry, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        // Nothing is known of a cancelled request: a create may have arrived.
        if (m_store)
            m_store->setOutboxState(entry.seq,
                                    entry.kind == OutboxEntry::Kind::Create &&
                                            entry.state != OutboxEntry::State::Conflict
                                        ? OutboxEntry::State::PossiblySent
                                        : OutboxEntry::State::Pending,
                                    {});
        finish();
        return;
    }
    if (isRefusal(error)) {
        qCInfo(lcSync) << "server refused outbox entry" << entry.seq << error.technicalDetail();
        markNeedsAttention(entry, OutboxEntry::State::NeedsAttention, refusalMessage(error), error);
        return;
    }
    if (entry.kind == OutboxEntry::Kind::Create && outcomeUnknown(error)) {
        // Looked for on the server before it is ever sent again (the next pass does it).
        qCInfo(lcSync) << "create" << entry.seq << "possibly sent:" << error.technicalDetail();
        m_store->setOutboxState(entry.seq, OutboxEntry::State::PossiblySent, {});
        m_report.stoppedBy = error;
        m_monitor->reportFailure(error);
        scheduleRetry(error);
        finish();
        return;
    }
    stopForNow(entry, error);
}

void OutboxReplayer::stopForNow(const OutboxEntry &entry, const ApiError &error)
{
    qCInfo(lcSync) << "replay stopped:" << error.technicalDetail();
    // It did not arrive (or sending it again is harmless): once on its way, it waits to be
    // sent again, whatever it was when listed (a conflict checked afresh, a create the user
    // said to send again). Stopped before it was sent (a look on the server failed), it stays
    // as it was.
    // A server that fails this one change again and again (a 5xx it answers every time) must
    // not hold back every change behind it: after a few tries the user decides.
    const bool serverError = error.kind() == ApiError::Kind::Http && error.httpStatus() >= 500;
    if (serverError && ++m_serverErrors[entry.seq] >= kServerErrorsBeforeAsking) {
        m_serverErrors.remove(entry.seq);
        qCInfo(lcSync) << "outbox entry" << entry.seq << "set aside after repeated server errors";
        markNeedsAttention(entry, OutboxEntry::State::NeedsAttention,
                           tr("The server failed each time this change was sent (%1). It is "
                              "kept: retry it when the server works again, or discard it.")
                               .arg(error.userMessage()),
                           error);
        return;
    }
    if (m_store && m_markedSending == entry.seq)
        m_store->setOutboxState(entry.seq, OutboxEntry::State::Pending, {});
    m_monitor->reportFailure(error);
    m_report.stoppedBy = error;
    scheduleRetry(error);
    finish();
}

void OutboxReplayer::scheduleRetry(const ApiError &error)
{
    // An unreachable server is the monitor's to notice coming back; a server that answers
    // "not now" (429, 5xx, a timeout) is asked again after a growing pause.
    if (!m_monitor->isOnline())
        return;
    ++m_retries;
    std::chrono::milliseconds delay = m_client->retryPolicy().backoff(
        std::min(m_retries, 6), QRandomGenerator::global()->generateDouble());
    if (error.retryAfterSeconds() >= 0)
        delay = std::max(delay, std::chrono::milliseconds(error.retryAfterSeconds() * 1000));
    delay = std::min(delay, std::chrono::milliseconds(60'000));
    qCInfo(lcSync) << "outbox sent again in" << delay.count() << "ms";
    m_retryTimer.start(delay);
}

void OutboxReplayer::markNeedsAttention(const OutboxEntry &entry, OutboxEntry::State state,
                                        const QString &message, const ApiError &error)
{
    if (!m_store) {
        finish();
        return;
    }
    OutboxEntry kept = entry;
    kept.state = state;
    kept.errorMessage = message;
    kept.refusal = error.details();
    kept.sendAgainConfirmed = false;
    m_store->replaceOutboxEntry(kept, m_scope,
                                [this, kept, message, error](CacheResult<OutboxWrite> written) {
                                    if (!written.isOk()) {
                                        m_report.cacheError = written.error();
                                        finish();
                                        return;
                                    }
                                    ++m_report.needsAttention;
                                    const bool awaited = m_waiting.contains(kept.seq);
                                    if (kept.state == OutboxEntry::State::PossiblySent)
                                        settle(kept.seq, queuedResult(kept.seq, kept.orderId));
                                    else
                                        settle(kept.seq, refusedResult(kept, message, error));
                                    if (!awaited || kept.state == OutboxEntry::State::PossiblySent)
                                        emit needsAttention(written.value().entry);
                                    emit outboxChanged();
                                    step();
                                });
}

void OutboxReplayer::finish()
{
    m_running = false;
    m_call = nullptr;
    m_pending->reload();
    emit replayFinished(m_report);
    if (std::exchange(m_again, false)) {
        QTimer::singleShot(0, m_scope, [this] { replay(); });
        return;
    }
    // No pass follows: an entry not sent by now waits (offline, blocked, stopped). One whose
    // conflict is being decided right now is left to the pass its decision starts.
    const QList<qint64> waiting = m_waiting.uniqueKeys();
    for (qint64 seq : waiting) {
        if (!m_resolving.contains(seq))
            settle(seq, queuedResult(seq, {}));
    }
}

void OutboxReplayer::settle(qint64 seq, const WriteResult &result)
{
    const QList<Waiting> waiting = m_waiting.values(seq);
    m_waiting.remove(seq);
    // Told after this step is over: a caller that quits on the answer (fentu-cli) may take
    // the replayer down with it, which must not happen in the middle of its own work.
    for (const Waiting &w : waiting)
        QMetaObject::invokeMethod(
            this, [w, result] { w(result); }, Qt::QueuedConnection);
}

// --- the user's choices -----------------------------------------------------------------

void OutboxReplayer::withConflict(qint64 seq, const std::function<void(const Conflict &)> &work)
{
    const auto it = m_conflicts.constFind(seq);
    if (it == m_conflicts.cend() || !m_store)
        return;
    const Conflict conflict = *it;
    m_conflicts.erase(it);
    m_resolving.insert(seq);
    work(conflict);
}

void OutboxReplayer::resolved(qint64 seq)
{
    m_resolving.remove(seq);
    emit outboxChanged();
    m_pending->reload();
    replay(); // a pass running now goes round once more and sees the choice
}

void OutboxReplayer::keepMine(qint64 seq)
{
    withConflict(seq, [this, seq](const Conflict &c) {
        m_store->outboxEntry(
            seq, m_scope, [this, seq, c](CacheResult<std::optional<OutboxEntry>> r) {
                if (!r.isOk() || !r.value()) {
                    resolved(seq);
                    return;
                }
                // The edit now starts from the server's version: the next check passes unless
                // the server changes again meanwhile.
                OutboxEntry entry = *r.value();
                entry.baseValues = OrderFields::wireValues(c.theirs, entry.patch.fields());
                entry.state = OutboxEntry::State::Pending;
                m_store->replaceOutboxEntry(entry, m_scope,
                                            [this, seq](CacheResult<OutboxWrite> w) {
                                                if (w.isOk())
                                                    showWrite(w.value());
                                                resolved(seq);
                                            });
            });
    });
}

void OutboxReplayer::takeTheirs(qint64 seq)
{
    withConflict(seq, [this, seq](const Conflict &c) {
        m_store->upsertWorkOrder(c.theirs);
        m_store->removeOutbox(seq, m_scope, [this, seq](CacheResult<OutboxWrite> w) {
            if (w.isOk())
                showWrite(w.value());
            settle(seq, sentResult(w.isOk() ? w.value().orderId : QString(), std::nullopt, seq));
            resolved(seq);
        });
    });
}

void OutboxReplayer::edit(qint64 seq, const WorkOrderPatch &patch)
{
    withConflict(seq, [this, seq, patch](const Conflict &c) {
        m_store->outboxEntry(
            seq, m_scope, [this, seq, c, patch](CacheResult<std::optional<OutboxEntry>> r) {
                if (!r.isOk() || !r.value()) {
                    resolved(seq);
                    return;
                }
                OutboxEntry entry = *r.value();
                entry.patch = patch;
                entry.baseValues = OrderFields::wireValues(c.theirs, patch.fields());
                entry.state = OutboxEntry::State::Pending;
                m_store->replaceOutboxEntry(entry, m_scope,
                                            [this, seq](CacheResult<OutboxWrite> w) {
                                                if (w.isOk())
                                                    showWrite(w.value());
                                                resolved(seq);
                                            });
            });
    });
}

void OutboxReplayer::resolve(qint64 seq, Conflict::Choice choice, const WorkOrderPatch &edited)
{
    switch (choice) {
    case Conflict::Choice::KeepMine:
        keepMine(seq);
        return;
    case Conflict::Choice::TakeTheirs:
        takeTheirs(seq);
        return;
    case Conflict::Choice::Edit:
        edit(seq, edited);
        return;
    }
}

void OutboxReplayer::settleConflict(qint64 seq, Conflict::Choice choice,
                                    const WorkOrderPatch &edited, QObject *context, Callback done)
{
    const Waiting reply{context, context != nullptr, std::move(done)};
    if (!m_store || m_resolving.contains(seq)) {
        reply(failedResult(
            {}, CacheError(m_store ? CacheError::Kind::InvalidArgument : CacheError::Kind::NotOpen,
                           u"the conflict is already being decided"_s)));
        return;
    }
    if (m_conflicts.contains(seq)) {
        m_waiting.insert(seq, reply);
        resolve(seq, choice, edited);
        return;
    }
    // Kept out of every pass while the server's order is read: a pass would check it itself.
    m_resolving.insert(seq);
    m_store->outboxEntry(
        seq, m_scope,
        [this, seq, choice, edited, reply](CacheResult<std::optional<OutboxEntry>> r) {
            const bool isConflict = r.isOk() && r.value() &&
                                    r.value()->kind == OutboxEntry::Kind::Update &&
                                    r.value()->state == OutboxEntry::State::Conflict;
            if (!isConflict || !m_store) {
                m_resolving.remove(seq);
                reply(failedResult({}, r.isOk() ? CacheError(CacheError::Kind::InvalidArgument,
                                                             u"the outbox entry is no conflict"_s)
                                                : r.error()));
                return;
            }
            const OutboxEntry entry = *r.value();
            m_client->getWorkOrder(
                entry.orderId, m_scope,
                [this, seq, choice, edited, reply, entry](ApiResult<WorkOrder> o) {
                    m_resolving.remove(seq);
                    if (!o.isOk()) {
                        WriteResult result;
                        result.orderId = entry.orderId;
                        result.outboxSeq = seq;
                        result.apiError = o.error();
                        reply(result);
                        return;
                    }
                    // The server may agree by now: the choice still stands (taking theirs drops
                    // the edit; keeping mine rebases it on the server's version).
                    Conflict conflict = Conflict::detect(entry.orderId, entry.patch.toJson(),
                                                         entry.baseValues, o.value())
                                            .value_or(Conflict{});
                    conflict.seq = seq;
                    conflict.orderId = entry.orderId;
                    conflict.mine = entry.patch.toJson();
                    conflict.theirs = o.value();
                    m_conflicts.insert(seq, conflict);
                    m_waiting.insert(seq, reply);
                    resolve(seq, choice, edited);
                });
        });
}

void OutboxReplayer::amend(qint64 seq, const QJsonObject &body, const QJsonObject &baseValues,
                           QObject *context, Callback done)
{
    const Waiting reply{context, context != nullptr, std::move(done)};
    if (!m_store) {
        reply(failedResult({}, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    m_store->outboxEntry(
        seq, m_scope,
        [this, seq, body, baseValues, reply](CacheResult<std::optional<OutboxEntry>> r) {
            if (!r.isOk() || !r.value() || !m_store) {
                reply(failedResult({}, r.isOk() ? CacheError(CacheError::Kind::NotOpen,
                                                             u"the outbox entry is gone"_s)
                                                : r.error()));
                return;
            }
            OutboxEntry entry = *r.value();
            // An update keeps the values its fields had when the edit
            // started (for the conflict check); new fields have none.
            if (entry.kind == OutboxEntry::Kind::Update) {
                entry.patch = WorkOrderPatch::fromJson(body);
                for (auto it = baseValues.begin(); it != baseValues.end(); ++it) {
                    if (!entry.baseValues.contains(it.key()))
                        entry.baseValues.insert(it.key(), it.value());
                }
            } else if (entry.kind == OutboxEntry::Kind::Create)
                entry.newOrder = codec::decodeNewWorkOrder(body);
            entry.state = OutboxEntry::State::Pending;
            entry.errorMessage.clear();
            entry.refusal.clear();
            m_store->replaceOutboxEntry(entry, m_scope,
                                        [this, seq, entry, reply](CacheResult<OutboxWrite> w) {
                                            if (!w.isOk()) {
                                                reply(failedResult(entry.orderId, w.error()));
                                                return;
                                            }
                                            showWrite(w.value());
                                            emit outboxChanged();
                                            m_pending->reload();
                                            m_waiting.insert(seq, reply);
                                            replay();
                                        });
        });
}

void OutboxReplayer::retry(qint64 seq)
{
    retry(seq, nullptr, {});
}

void OutboxReplayer::retry(qint64 seq, QObject *context, Callback done)
{
    const Waiting reply{context, context != nullptr, std::move(done)};
    if (!m_store) {
        reply(failedResult({}, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    m_store->outboxEntry(
        seq, m_scope, [this, seq, reply](CacheResult<std::optional<OutboxEntry>> r) {
            if (!r.isOk() || !r.value() || !m_store) {
                reply(failedResult({}, r.isOk() ? CacheError(CacheError::Kind::InvalidArgument,
                                                             u"the outbox entry is gone"_s)
                                                : r.error()));
                return;
            }
            OutboxEntry entry = *r.value();
            // "Send again" for a create whose answer was lost: the user knows it did not arrive.
            entry.sendAgainConfirmed = entry.state == OutboxEntry::State::PossiblySent;
            entry.state = entry.sendAgainConfirmed ? OutboxEntry::State::PossiblySent
                                                   : OutboxEntry::State::Pending;
            entry.errorMessage.clear();
            m_store->replaceOutboxEntry(
                entry, m_scope, [this, seq, reply, id = entry.orderId](CacheResult<OutboxWrite> w) {
                    if (!w.isOk())
                        reply(failedResult(id, w.error()));
                    // Only a caller that listens waits: one that does
                    // not must not silence the window's signals.
                    else if (reply.done)
                        m_waiting.insert(seq, reply);
                    emit outboxChanged();
                    replay();
                });
        });
}

void OutboxReplayer::discard(qint64 seq)
{
    if (!m_store)
        return;
    m_conflicts.remove(seq);
    m_store->removeOutbox(seq, m_scope, [this, seq](CacheResult<OutboxWrite> w) {
        if (w.isOk())
            showWrite(w.value());
        settle(seq, queuedResult(seq, {}));
        emit outboxChanged();
        m_pending->reload();
        replay(); // later changes of the order were held back behind this one
    });
}

} // namespace fentu
