#include "sync/outboxreplayer.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/connectivitymonitor.h"
#include "sync/namebookloader.h"
#include "sync/orderfields.h"
#include "sync/orderwriter.h"
#include "sync/outboxpayload.h"
#include "sync/pendingchange.h"
#include "sync/pendingorders.h"
#include "sync/synclogging.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

/// The server looked at the edit and said no: retrying the same request cannot help.
bool isRefusal(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Http)
        return false;
    switch (error.httpStatus()) {
    case 400:
    case 403:
    case 404:
    case 409:
    case 410:
    case 422:
        return true;
    default:
        return false;
    }
}

bool isNotFound(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.httpStatus() == 404;
}

/// The server's words for the Needs attention list, every field it named included.
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

WriteResult sentResult(std::optional<WorkOrder> order, const QString &id = {})
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Sent;
    result.orderId = order ? order->id : id;
    result.order = std::move(order);
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
}

OutboxReplayer::~OutboxReplayer()
{
    if (m_call)
        m_call->cancel();
}

void OutboxReplayer::watch(OrderWriter *writer)
{
    connect(writer, &OrderWriter::outboxChanged, this, &OutboxReplayer::replay);
}

void OutboxReplayer::replay()
{
    if (!m_monitor->isOnline() || !m_store)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_report = {};
    emit replayStarted();
    step();
}

void OutboxReplayer::step()
{
    if (!m_store || !m_monitor->isOnline()) {
        m_report.stoppedBy = m_monitor->lastFailure();
        finish();
        return;
    }
    // Re-read every time: a create's success renames later entries, and edits may have been
    // queued meanwhile.
    m_store->listOutbox(std::nullopt, this, [this](CacheResult<QList<OutboxEntry>> listed) {
        if (!listed.isOk()) {
            m_report.cacheError = listed.error();
            finish();
            return;
        }
        // An order whose earlier entry waits for the user keeps its later entries back:
        // they were made on top of it.
        QSet<QString> blocked;
        for (const OutboxEntry &entry : listed.value()) {
            if (entry.state == OutboxEntry::State::NeedsAttention ||
                m_conflicts.contains(entry.seq) || m_resolving.contains(entry.seq))
                blocked.insert(entry.orderId);
        }
        for (const OutboxEntry &entry : listed.value()) {
            if (entry.state == OutboxEntry::State::Pending && !blocked.contains(entry.orderId)) {
                process(entry);
                return;
            }
        }
        finish();
    });
}

void OutboxReplayer::process(const OutboxEntry &entry)
{
    qCInfo(lcSync) << "replaying outbox entry" << entry.seq << OutboxEntry::kindToText(entry.kind)
                   << entry.orderId;
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
        replayCreate(entry);
        return;
    case OutboxEntry::Kind::Update:
        replayUpdate(entry);
        return;
    case OutboxEntry::Kind::Delete:
        replayDelete(entry);
        return;
    }
}

// --- create -----------------------------------------------------------------------------

void OutboxReplayer::replayCreate(const OutboxEntry &entry)
{
    const auto order = outboxpayload::newOrderFrom(outboxpayload::body(entry.payload));
    if (!order) {
        markNeedsAttention(entry, tr("This new work order has no customer, so it cannot be "
                                     "sent. Edit it or discard it."));
        return;
    }
    m_call = m_client->createWorkOrder(*order, this, [this, entry](ApiResult<WorkOrder> r) {
        if (r.isOk())
            created(entry, r.value());
        else
            failed(entry, r.error());
    });
}

void OutboxReplayer::created(const OutboxEntry &entry, const WorkOrder &answer)
{
    const QString localId = entry.orderId;
    const QString serverId = answer.id;
    qCInfo(lcSync) << "created" << localId << "as" << serverId;
    // These three are queued in order on the cache's thread: later entries follow the new
    // id before this entry goes, so a crash in between never strands them on the local id.
    m_store->remapOutboxOrderId(localId, serverId, this, [](CacheResult<int>) {});
    m_store->removeOutbox(entry.seq);
    m_store->removeWorkOrder(localId);
    auto finishWith = [this, localId, entry](const WorkOrder &order) {
        if (m_store)
            m_store->upsertWorkOrder(order);
        ++m_report.sent;
        settle(entry.seq, sentResult(order));
        emit orderChanged(order, localId);
        emit outboxChanged();
        m_pending->reload();
        step();
    };
    if (!answer.customer.id.isEmpty() && answer.updatedAt.isValid()) {
        finishWith(answer);
        return;
    }
    // The reference's POST answer is partial: the cache wants the whole order.
    m_call =
        m_client->getWorkOrder(serverId, this, [answer, finishWith](ApiResult<WorkOrder> full) {
            finishWith(full.isOk() ? full.value() : answer);
        });
}

