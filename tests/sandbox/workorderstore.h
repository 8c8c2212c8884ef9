#pragma once

#include "directorystore.h"
#include "listquery.h"
#include "orderrecord.h"
#include "workorderinput.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

class QSqlQuery;

namespace fentu::sandbox {

class SandboxDatabase;

/// What a store call came to. Failed means SQLite itself failed (logged; answer 500).
enum class Outcome
{
    Ok,
    NotFound,
    Failed
};

/// The fields of a stored order that the validation rules look at.
struct OrderState
{
    QString status;
    QString customerId;
    std::optional<QString> contactId;
    std::optional<QString> technicianId;
};

/// Work orders: the list with its filters and order, details, create, partial update and
/// the trash.
///
/// The list's order (scheduled_date ascending, then creation; unscheduled last) is kept in
/// a derived column, sort_key: scheduled_date in seconds since the epoch, or
/// unscheduledSortKey. One integer orders and date-filters the list from an index, and such
/// indexes build several times faster than ones on an expression over the text date.
class WorkOrderStore
{
public:
    static constexpr qint64 unscheduledSortKey = qint64(1) << 53;

    explicit WorkOrderStore(SandboxDatabase &database);

    /// Ordered by scheduled_date, then creation (seq); unscheduled orders last.
    std::optional<StoredPage> list(const OrderListFilter &filter, const PageRequest &page) const;
    Outcome detail(const QString &id, QJsonObject *order) const;
    Outcome state(const QString &id, OrderState *state) const;

    /// Inserts a new order, giving it the next id and a WO-<year>-<seq> number for the year
    /// of `now`. Fills record->id and record->number.
    Outcome create(OrderRecord *record, const QDateTime &now);
    /// Changes only the fields present in `input`; updated_at becomes `now`, or one second
    /// after the previous updated_at if that is not earlier (so every update is visible).
    Outcome update(const QString &id, const WorkOrderInput &input, const QDateTime &now);
    /// Moves the order to the trash table.
    Outcome trash(const QString &id, const QDateTime &now);

    /// The INSERT the seeder shares with create(); bind() then exec().
    static bool prepareInsert(QSqlQuery &query);
    static void bindInsert(QSqlQuery &query, qint64 seq, const OrderRecord &record);
    /// The public id of the order with this sequence number (wo-100001 ...). Fixed width up
    /// to 899,999 orders, so text order and creation order agree.
    static QString idForSeq(qint64 seq);
    /// sort_key for a scheduled_date in timestamps::format() form, or none.
    static qint64 sortKey(const std::optional<QString> &scheduledDate);
    static QString number(int year, qint64 sequence);

private:
    Outcome inTransaction(const std::function<Outcome()> &work);

    SandboxDatabase &m_database;
};

} // namespace fentu::sandbox
