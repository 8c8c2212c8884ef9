#include "workorderstore.h"

#include "sandboxdatabase.h"
#include "sandboxlogging.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "query failed:" << query.lastError().text();
    return false;
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue intOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toInt());
}

QJsonValue reference(const QVariant &id, const QVariant &name)
{
    if (id.isNull())
        return QJsonValue::Null;
    return QJsonObject{{u"id"_s, id.toString()}, {u"name"_s, name.toString()}};
}

struct Where
{
    QStringList clauses;
    QVariantList values;

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
    }
    void bind(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

Where whereFor(const OrderListFilter &filter)
{
    Where where;
    auto add = [&where](const QString &clause, const QVariant &value) {
        where.clauses.append(clause);
        where.values.append(value);
    };
    if (filter.status)
        add(u"w.status = ?"_s, *filter.status);
    if (filter.customerId)
        add(u"w.customer_id = ?"_s, *filter.customerId);
    if (filter.technicianId)
        add(u"w.technician_id = ?"_s, *filter.technicianId);
    // On sort_key: the UTC day [from 00:00Z, to + 1 day 00:00Z). Unscheduled orders have a
    // key beyond every date and must not match a from_date alone.
    auto midnight = [](QDate date) {
        return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    };
    if (filter.fromDate) {
        add(u"w.sort_key >= ?"_s, midnight(*filter.fromDate));
        add(u"w.sort_key < ?"_s, WorkOrderStore::unscheduledSortKey);
    }
    if (filter.toDate)
        add(u"w.sort_key < ?"_s, midnight(filter.toDate->addDays(1)));
    return where;
}

// Field name in a body -> column, for the partial UPDATE.
template <typename T>
void addChange(const Change<T> &change, const QString &column, QStringList *sets,
               QVariantList *values)
{
    if (!change.present)
        return;
    sets->append(column + u" = ?"_s);
    values->append(change.value ? QVariant::fromValue(*change.value)
                                : QVariant(QMetaType::fromType<T>()));
}

} // namespace

WorkOrderStore::WorkOrderStore(SandboxDatabase &database) : m_database(database) {}

std::optional<StoredPage> WorkOrderStore::list(const OrderListFilter &filter,
                                               const PageRequest &page) const
{
    const Where where = whereFor(filter);
    StoredPage result;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM work_orders w"_s + where.sql());
    where.bind(query);
    if (!run(query) || !query.next())
        return std::nullopt;
    result.totalCount = query.value(0).toLongLong();

    // The page's rows are picked from the ordering index alone, and only they are joined:
    // joining every row an OFFSET skips made page 2,000 of 200,000 orders take a second.
    const QString order = u" ORDER BY w.sort_key, w.seq"_s;
    query.prepare(u"SELECT w.id, w.number, w.status, w.customer_id, c.name, w.technician_id, "
                  "t.name, w.scheduled_date, w.estimated_duration, w.work_order_type, "
                  "w.priority, w.created_at, w.updated_at FROM (SELECT w.seq FROM work_orders w"_s +
                  where.sql() + order +
                  u" LIMIT ? OFFSET ?) page JOIN work_orders w ON w.seq = page.seq "
                  "JOIN customers c ON c.id = w.customer_id "
                  "LEFT JOIN technicians t ON t.id = w.technician_id"_s +
                  order);
    where.bind(query);
    query.addBindValue(page.perPage);
    query.addBindValue(page.offset());
    if (!run(query))
        return std::nullopt;
    while (query.next()) {
        result.rows.append(QJsonObject{
            {u"id"_s, query.value(0).toString()},
            {u"work_order_number"_s, query.value(1).toString()},
            {u"status"_s, query.value(2).toString()},
            {u"customer"_s, reference(query.value(3), query.value(4))},
            {u"technician"_s, reference(query.value(5), query.value(6))},
            {u"scheduled_date"_s, textOrNull(query.value(7))},
            {u"estimated_duration"_s, intOrNull(query.value(8))},
            {u"work_order_type"_s, query.value(9).toString()},
            {u"priority"_s, query.value(10).toString()},
            {u"created_at"_s, query.value(11).toString()},
            {u"updated_at"_s, query.value(12).toString()},
        });
    }
    return result;
}