// --- update -----------------------------------------------------------------------------

void OutboxReplayer::replayUpdate(const OutboxEntry &entry)
{
    if (OutboxEntry::isLocalId(entry.orderId)) {
        // Its create is gone (discarded): there is no server order to change.
        markNeedsAttention(entry, tr("This change belongs to a new work order that was never "
                                     "created on the server."));
        return;
    }
    if (!entry.baseUpdatedAt.isValid()) {
        put(entry);
        return;
    }
    m_call = m_client->getWorkOrder(entry.orderId, this, [this, entry](ApiResult<WorkOrder> r) {
        if (!r.isOk()) {
            failed(entry, r.error());
            return;
        }
        auto conflict = Conflict::detect(entry.orderId, outboxpayload::body(entry.payload),
                                         outboxpayload::baseValues(entry.payload),
                                         entry.baseUpdatedAt, r.value());
        if (!conflict) {
            put(entry);
            return;
        }
        qCInfo(lcSync) << "conflict on" << entry.orderId << "entry" << entry.seq;
        conflict->seq = entry.seq;
        if (!m_store) {
            finish();
            return;
        }
        // People choose between names, not ids: the cache knows the edit's technician.
        loadNameBook(m_store, this, conflict->theirs.customer.id,
                     [this, conflict = *conflict](const NameBook &names) mutable {
                         conflict.nameIds(names);
                         m_conflicts.insert(conflict.seq, conflict);
                         ++m_report.conflicts;
                         emit conflictDetected(conflict);
                         settle(conflict.seq, queuedResult(conflict.seq, conflict.orderId));
                         step(); // other orders go on meanwhile
                     });
    });
}

void OutboxReplayer::put(const OutboxEntry &entry)
{
    const WorkOrderPatch patch = outboxpayload::patchFrom(outboxpayload::body(entry.payload));
    m_call = m_client->updateWorkOrder(entry.orderId, patch, this,
                                       [this, entry](ApiResult<WorkOrder> r) {
                                           if (!r.isOk()) {
                                               failed(entry, r.error());
                                               return;
                                           }
                                           if (m_store)
                                               m_store->upsertWorkOrder(r.value());
                                           emit orderChanged(r.value(), entry.orderId);
                                           rebaseLaterEdits(entry, r.value().updatedAt);
                                       });
}

void OutboxReplayer::rebaseLaterEdits(const OutboxEntry &entry, const QDateTime &newBase)
{
    if (!entry.baseUpdatedAt.isValid() || !newBase.isValid() || !m_store) {
        done(entry);
        return;
    }
    // Later edits of this order were made on top of this one, not on what someone else did:
    // they now start from the server's new version, so this edit cannot conflict with them.
    m_store->listOutbox(
        OutboxEntry::State::Pending, this,
        [this, entry, newBase](CacheResult<QList<OutboxEntry>> listed) {
            if (listed.isOk() && m_store) {
                for (const OutboxEntry &later : listed.value()) {
                    if (later.seq > entry.seq && later.orderId == entry.orderId &&
                        later.kind == OutboxEntry::Kind::Update &&
                        Conflict::sameSecond(later.baseUpdatedAt, entry.baseUpdatedAt))
                        m_store->updateOutboxPayload(later.seq, later.payload, newBase);
                }
            }
            done(entry);
        });
}

// --- delete -----------------------------------------------------------------------------

void OutboxReplayer::replayDelete(const OutboxEntry &entry)
{
    if (OutboxEntry::isLocalId(entry.orderId)) {
        done(entry); // never created on the server: nothing to delete there
        return;
    }
    m_call = m_client->deleteWorkOrder(entry.orderId, this, [this, entry](ApiResult<NoContent> r) {
        // Already gone (404) is what the user asked for.
        if (!r.isOk() && !isNotFound(r.error())) {
            failed(entry, r.error());
            return;
        }
        if (m_store)
            m_store->removeWorkOrder(entry.orderId);
        emit orderRemoved(entry.orderId);
        done(entry);
    });
}

