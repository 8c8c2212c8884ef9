#include "sync/orderwriter.h"

#include "cache/cachestore.h"
#include "cache/pendingchange.h"
#include "connectivity/connectivitymonitor.h"
#include "sync/orderfields.h"
#include "sync/pendingorders.h"
#include "sync/synclogging.h"

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

/// Saved in the outbox, to be sent later.
WriteResult keptForLater(const OutboxWrite &written)
{
    WriteResult saved;
    saved.outcome = WriteResult::Outcome::Queued;
    saved.orderId = written.orderId;
    saved.outboxSeq = written.entry.seq;
    saved.order = written.shown;
    return saved;
}

WriteResult failed(const QString &id, const CacheError &error)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Failed;
    result.orderId = id;
    result.cacheError = error;
    return result;
}

} // namespace

/// The caller's callback: delivered once, and only while its context lives.
struct OrderWriter::Reply
{
    QPointer<QObject> context;
    bool hasContext = false;
    std::shared_ptr<Callback> done;

    void operator()(WriteResult result) const
    {
        if (!done || !*done || (hasContext && !context))
            return;
        Callback callback = std::exchange(*done, nullptr);
        callback(std::move(result));
    }
};

OrderWriter::OrderWriter(ApiClient *client, CacheStore *store, ConnectivityMonitor *monitor,
                         PendingOrders *pending, QObject *parent)
    : QObject(parent), m_store(store), m_monitor(monitor), m_pending(pending),
      m_replayer(client, store, monitor, pending)
{
    Q_ASSERT(client && store && monitor && pending);
    connect(&m_replayer, &OutboxReplayer::orderChanged, this, &OrderWriter::orderChanged);
    connect(&m_replayer, &OutboxReplayer::orderRemoved, this, &OrderWriter::orderRemoved);
    connect(&m_replayer, &OutboxReplayer::outboxChanged, this, &OrderWriter::outboxChanged);
}

QJsonObject OrderWriter::seenValues(const WorkOrder &seen, bool detailKnown,
                                    const WorkOrderPatch &patch)
{
    QJsonObject values;
    for (const QString &field : patch.fields()) {
        if (!detailKnown && PendingChange::isDetailField(field))
            continue;
        values.insert(field, OrderFields::wireValue(seen, field));
    }
    return values;
}

void OrderWriter::park()
{
    ++m_server;
    m_replayer.park();
    emit parked();
}

void OrderWriter::create(const NewWorkOrder &order, QObject *context, Callback done)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Create;
    entry.orderId = OutboxEntry::newLocalId();
    entry.newOrder = order;
    submit(entry, {context, context != nullptr, std::make_shared<Callback>(std::move(done))});
}

void OrderWriter::update(const QString &id, const WorkOrderPatch &patch,
                         const QJsonObject &baseValues, QObject *context, Callback done)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Update;
    entry.orderId = id;
    entry.patch = patch;
    entry.baseValues = baseValues;
    submit(entry, {context, context != nullptr, std::make_shared<Callback>(std::move(done))});
}

void OrderWriter::remove(const QString &id, QObject *context, Callback done)
{
    const Reply reply{context, context != nullptr, std::make_shared<Callback>(std::move(done))};
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Delete;
    entry.orderId = id;
    if (!OutboxEntry::isLocalId(id) || !m_store) {
        submit(entry, reply);
        return;
    }
    // A new order never sent is simply given up; one whose create is on its way (or whose
    // answer was lost) gets a delete queued behind it, sent to the id the server gives it.
    m_store->dropUnsentCreate(
        id, this, [this, id, entry, reply, server = m_server](CacheResult<bool> dropped) {
            if (!dropped.isOk())
                return reply(failed(id, dropped.error()));
            const bool switched = server != m_server;
            if (!dropped.value() && switched) // the delete would land in the next server's outbox
                return reply(failed(id, CacheError(CacheError::Kind::NotOpen,
                                                   u"the server was switched meanwhile"_s)));
            if (!dropped.value())
                return submit(entry, reply);
            if (!switched) {
                m_pending->reload();
                emit orderRemoved(id);
                emit outboxChanged();
            }
            WriteResult result;
            result.outcome = WriteResult::Outcome::Sent;
            result.orderId = id;
            reply(result);
        });
}

void OrderWriter::resolve(const Conflict &conflict, Conflict::Choice choice,
                          const WorkOrderPatch &edited, QObject *context, Callback done)
{
    const Reply reply{context, context != nullptr, std::make_shared<Callback>(std::move(done))};
    m_replayer.await(conflict.seq, this, [reply](WriteResult result) { reply(result); });
    m_replayer.resolve(conflict.seq, choice, edited);
}

void OrderWriter::submit(const OutboxEntry &entry, const Reply &reply)
{
    if (!m_store) {
        reply(failed(entry.orderId, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    m_store->enqueueOutbox(
        entry, this, [this, entry, reply, server = m_server](CacheResult<OutboxWrite> written) {
            if (!written.isOk())
                return reply(failed(entry.orderId, written.error()));
            if (server != m_server)
                return reply(keptForLater(written.value()));
            queued(written.value(), reply);
        });
}

void OrderWriter::queued(const OutboxWrite &written, const Reply &reply)
{
    qCInfo(lcSync) << "change of" << written.orderId << "saved in the outbox as"
                   << written.entry.seq;
    m_pending->add(written.orderId);
    m_pending->reload();
    if (written.shown)
        emit orderChanged(*written.shown, written.previousOrderId);
    else
        emit orderRemoved(written.orderId);
    emit outboxChanged();

    const WriteResult saved = keptForLater(written);
    if (!m_monitor->isOnline()) {
        reply(saved);
        return;
    }
    // Sent at once: the caller hears what the server made of it. A change the server refuses
    // right away goes back to its caller, who shows why (the dialog keeps the values for a
    // correction; fentu-cli exits with the reason): the caller was told it is not saved, so
    // it does not stay behind in Needs Attention, blocking the order's next change.
    m_replayer.await(
        written.entry.seq, this, [this, reply, saved, server = m_server](WriteResult result) {
            if (result.outcome == WriteResult::Outcome::Queued) {
                result.order = saved.order;
                result.orderId = saved.orderId;
            } else if (result.outcome == WriteResult::Outcome::Refused && server == m_server) {
                // Not after a switch: the seq would name the next server's entry. The refused one
                // waits in its own server's Needs Attention instead.
                m_replayer.discard(saved.outboxSeq);
            }
            reply(result);
        });
    m_replayer.replay();
}

} // namespace fentu
