#include "sync/pendingorders.h"

#include "cache/cachestore.h"
#include "itemmodels/workordertablemodel.h"

namespace fentu {

PendingOrders::PendingOrders(CacheStore *store, QObject *parent) : QObject(parent), m_store(store)
{}

void PendingOrders::reload()
{
    if (!m_store)
        return;
    // Reads are answered in order; only the newest one is applied in case they overlap.
    const int generation = ++m_generation;
    m_store->orderIdsWithOutboxEntries(this, [this, generation](CacheResult<QStringList> r) {
        if (generation != m_generation)
            return;
        if (r.isOk())
            apply(QSet<QString>(r.value().begin(), r.value().end()));
        emit reloaded();
    });
}

void PendingOrders::forgetAll()
{
    ++m_generation;
    apply({});
}

void PendingOrders::add(const QString &id)
{
    if (id.isEmpty() || m_ids.contains(id))
        return;
    m_ids.insert(id);
    emit pendingChanged(id, true);
}

void PendingOrders::bindModel(WorkOrderTableModel *model)
{
    for (const QString &id : std::as_const(m_ids))
        model->setPending(id, true);
    connect(this, &PendingOrders::pendingChanged, model,
            [model](const QString &id, bool pending) { model->setPending(id, pending); });
}

void PendingOrders::apply(const QSet<QString> &ids)
{
    const QSet<QString> old = std::exchange(m_ids, ids);
    for (const QString &id : old) {
        if (!m_ids.contains(id))
            emit pendingChanged(id, false);
    }
    for (const QString &id : std::as_const(m_ids)) {
        if (!old.contains(id))
            emit pendingChanged(id, true);
    }
}

} // namespace fentu