Outcome WorkOrderStore::detail(const QString &id, QJsonObject *order) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT w.seq, w.number, w.status, w.priority, w.work_order_type, "
                  "w.description, w.notes, w.customer_id, c.name, c.address, w.contact_id, "
                  "ct.name, ct.phone, w.technician_id, t.name, w.scheduled_date, "
                  "w.estimated_duration, w.created_at, w.updated_at FROM work_orders w "
                  "JOIN customers c ON c.id = w.customer_id "
                  "LEFT JOIN contacts ct ON ct.id = w.contact_id "
                  "LEFT JOIN technicians t ON t.id = w.technician_id WHERE w.id = ?"_s);
    query.addBindValue(id);
    if (!run(query))
        return Outcome::Failed;
    if (!query.next())
        return Outcome::NotFound;

    QJsonValue contact = QJsonValue::Null;
    if (!query.value(10).isNull()) {
        contact = QJsonObject{{u"id"_s, query.value(10).toString()},
                              {u"name"_s, query.value(11).toString()},
                              {u"phone"_s, query.value(12).toString()}};
    }
    *order = QJsonObject{
        {u"id"_s, id},
        {u"work_order_number"_s, query.value(1).toString()},
        {u"status"_s, query.value(2).toString()},
        {u"priority"_s, query.value(3).toString()},
        {u"work_order_type"_s, query.value(4).toString()},
        {u"description"_s, query.value(5).toString()},
        {u"notes"_s, textOrNull(query.value(6))},
        {u"customer"_s, QJsonObject{{u"id"_s, query.value(7).toString()},
                                    {u"name"_s, query.value(8).toString()},
                                    {u"address"_s, query.value(9).toString()}}},
        {u"contact"_s, contact},
        {u"technician"_s, reference(query.value(13), query.value(14))},
        {u"scheduled_date"_s, textOrNull(query.value(15))},
        {u"estimated_duration"_s, intOrNull(query.value(16))},
        {u"created_at"_s, query.value(17).toString()},
        {u"updated_at"_s, query.value(18).toString()},
    };
    const qint64 seq = query.value(0).toLongLong();

    query.prepare(u"SELECT id, name, status FROM tasks WHERE work_order_seq = ? ORDER BY seq"_s);
    query.addBindValue(seq);
    if (!run(query))
        return Outcome::Failed;
    QJsonArray tasks;
    while (query.next()) {
        tasks.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                 {u"name"_s, query.value(1).toString()},
                                 {u"status"_s, query.value(2).toString()}});
    }
    order->insert(u"tasks"_s, tasks);
    return Outcome::Ok;
}

Outcome WorkOrderStore::state(const QString &id, OrderState *state) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT status, customer_id, contact_id, technician_id FROM work_orders "
                  "WHERE id = ?"_s);
    query.addBindValue(id);
    if (!run(query))
        return Outcome::Failed;
    if (!query.next())
        return Outcome::NotFound;
    state->status = query.value(0).toString();
    state->customerId = query.value(1).toString();
    if (!query.value(2).isNull())
        state->contactId = query.value(2).toString();
    if (!query.value(3).isNull())
        state->technicianId = query.value(3).toString();
    return Outcome::Ok;
}

Outcome WorkOrderStore::create(OrderRecord *record, const QDateTime &now)
{
    return inTransaction([&]() {
        QString error;
        const int year = now.toUTC().date().year();
        const qint64 seq = m_database.nextValue(u"work_order"_s, &error);
        const qint64 sequence = m_database.nextValue(u"number:%1"_s.arg(year), &error);
        if (seq < 0 || sequence < 0) {
            qCWarning(lcSandbox) << "counter failed:" << error;
            return Outcome::Failed;
        }
        record->id = idForSeq(seq);
        record->number = number(year, sequence);
        QSqlQuery query(m_database.connection());
        if (!prepareInsert(query))
            return Outcome::Failed;
        bindInsert(query, seq, *record);
        return run(query) ? Outcome::Ok : Outcome::Failed;
    });
}