// --- outcomes ---------------------------------------------------------------------------

void OutboxReplayer::done(const OutboxEntry &entry)
{
    if (!m_store) {
        finish();
        return;
    }
    m_store->removeOutbox(entry.seq, this, [this, entry](CacheResult<CacheDone> removed) {
        if (!removed.isOk()) {
            m_report.cacheError = removed.error();
            finish();
            return;
        }
        ++m_report.sent;
        settle(entry.seq, sentResult(std::nullopt, entry.orderId));
        emit outboxChanged();
        m_pending->reload();
        step();
    });
}

void OutboxReplayer::failed(const OutboxEntry &entry, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        finish();
        return;
    }
    if (isRefusal(error)) {
        qCInfo(lcSync) << "server refused outbox entry" << entry.seq << error.technicalDetail();
        // A refused delete leaves the order on the server: show it again.
        if (entry.kind == OutboxEntry::Kind::Delete)
            refreshFromServer(entry.orderId);
        // Kept for the edit dialog, which shows each under its field; queued before the mark.
        if (m_store &&
            (!error.details().isEmpty() || !outboxpayload::refusal(entry.payload).isEmpty()))
            m_store->updateOutboxPayload(entry.seq,
                                         outboxpayload::withRefusal(entry.payload, error.details()),
                                         entry.baseUpdatedAt);
        markNeedsAttention(entry, refusalMessage(error), error);
        return;
    }
    qCInfo(lcSync) << "replay stopped:" << error.technicalDetail();
    m_monitor->reportFailure(error);
    m_report.stoppedBy = error;
    finish();
}

void OutboxReplayer::markNeedsAttention(const OutboxEntry &entry, const QString &message,
                                        const ApiError &error)
{
    if (!m_store) {
        finish();
        return;
    }
    m_store->markOutboxNeedsAttention(entry.seq, message, this,
                                      [this, entry, message, error](CacheResult<CacheDone> marked) {
                                          if (!marked.isOk()) {
                                              m_report.cacheError = marked.error();
                                              finish();
                                              return;
                                          }
                                          OutboxEntry kept = entry;
                                          kept.state = OutboxEntry::State::NeedsAttention;
                                          kept.errorMessage = message;
                                          ++kept.attempts;
                                          kept.lastAttemptAt = QDateTime::currentDateTimeUtc();
                                          ++m_report.needsAttention;
                                          settle(entry.seq, refusedResult(entry, message, error));
                                          emit needsAttention(kept);
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
        QTimer::singleShot(0, this, &OutboxReplayer::replay);
        return;
    }
    // No pass follows: an amended entry not sent by now waits (offline, blocked, stopped).
    const QList<qint64> waiting = m_amended.keys();
    for (qint64 seq : waiting)
        settle(seq, queuedResult(seq, {}));
}

void OutboxReplayer::refreshFromServer(const QString &id)
{
    if (!m_monitor->isOnline() || OutboxEntry::isLocalId(id))
        return;
    m_client->getWorkOrder(id, this, [this, id](ApiResult<WorkOrder> r) {
        if (r.isOk()) {
            if (m_store)
                m_store->upsertWorkOrder(r.value());
            emit orderChanged(r.value(), id);
        } else if (isNotFound(r.error())) {
            if (m_store)
                m_store->removeWorkOrder(id);
            emit orderRemoved(id);
        }
    });
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
        // The edit now starts from the server's version: the next check passes unless the
        // server changes again meanwhile.
        const QJsonObject payload =
            outboxpayload::forUpdate(c.mine, OrderFields::wireValues(c.theirs, c.mine.keys()));
        m_store->updateOutboxPayload(seq, payload, c.theirs.updatedAt, this,
                                     [this, seq](CacheResult<CacheDone>) { resolved(seq); });
    });
}

void OutboxReplayer::takeTheirs(qint64 seq)
{
    withConflict(seq, [this, seq](const Conflict &c) {
        m_store->upsertWorkOrder(c.theirs);
        m_store->removeOutbox(seq, this, [this, c, seq](CacheResult<CacheDone>) {
            emit orderChanged(c.theirs, c.orderId);
            resolved(seq);
        });
    });
}

