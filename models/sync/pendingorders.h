#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace fentu {

class CacheStore;
class WorkOrderTableModel;

/// The ids of orders with unsent edits in the outbox, kept in step with the cache: what the
/// table marks as pending (WorkOrderTableModel::setPending) and what OrderWriter checks so
/// that a new edit never overtakes an older queued one of the same order.
class PendingOrders : public QObject
{
    Q_OBJECT
public:
    /// `store` is not owned.
    explicit PendingOrders(CacheStore *store, QObject *parent = nullptr);

    const QSet<QString> &ids() const { return m_ids; }
    bool contains(const QString &id) const { return m_ids.contains(id); }
    /// Re-reads the ids from the outbox (after any outbox change); emits for each difference.
    void reload();
    /// Another server is used from now on: no id is pending until its cache says (reload()),
    /// and a read of the last server's outbox still on its way is not applied.
    void forgetAll();
    /// Marks `id` at once, before the outbox read confirms it (the row turns pending as soon
    /// as the edit is saved).
    void add(const QString &id);
    /// Keeps `model`'s pending marks equal to this set, now and after every change.
    void bindModel(WorkOrderTableModel *model);

signals:
    void pendingChanged(const QString &id, bool pending);
    /// Emitted after every reload, changed or not.
    void reloaded();

private:
    void apply(const QSet<QString> &ids);

    QPointer<CacheStore> m_store;
    QSet<QString> m_ids;
    int m_generation = 0;
};

} // namespace fentu