Outcome WorkOrderStore::update(const QString &id, const WorkOrderInput &input, const QDateTime &now)
{
    return inTransaction([&]() {
        QSqlQuery query(m_database.connection());
        query.prepare(u"SELECT updated_at FROM work_orders WHERE id = ?"_s);
        query.addBindValue(id);
        if (!run(query))
            return Outcome::Failed;
        if (!query.next())
            return Outcome::NotFound;
        QDateTime updatedAt = now.toUTC();
        const QDateTime previous = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        if (previous.isValid() && updatedAt.toSecsSinceEpoch() <= previous.toSecsSinceEpoch())
            updatedAt = previous.addSecs(1);

        QStringList sets;
        QVariantList values;
        addChange(input.customerId, u"customer_id"_s, &sets, &values);
        addChange(input.contactId, u"contact_id"_s, &sets, &values);
        addChange(input.technicianId, u"technician_id"_s, &sets, &values);
        addChange(input.workOrderType, u"work_order_type"_s, &sets, &values);
        addChange(input.priority, u"priority"_s, &sets, &values);
        addChange(input.description, u"description"_s, &sets, &values);
        addChange(input.notes, u"notes"_s, &sets, &values);
        addChange(input.status, u"status"_s, &sets, &values);
        addChange(input.scheduledDate, u"scheduled_date"_s, &sets, &values);
        if (input.scheduledDate.present) {
            sets.append(u"sort_key = ?"_s);
            values.append(sortKey(input.scheduledDate.value));
        }
        addChange(input.estimatedDuration, u"estimated_duration"_s, &sets, &values);
        sets.append(u"updated_at = ?"_s);
        values.append(timestamps::format(updatedAt));

        query.prepare(u"UPDATE work_orders SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(id);
        return run(query) ? Outcome::Ok : Outcome::Failed;
    });
}

Outcome WorkOrderStore::trash(const QString &id, const QDateTime &now)
{
    return inTransaction([&]() {
        QSqlQuery query(m_database.connection());
        query.prepare(u"INSERT INTO trash SELECT *, ? FROM work_orders WHERE id = ?"_s);
        query.addBindValue(timestamps::format(now));
        query.addBindValue(id);
        if (!run(query))
            return Outcome::Failed;
        if (query.numRowsAffected() == 0)
            return Outcome::NotFound;
        query.prepare(u"DELETE FROM work_orders WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query) ? Outcome::Ok : Outcome::Failed;
    });
}

namespace {

// Named placeholders: QSqlQuery formats a name for every positional bind, which costs more
// than SQLite's insert itself when the seeder writes 200,000 rows.
const QStringList insertColumns{u"seq"_s,
                                u"id"_s,
                                u"number"_s,
                                u"status"_s,
                                u"priority"_s,
                                u"work_order_type"_s,
                                u"description"_s,
                                u"notes"_s,
                                u"customer_id"_s,
                                u"contact_id"_s,
                                u"technician_id"_s,
                                u"scheduled_date"_s,
                                u"estimated_duration"_s,
                                u"created_at"_s,
                                u"updated_at"_s,
                                u"sort_key"_s};

const QStringList &insertPlaceholders()
{
    static const QStringList names = [] {
        QStringList list;
        for (const QString &column : insertColumns)
            list.append(u":"_s + column);
        return list;
    }();
    return names;
}

} // namespace

bool WorkOrderStore::prepareInsert(QSqlQuery &query)
{
    if (query.prepare(u"INSERT INTO work_orders (%1) VALUES (%2)"_s.arg(
            insertColumns.join(u", "_s), insertPlaceholders().join(u", "_s)))) {
        return true;
    }
    qCWarning(lcSandbox) << "prepare failed:" << query.lastError().text();
    return false;
}

void WorkOrderStore::bindInsert(QSqlQuery &query, qint64 seq, const OrderRecord &record)
{
    const QStringList &names = insertPlaceholders();
    query.bindValue(names.at(0), seq);
    query.bindValue(names.at(1), record.id);
    query.bindValue(names.at(2), record.number);
    query.bindValue(names.at(3), record.status);
    query.bindValue(names.at(4), record.priority);
    query.bindValue(names.at(5), record.workOrderType);
    query.bindValue(names.at(6), record.description);
    query.bindValue(names.at(7), nullable(record.notes));
    query.bindValue(names.at(8), record.customerId);
    query.bindValue(names.at(9), nullable(record.contactId));
    query.bindValue(names.at(10), nullable(record.technicianId));
    query.bindValue(names.at(11), nullable(record.scheduledDate));
    query.bindValue(names.at(12), record.estimatedDuration ? QVariant(*record.estimatedDuration)
                                                           : QVariant(QMetaType::fromType<int>()));
    query.bindValue(names.at(13), record.createdAt);
    query.bindValue(names.at(14), record.updatedAt);
    query.bindValue(names.at(15), sortKey(record.scheduledDate));
}

qint64 WorkOrderStore::sortKey(const std::optional<QString> &scheduledDate)
{
    if (!scheduledDate)
        return unscheduledSortKey;
    return timestamps::secsOf(*scheduledDate).value_or(unscheduledSortKey);
}

QString WorkOrderStore::idForSeq(qint64 seq)
{
    // Plain concatenation: QString::arg() is a noticeable share of a 200,000-order seed.
    return u"wo-"_s + QString::number(100000 + seq);
}

QString WorkOrderStore::number(int year, qint64 sequence)
{
    QString digits = QString::number(sequence);
    if (digits.size() < 3)
        digits.prepend(QString(3 - digits.size(), u'0'));
    return u"WO-"_s + QString::number(year) + u'-' + digits;
}

Outcome WorkOrderStore::inTransaction(const std::function<Outcome()> &work)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        qCWarning(lcSandbox) << "transaction failed:" << db.lastError().text();
        return Outcome::Failed;
    }
    const Outcome outcome = work();
    if (outcome == Outcome::Ok && db.commit())
        return Outcome::Ok;
    db.rollback();
    return outcome == Outcome::Ok ? Outcome::Failed : outcome;
}

} // namespace fentu::sandbox