void OutboxReplayer::edit(qint64 seq, const WorkOrderPatch &patch)
{
    withConflict(seq, [this, seq, patch](const Conflict &c) {
        const QJsonObject body = patch.toJson();
        const QJsonObject payload =
            outboxpayload::forUpdate(body, OrderFields::wireValues(c.theirs, body.keys()));
        const WorkOrder row = PendingChange::applied(c.theirs, body, {});
        m_store->upsertWorkOrder(row);
        m_store->updateOutboxPayload(seq, payload, c.theirs.updatedAt, this,
                                     [this, row, seq](CacheResult<CacheDone>) {
                                         emit orderChanged(row, row.id);
                                         resolved(seq);
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

void OutboxReplayer::amend(qint64 seq, const QJsonObject &body, QObject *context,
                           std::function<void(WriteResult)> done)
{
    if (!m_store) {
        WriteResult closed;
        closed.outcome = WriteResult::Outcome::Failed;
        closed.cacheError = CacheError(CacheError::Kind::NotOpen, u"no cache store"_s);
        Amended{context, context != nullptr, std::move(done)}(closed);
        return;
    }
    m_store->listOutbox(
        std::nullopt, this,
        [this, seq, body, reply = Amended{context, context != nullptr, std::move(done)}](
            CacheResult<QList<OutboxEntry>> listed) {
            const QList<OutboxEntry> entries =
                listed.isOk() ? listed.value() : QList<OutboxEntry>();
            const auto it = std::find_if(entries.begin(), entries.end(),
                                         [seq](const OutboxEntry &e) { return e.seq == seq; });
            if (it == entries.end() || !m_store) {
                WriteResult gone;
                gone.outcome = WriteResult::Outcome::Failed;
                gone.cacheError = listed.isOk() ? CacheError(CacheError::Kind::NotOpen,
                                                             u"the outbox entry is gone"_s)
                                                : listed.error();
                reply(gone);
                return;
            }
            const OutboxEntry entry = *it;
            // An update keeps the values its fields had when the edit started (conflict check).
            const QJsonObject payload =
                entry.kind == OutboxEntry::Kind::Update
                    ? outboxpayload::forUpdate(body, outboxpayload::baseValues(entry.payload))
                    : body;
            m_amended.insert(seq, reply);
            // Both queued in order on the cache's thread: the pass below reads the new body.
            m_store->updateOutboxPayload(seq, payload, entry.baseUpdatedAt);
            m_store->markOutboxPending(seq, this,
                                       [this, seq, entry](CacheResult<CacheDone> marked) {
                                           if (!marked.isOk()) {
                                               WriteResult failedResult;
                                               failedResult.outcome = WriteResult::Outcome::Failed;
                                               failedResult.orderId = entry.orderId;
                                               failedResult.cacheError = marked.error();
                                               settle(seq, failedResult);
                                               return;
                                           }
                                           emit outboxChanged();
                                           m_pending->reload();
                                           if (m_monitor->isOnline())
                                               replay();
                                           else
                                               settle(seq, queuedResult(seq, entry.orderId));
                                       });
        });
}

void OutboxReplayer::settle(qint64 seq, const WriteResult &result)
{
    const auto it = m_amended.constFind(seq);
    if (it == m_amended.cend())
        return;
    const Amended waiting = *it;
    m_amended.erase(it);
    waiting(result);
}

void OutboxReplayer::retry(qint64 seq)
{
    if (!m_store)
        return;
    m_store->markOutboxPending(seq, this, [this](CacheResult<CacheDone>) {
        emit outboxChanged();
        replay();
    });
}

void OutboxReplayer::discard(qint64 seq)
{
    if (!m_store)
        return;
    m_conflicts.remove(seq);
    m_store->listOutbox(std::nullopt, this, [this, seq](CacheResult<QList<OutboxEntry>> listed) {
        if (!listed.isOk() || !m_store)
            return;
        const auto &entries = listed.value();
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [seq](const OutboxEntry &e) { return e.seq == seq; });
        if (it == entries.end())
            return;
        const OutboxEntry entry = *it;
        if (entry.kind == OutboxEntry::Kind::Create) {
            // A new order given up: its later edits and its local row go with it.
            for (const OutboxEntry &e : entries) {
                if (e.orderId == entry.orderId)
                    m_store->removeOutbox(e.seq);
            }
            m_store->removeWorkOrder(entry.orderId);
            emit orderRemoved(entry.orderId);
        } else {
            m_store->removeOutbox(seq);
            refreshFromServer(entry.orderId);
        }
        emit outboxChanged();
        m_pending->reload();
    });
}

} // namespace fentu
