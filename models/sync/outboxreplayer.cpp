#include "sync/outboxreplayer.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/connectivitymonitor.h"
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
                m_conflicts.contains(entry.seq))
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
    auto finishWith = [this, localId](const WorkOrder &order) {
        if (m_store)
            m_store->upsertWorkOrder(order);
        ++m_report.sent;
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
        m_conflicts.insert(entry.seq, *conflict);
        ++m_report.conflicts;
        emit conflictDetected(*conflict);
        step(); // other orders go on meanwhile
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
    m_store->removeOutbox(entry.seq, this, [this](CacheResult<CacheDone> removed) {
        if (!removed.isOk()) {
            m_report.cacheError = removed.error();
            finish();
            return;
        }
        ++m_report.sent;
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
        markNeedsAttention(entry, refusalMessage(error));
        return;
    }
    qCInfo(lcSync) << "replay stopped:" << error.technicalDetail();
    m_monitor->reportFailure(error);
    m_report.stoppedBy = error;
    finish();
}

void OutboxReplayer::markNeedsAttention(const OutboxEntry &entry, const QString &message)
{
    if (!m_store) {
        finish();
        return;
    }
    m_store->markOutboxNeedsAttention(entry.seq, message, this,
                                      [this, entry, message](CacheResult<CacheDone> marked) {
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
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &OutboxReplayer::replay);
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
    work(conflict);
}

void OutboxReplayer::keepMine(qint64 seq)
{
    withConflict(seq, [this, seq](const Conflict &c) {
        // The edit now starts from the server's version: the next check passes unless the
        // server changes again meanwhile.
        const QJsonObject payload =
            outboxpayload::forUpdate(c.mine, OrderFields::wireValues(c.theirs, c.mine.keys()));
        m_store->updateOutboxPayload(seq, payload, c.theirs.updatedAt, this,
                                     [this](CacheResult<CacheDone>) {
                                         emit outboxChanged();
                                         replay();
                                     });
    });
}

void OutboxReplayer::takeTheirs(qint64 seq)
{
    withConflict(seq, [this, seq](const Conflict &c) {
        m_store->upsertWorkOrder(c.theirs);
        m_store->removeOutbox(seq, this, [this, c](CacheResult<CacheDone>) {
            emit orderChanged(c.theirs, c.orderId);
            emit outboxChanged();
            m_pending->reload();
            replay();
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
                                     [this, row](CacheResult<CacheDone>) {
                                         emit orderChanged(row, row.id);
                                         emit outboxChanged();
                                         replay();
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
