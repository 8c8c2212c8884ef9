#include "sync/orderwriter.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "domain/codec.h"
#include "sync/connectivitymonitor.h"
#include "sync/namebookloader.h"
#include "sync/orderfields.h"
#include "sync/outboxpayload.h"
#include "sync/pendingchange.h"
#include "sync/pendingorders.h"
#include "sync/synclogging.h"

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

const QString kNextLocalNumber = u"next_local_order_number"_s;

WriteResult refused(const QString &id, const ApiError &error)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Refused;
    result.orderId = id;
    result.apiError = error;
    return result;
}

WriteResult failed(const QString &id, const CacheError &error)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Failed;
    result.orderId = id;
    result.cacheError = error;
    return result;
}

WriteResult sent(const QString &id, std::optional<WorkOrder> order)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Sent;
    result.orderId = id;
    result.order = std::move(order);
    return result;
}

WriteResult queuedResult(const QString &id, qint64 seq)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Queued;
    result.orderId = id;
    result.outboxSeq = seq;
    return result;
}

bool isNotFound(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.httpStatus() == 404;
}

/// The values `fields` had in the version of the order the edit started from, when the cached
/// row is that version. A list row does not hold description, notes or contact: those stay
/// unknown rather than being taken for empty.
QJsonObject baseValuesOf(const std::optional<CachedWorkOrder> &cached, const QDateTime &base,
                         const QStringList &fields)
{
    QJsonObject values;
    if (!cached || !Conflict::sameSecond(cached->order.updatedAt, base))
        return values;
    for (const QString &field : fields) {
        if (!cached->hasDetail && PendingChange::isDetailField(field))
            continue;
        values.insert(field, OrderFields::wireValue(cached->order, field));
    }
    return values;
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
    : QObject(parent), m_client(client), m_store(store), m_monitor(monitor), m_pending(pending)
{
    Q_ASSERT(client && store && monitor && pending);
}

bool OrderWriter::sendsDirectly(const QString &id) const
{
    // An order with queued edits waits its turn: a new edit must never overtake an older one.
    return m_monitor->isOnline() && !m_pending->contains(id) && !OutboxEntry::isLocalId(id);
}

// --- create -----------------------------------------------------------------------------

void OrderWriter::create(const NewWorkOrder &order, QObject *context, Callback done)
{
    const Reply reply{context, context != nullptr, std::make_shared<Callback>(std::move(done))};
    if (m_monitor->isOnline())
        createOnline(order, reply);
    else
        queueCreate(order, reply);
}

void OrderWriter::createOnline(const NewWorkOrder &order, const Reply &reply)
{
    m_client->createWorkOrder(order, this, [this, order, reply](ApiResult<WorkOrder> r) {
        if (!r.isOk()) {
            // Only a failure that left the server unreachable is queued. (A timeout may
            // hide a create the server did make; queueing it risks a duplicate, which the
            // user can delete, where dropping it would lose their work.)
            if (m_monitor->reportFailure(r.error()))
                queueCreate(order, reply);
            else
                reply(refused({}, r.error()));
            return;
        }
        const WorkOrder answer = r.value();
        if (!answer.customer.id.isEmpty() && answer.updatedAt.isValid()) {
            serverAnswered(answer, reply);
            return;
        }
        // The reference's POST answer is partial: fetch the whole order for the cache.
        m_client->getWorkOrder(
            answer.id, this, [this, order, answer, reply](ApiResult<WorkOrder> full) {
                if (full.isOk()) {
                    serverAnswered(full.value(), reply);
                    return;
                }
                WorkOrder known = PendingChange::created(order, answer.id, answer.number, {},
                                                         answer.createdAt.isValid()
                                                             ? answer.createdAt
                                                             : QDateTime::currentDateTimeUtc());
                if (answer.status != Status::Unknown) {
                    known.status = answer.status;
                    known.statusText = answer.statusText;
                }
                serverAnswered(known, reply);
            });
    });
}

void OrderWriter::queueCreate(const NewWorkOrder &order, const Reply &reply)
{
    if (!m_store) {
        reply(failed({}, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    loadNameBook(m_store, this, order.customerId, [this, order, reply](NameBook names) {
        nextLocalNumber([this, order, reply, names](int number) {
            if (!m_store)
                return reply(failed({}, CacheError(CacheError::Kind::NotOpen, u"gone"_s)));
            const QString localId = OutboxEntry::newLocalId();
            OutboxEntry entry;
            entry.kind = OutboxEntry::Kind::Create;
            entry.orderId = localId;
            entry.payload = codec::encode(order);
            m_store->enqueueOutbox(
                entry, this,
                [this, order, reply, names, number, localId](CacheResult<OutboxEntry> stored) {
                    if (!stored.isOk())
                        return reply(failed({}, stored.error()));
                    const WorkOrder row =
                        PendingChange::created(order, localId, u"NEW-%1"_s.arg(number), names,
                                               QDateTime::currentDateTimeUtc());
                    // Queued behind the commit: whoever reads the cache next sees the row.
                    m_store->upsertWorkOrder(row);
                    queued(localId, stored.value().seq);
                    emit orderChanged(row);
                    WriteResult result = queuedResult(localId, stored.value().seq);
                    result.order = row;
                    reply(std::move(result));
                });
        });
    });
}

void OrderWriter::nextLocalNumber(std::function<void(int)> done)
{
    auto take = [this, done = std::move(done)] {
        const int number = (*m_nextLocalNumber)++;
        if (m_store)
            m_store->setSyncState(kNextLocalNumber, QString::number(*m_nextLocalNumber));
        done(number);
    };
    if (m_nextLocalNumber || !m_store) {
        if (!m_nextLocalNumber)
            m_nextLocalNumber = 1;
        take();
        return;
    }
    // Kept in the cache so that numbers stay unique across restarts.
    m_store->syncState(kNextLocalNumber, this,
                       [this, take = std::move(take)](CacheResult<std::optional<QString>> r) {
                           if (!m_nextLocalNumber) {
                               const int stored = r.isOk() && r.value() ? r.value()->toInt() : 0;
                               m_nextLocalNumber = std::max(1, stored);
                           }
                           take();
                       });
}

// --- update -----------------------------------------------------------------------------

void OrderWriter::update(const QString &id, const WorkOrderPatch &patch,
                         const QDateTime &baseUpdatedAt, QObject *context, Callback done)
{
    const Reply reply{context, context != nullptr, std::make_shared<Callback>(std::move(done))};
    if (sendsDirectly(id))
        updateOnline(id, patch, baseUpdatedAt, reply);
    else
        queueUpdate(id, patch, baseUpdatedAt, reply);
}

void OrderWriter::updateOnline(const QString &id, const WorkOrderPatch &patch,
                               const QDateTime &base, const Reply &reply)
{
    if (!m_store) {
        reply(failed(id, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    // The cached row, if it is the version the edit started from, tells the base values.
    m_store->getWorkOrder(
        id, this,
        [this, id, patch, base, reply](CacheResult<std::optional<CachedWorkOrder>> cached) {
            const QJsonObject baseValues = baseValuesOf(
                cached.isOk() ? cached.value() : std::nullopt, base, patch.toJson().keys());
            if (!base.isValid()) {
                putOnline(id, patch, base, reply);
                return;
            }
            m_client->getWorkOrder(
                id, this, [this, id, patch, base, baseValues, reply](ApiResult<WorkOrder> current) {
                    if (!current.isOk()) {
                        if (m_monitor->reportFailure(current.error()))
                            queueUpdate(id, patch, base, reply);
                        else
                            reply(refused(id, current.error()));
                        return;
                    }
                    auto conflict =
                        Conflict::detect(id, patch.toJson(), baseValues, base, current.value());
                    if (!conflict) {
                        putOnline(id, patch, base, reply);
                        return;
                    }
                    // The user decides; meanwhile the cache shows what the server holds.
                    if (!m_store)
                        return reply(failed(id, CacheError(CacheError::Kind::NotOpen, u"gone"_s)));
                    m_store->upsertWorkOrder(current.value());
                    emit orderChanged(current.value());
                    WriteResult result;
                    result.outcome = WriteResult::Outcome::Conflict;
                    result.orderId = id;
                    result.order = current.value();
                    // People choose between names, not ids: the cache knows the edit's ones.
                    loadNameBook(
                        m_store, this, current.value().customer.id,
                        [reply, result, c = std::move(*conflict)](const NameBook &names) mutable {
                            c.nameIds(names);
                            result.conflict = std::move(c);
                            reply(std::move(result));
                        });
                });
        });
}

void OrderWriter::putOnline(const QString &id, const WorkOrderPatch &patch, const QDateTime &base,
                            const Reply &reply)
{
    m_client->updateWorkOrder(id, patch, this,
                              [this, id, patch, base, reply](ApiResult<WorkOrder> r) {
                                  if (r.isOk())
                                      serverAnswered(r.value(), reply);
                                  else if (m_monitor->reportFailure(r.error()))
                                      queueUpdate(id, patch, base, reply);
                                  else
                                      reply(refused(id, r.error()));
                              });
}

void OrderWriter::queueUpdate(const QString &id, const WorkOrderPatch &patch, const QDateTime &base,
                              const Reply &reply)
{
    if (!m_store) {
        reply(failed(id, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    m_store->getWorkOrder(
        id, this,
        [this, id, patch, base, reply](CacheResult<std::optional<CachedWorkOrder>> cached) {
            std::optional<CachedWorkOrder> row;
            if (cached.isOk())
                row = cached.value();
            const QJsonObject body = patch.toJson();
            const QJsonObject baseValues = baseValuesOf(row, base, body.keys());
            OutboxEntry entry;
            entry.kind = OutboxEntry::Kind::Update;
            entry.orderId = id;
            entry.payload = outboxpayload::forUpdate(body, baseValues);
            entry.baseUpdatedAt = base;
            if (!m_store)
                return reply(failed(id, CacheError(CacheError::Kind::NotOpen, u"gone"_s)));
            m_store->enqueueOutbox(
                entry, this, [this, id, body, row, reply](CacheResult<OutboxEntry> stored) {
                    if (!stored.isOk())
                        return reply(failed(id, stored.error()));
                    queued(id, stored.value().seq);
                    const WriteResult result = queuedResult(id, stored.value().seq);
                    if (row)
                        writePendingRow(*row, body, result, reply);
                    else
                        reply(result);
                });
        });
}

void OrderWriter::writePendingRow(const CachedWorkOrder &cached, const QJsonObject &patch,
                                  const WriteResult &queuedAs, const Reply &reply)
{
    loadNameBook(m_store, this, cached.order.customer.id,
                 [this, cached, patch, queuedAs, reply](NameBook names) {
                     const WorkOrder row = PendingChange::applied(cached.order, patch, names);
                     if (m_store) {
                         if (cached.hasDetail || PendingChange::touchesDetail(patch))
                             m_store->upsertWorkOrder(row);
                         else
                             m_store->upsertSummaries({row});
                     }
                     emit orderChanged(row);
                     WriteResult result = queuedAs;
                     result.order = row;
                     reply(std::move(result));
                 });
}

// --- remove -----------------------------------------------------------------------------

void OrderWriter::remove(const QString &id, QObject *context, Callback done)
{
    const Reply reply{context, context != nullptr, std::make_shared<Callback>(std::move(done))};
    if (OutboxEntry::isLocalId(id))
        dropLocal(id, reply);
    else if (sendsDirectly(id))
        removeOnline(id, reply);
    else
        queueRemove(id, reply);
}

void OrderWriter::removeOnline(const QString &id, const Reply &reply)
{
    m_client->deleteWorkOrder(id, this, [this, id, reply](ApiResult<NoContent> r) {
        // Already gone (404) is what the user asked for.
        if (r.isOk() || isNotFound(r.error())) {
            if (m_store)
                m_store->removeWorkOrder(id);
            emit orderRemoved(id);
            reply(sent(id, std::nullopt));
        } else if (m_monitor->reportFailure(r.error())) {
            queueRemove(id, reply);
        } else {
            reply(refused(id, r.error()));
        }
    });
}

void OrderWriter::queueRemove(const QString &id, const Reply &reply)
{
    if (!m_store) {
        reply(failed(id, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Delete;
    entry.orderId = id;
    m_store->enqueueOutbox(entry, this, [this, id, reply](CacheResult<OutboxEntry> stored) {
        if (!stored.isOk())
            return reply(failed(id, stored.error()));
        if (m_store)
            m_store->removeWorkOrder(id);
        queued(id, stored.value().seq);
        emit orderRemoved(id);
        reply(queuedResult(id, stored.value().seq));
    });
}

void OrderWriter::dropLocal(const QString &id, const Reply &reply)
{
    if (!m_store) {
        reply(failed(id, CacheError(CacheError::Kind::NotOpen, u"no cache store"_s)));
        return;
    }
    m_store->listOutbox(std::nullopt, this, [this, id, reply](CacheResult<QList<OutboxEntry>> r) {
        if (!r.isOk() || !m_store)
            return reply(failed(id, r.isOk() ? CacheError(CacheError::Kind::NotOpen, u"gone"_s)
                                             : r.error()));
        for (const OutboxEntry &entry : r.value()) {
            if (entry.orderId == id)
                m_store->removeOutbox(entry.seq);
        }
        m_store->removeWorkOrder(id, this, [this, id, reply](CacheResult<CacheDone> removed) {
            if (!removed.isOk())
                return reply(failed(id, removed.error()));
            m_pending->reload();
            emit orderRemoved(id);
            reply(sent(id, std::nullopt));
        });
    });
}

// --- shared -----------------------------------------------------------------------------

void OrderWriter::serverAnswered(const WorkOrder &order, const Reply &reply)
{
    if (m_store)
        m_store->upsertWorkOrder(order); // a failure is reported by CacheStore::writeFailed
    emit orderChanged(order);
    reply(sent(order.id, order));
}

void OrderWriter::queued(const QString &orderId, qint64 seq)
{
    qCInfo(lcSync) << "edit of" << orderId << "queued in the outbox as" << seq;
    m_pending->add(orderId);
    m_pending->reload();
    emit outboxChanged();
}

} // namespace fentu
