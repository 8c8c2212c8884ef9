#include "cache/workordertable.h"

#include "cache/cachelogging.h"
#include "cache/searchpagereader.h"
#include "cache/sqlitestatement.h"
#include "cache/statementcache.h"
#include "cache/workorderjson.h"
#include "cache/workorderrow.h"
#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

const QString kInsert = u"INSERT INTO work_orders (id, number, status, priority, customer_id,"
                        " customer_name, technician_id, technician_name, scheduled_utc,"
                        " list_key, estimated_duration, work_order_type, created_ms,"
                        " updated_ms, summary_json, detail_json, has_detail, fetched_at,"
                        " seen_in_sync, detail_version)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (id) DO UPDATE SET number = excluded.number,"
                        " status = excluded.status, priority = excluded.priority,"
                        " customer_id = excluded.customer_id,"
                        " customer_name = excluded.customer_name,"
                        " technician_id = excluded.technician_id,"
                        " technician_name = excluded.technician_name,"
                        " scheduled_utc = excluded.scheduled_utc,"
                        " list_key = excluded.list_key,"
                        " estimated_duration = excluded.estimated_duration,"
                        " work_order_type = excluded.work_order_type,"
                        " created_ms = excluded.created_ms,"
                        " updated_ms = coalesce(excluded.updated_ms, work_orders.updated_ms),"
                        " summary_json = excluded.summary_json,"
                        " fetched_at = excluded.fetched_at,"
                        " seen_in_sync = max(work_orders.seen_in_sync, excluded.seen_in_sync),"_s;

// The cache keeps the newest server version it was given: an answer that left the server
// before the one held (an older page still in flight, a sync batch behind a PUT's answer) is
// not written over it. The same version again is (arrival order). A row without a time (the
// vendor's list rows carry none) cannot be compared: arrival order decides, as otherwise a
// colleague's change would never show once a detail was held.
const QString kOnlyNewer = u" WHERE work_orders.updated_ms IS NULL OR excluded.updated_ms IS NULL"
                           " OR excluded.updated_ms >= work_orders.updated_ms"_s;

// A newer list row is merged into a held detail (RFC 7396 merge patch: its fields win, null
// removes), so the detail never shows older values than the list. When the customer changed,
// the old customer object (with its address) goes first.
//
// detail_version: a list row with a time newer than the detail makes it stale by itself (see
// idsNeedingDetail). The vendor's list rows may carry no time: then a row whose fields differ
// from the ones held says the order changed since its detail was fetched, and the detail is
// marked stale (NULL). A change of the description or notes alone cannot be seen in a list.
const QString kUpsertSummary =
    kInsert +
    u" detail_version = CASE WHEN excluded.updated_ms IS NULL AND ("
    " work_orders.status IS NOT excluded.status OR work_orders.priority IS NOT excluded.priority"
    " OR work_orders.customer_id IS NOT excluded.customer_id"
    " OR work_orders.technician_id IS NOT excluded.technician_id"
    " OR work_orders.scheduled_utc IS NOT excluded.scheduled_utc"
    " OR work_orders.estimated_duration IS NOT excluded.estimated_duration"
    " OR work_orders.work_order_type IS NOT excluded.work_order_type)"
    " THEN NULL ELSE work_orders.detail_version END,"
    " detail_json = CASE WHEN work_orders.detail_json IS NULL THEN NULL"
    " WHEN json_extract(work_orders.detail_json, '$.customer.id')"
    " IS excluded.customer_id"
    " THEN json_patch(work_orders.detail_json, excluded.summary_json)"
    " ELSE json_patch(json_remove(work_orders.detail_json, '$.customer'),"
    " excluded.summary_json) END"_s +
    kOnlyNewer;

const QString kUpsertDetail =
    kInsert +
    u" detail_json = excluded.detail_json, has_detail = 1, detail_version = excluded.detail_version"_s +
    kOnlyNewer;

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

WorkOrderTable::WorkOrderTable(StatementCache &statements) : m_statements(statements) {}

WorkOrderTable::~WorkOrderTable() = default;

CacheError WorkOrderTable::upsertSummary(const WorkOrderSummary &order, const QByteArray &rawJson,
                                         qint64 seenGeneration, const QString &fetchedAt)
{
    return upsert(order,
                  rawJson.isEmpty() ? compactJson(workorderjson::forSummary(order)) : rawJson,
                  false, seenGeneration, fetchedAt);
}

CacheError WorkOrderTable::upsertDetail(const WorkOrder &order, qint64 seenGeneration,
                                        const QString &fetchedAt)
{
    return upsert(order, compactJson(workorderjson::forDetail(order)), true, seenGeneration,
                  fetchedAt);
}

CacheError WorkOrderTable::upsert(const WorkOrderSummary &order, const QByteArray &json,
                                  bool isDetail, qint64 seenGeneration, const QString &fetchedAt)
{
    if (order.id.isEmpty())
        return CacheError(CacheError::Kind::InvalidArgument, u"an order without an id"_s);
    std::unique_ptr<SqliteStatement> &statement = isDetail ? m_upsertDetail : m_upsertSummary;
    if (!statement) {
        CacheError error;
        statement = SqliteStatement::prepare(m_statements.database(),
                                             isDetail ? kUpsertDetail : kUpsertSummary, &error);
        if (!statement)
            return error;
    }
    // Epoch milliseconds are UTC whatever the QDateTime's zone: no conversion, no text.
    const bool isScheduled = order.scheduledDate.isValid();
    const qint64 scheduled = isScheduled ? order.scheduledDate.toMSecsSinceEpoch() : 0;
    const auto bindTime = [&](int index, const QDateTime &time) {
        if (time.isValid())
            statement->bindInt(index, time.toMSecsSinceEpoch());
        else
            statement->bindNull(index);
    };
    int i = 0;
    statement->bindTextOrNull(i++, order.id);
    statement->bindTextOrNull(i++, order.number);
    statement->bindTextOrNull(i++, order.statusText.isEmpty() ? statusToApi(order.status)
                                                              : order.statusText);
    statement->bindTextOrNull(i++, order.priorityText.isEmpty() ? priorityToApi(order.priority)
                                                                : order.priorityText);
    statement->bindTextOrNull(i++, order.customer.id);
    statement->bindTextOrNull(i++, order.customer.name);
    statement->bindTextOrNull(i++, order.technician ? order.technician->id : QString());
    statement->bindTextOrNull(i++, order.technician ? order.technician->name : QString());
    bindTime(i++, order.scheduledDate);
    statement->bindInt(i++, isScheduled ? scheduled : FilterSql::kUnscheduledKey);
    if (order.estimatedDuration)
        statement->bindInt(i++, *order.estimatedDuration);
    else
        statement->bindNull(i++);
    statement->bindTextOrNull(i++, order.workOrderType);
    bindTime(i++, order.createdAt);
    bindTime(i++, order.updatedAt);
    statement->bindUtf8(i++, json);
    if (isDetail)
        statement->bindUtf8(i++, json);
    else
        statement->bindNull(i++);
    statement->bindInt(i++, isDetail ? 1 : 0);
    statement->bindTextOrNull(i++, fetchedAt);
    statement->bindInt(i++, seenGeneration);
    // The version of the detail held (a list row leaves it as it was). A detail without a
    // time counts as of now: fetched again once a list row says the order changed.
    if (isDetail)
        bindTime(i++,
                 order.updatedAt.isValid() ? order.updatedAt : QDateTime::currentDateTimeUtc());
    else
        statement->bindNull(i++);
    if (CacheError e = statement->run(u"writing work order"_s); e.isError())
        return e;
    if (seenGeneration == 0 || statement->changes() > 0)
        return {};
    // Kept as it was (it held a newer version), but the running sync did see the order.
    CacheError error;
    QSqlQuery *seen = m_statements.prepared(
        u"UPDATE work_orders SET seen_in_sync = max(seen_in_sync, ?) WHERE id = ?"_s, &error);
    if (!seen)
        return error;
    seen->bindValue(0, seenGeneration);
    seen->bindValue(1, order.id);
    error = StatementCache::exec(*seen, u"writing work order"_s);
    seen->finish();
    return error;
}

CacheError WorkOrderTable::remove(const QString &id)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(u"DELETE FROM work_orders WHERE id = ?"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, id);
    return StatementCache::exec(*query, u"removing work order"_s);
}

CacheResult<Page<WorkOrderSummary>> WorkOrderTable::queryPage(const FilterSql &filter, int page,
                                                              int perPage)
{
    if (filter.isSearch()) {
        m_pageEnds.useStamp(changeStamp());
        return readSearchPage(m_statements, filter, page, perPage, m_pageEnds);
    }
    auto total = count(filter);
    if (!total)
        return total.error();
    const QVariantList values = filter.values();
    CacheError error;
    Page<WorkOrderSummary> result;
    result.meta.currentPage = page;
    result.meta.totalCount = total.value();
    result.meta.totalPages = int((qint64(result.meta.totalCount) + perPage - 1) / perPage);

    // The page after one just read (the table scrolling on) seeks past its end; any other page
    // skips the rows before it.
    m_pageEnds.useStamp(changeStamp());
    const QString listing = PageEnds::listing(pageSql(filter), values, perPage);
    const std::optional<PageEnds::End> previous = m_pageEnds.endOf(listing, page - 1);
    QSqlQuery *rows =
        m_statements.prepared(previous ? pageAfterSql(filter) : pageSql(filter), &error);
    if (!rows)
        return error;
    int i = 0;
    for (; i < values.size(); ++i)
        rows->bindValue(i, values.at(i));
    if (previous) {
        rows->bindValue(i++, previous->listKey);
        rows->bindValue(i++, previous->id);
        rows->bindValue(i++, perPage);
    } else {
        rows->bindValue(i++, perPage);
        rows->bindValue(i++, qint64(page - 1) * perPage);
    }
    error = StatementCache::exec(*rows, u"reading work orders"_s);
    if (error.isError())
        return error;
    result.items.reserve(std::min(perPage, 1000)); // perPage is the caller's, maybe huge
    PageEnds::End end;
    while (rows->next()) {
        result.items.append(workorderrow::summary(*rows));
        end.listKey = rows->value(workorderrow::kColumnCount).toLongLong();
        end.id = result.items.constLast().id;
    }
    rows->finish();
    if (!result.items.isEmpty())
        m_pageEnds.remember(listing, page, end);
    return result;
}

QString WorkOrderTable::changeStamp()
{
    const qint64 changes = SqliteStatement::totalChanges(m_statements.database());
    CacheError error;
    QSqlQuery *version = m_statements.prepared(u"PRAGMA data_version"_s, &error);
    if (changes < 0 || !version || StatementCache::exec(*version, QString()).isError())
        return {};
    const QString stamp = version->next() ? version->value(0).toString() : QString();
    version->finish();
    return stamp.isEmpty() ? QString() : stamp + u'/' + QString::number(changes);
}

CacheResult<int> WorkOrderTable::count(const FilterSql &filter)
{
    if (filter.isSearch())
        return countSearch(m_statements, filter);
    CacheError error;
    QSqlQuery *query = m_statements.prepared(countSql(filter), &error);
    if (!query)
        return error;
    const QVariantList values = filter.values();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    error = StatementCache::exec(*query, u"counting work orders"_s);
    if (error.isError())
        return error;
    const int total = query->next() ? query->value(0).toInt() : 0;
    query->finish();
    return total;
}

QString WorkOrderTable::pageSql(const FilterSql &filter)
{
    // The server's order; (list_key, id) is an index, so no sort step. list_key last: where
    // the page ended (PageEnds).
    return u"SELECT "_s + workorderrow::columns() + u", list_key FROM work_orders"_s +
           filter.where() + u" ORDER BY list_key, id LIMIT ? OFFSET ?"_s;
}

QString WorkOrderTable::pageAfterSql(const FilterSql &filter)
{
    const QString where = filter.where();
    return u"SELECT "_s + workorderrow::columns() + u", list_key FROM work_orders"_s +
           (where.isEmpty() ? u" WHERE "_s : where + u"AND "_s) +
           u"(list_key, id) > (?, ?) ORDER BY list_key, id LIMIT ?"_s;
}

QString WorkOrderTable::countSql(const FilterSql &filter)
{
    return u"SELECT count(*) FROM work_orders"_s + filter.where();
}

CacheResult<std::optional<CachedWorkOrder>> WorkOrderTable::get(const QString &id)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(u"SELECT "_s + workorderrow::columns() +
                                                 u", detail_json, has_detail, fetched_at"
                                                 " FROM work_orders WHERE id = ?"_s,
                                             &error);
    if (!query)
        return error;
    query->bindValue(0, id);
    error = StatementCache::exec(*query, u"reading work order"_s);
    if (error.isError())
        return error;
    if (!query->next()) {
        query->finish();
        return std::optional<CachedWorkOrder>();
    }
    CachedWorkOrder cached;
    cached.fetchedAt = codec::parseDateTime(query->value(workorderrow::ColFetchedAt).toString());
    const QString detailJson = query->value(workorderrow::ColDetailJson).toString();
    if (query->value(workorderrow::ColHasDetail).toBool() && !detailJson.isEmpty()) {
        auto decoded =
            codec::decodeWorkOrder(QJsonDocument::fromJson(detailJson.toUtf8()).object());
        if (decoded) {
            cached.order = std::move(decoded).value();
            cached.hasDetail = true;
        } else {
            qCWarning(lcCache) << "cached detail no longer decodes:" << decoded.error();
        }
    }
    if (!cached.hasDetail)
        static_cast<WorkOrderSummary &>(cached.order) = workorderrow::summary(*query);
    query->finish();
    return std::optional<CachedWorkOrder>(std::move(cached));
}

CacheResult<QStringList> WorkOrderTable::idsNeedingDetail(const DetailWindow &window)
{
    QString sql = u"SELECT id FROM work_orders WHERE substr(id, 1, 6) <> 'local-'"
                  " AND id NOT IN (SELECT order_id FROM outbox)"
                  " AND (has_detail = 0 OR detail_version IS NULL"
                  " OR (updated_ms IS NOT NULL AND updated_ms > detail_version))"_s;
    if (!window.everything)
        sql += u" AND (list_key = ? OR (list_key >= ? AND list_key < ?))"_s;
    // The orders nearest to now first (today's and tomorrow's before last year's), those
    // without a date after them: a phase cut short has fetched the ones most likely needed.
    sql += u" ORDER BY list_key = ?, abs(list_key - ?), id"_s;
    CacheError error;
    QSqlQuery *query = m_statements.prepared(sql, &error);
    if (!query)
        return error;
    int i = 0;
    if (!window.everything) {
        query->bindValue(i++, FilterSql::kUnscheduledKey);
        query->bindValue(i++, window.from.toMSecsSinceEpoch());
        query->bindValue(i++, window.until.toMSecsSinceEpoch());
    }
    query->bindValue(i++, FilterSql::kUnscheduledKey);
    query->bindValue(i++, QDateTime::currentMSecsSinceEpoch());
    return StatementCache::column(*query, u"finding orders without details"_s);
}

CacheResult<int> WorkOrderTable::removeNotSeenSince(qint64 generation)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"DELETE FROM work_orders WHERE seen_in_sync < ? AND substr(id, 1, 6) <> 'local-'"
        " AND id NOT IN (SELECT order_id FROM outbox)"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, generation);
    error = StatementCache::exec(*query, u"removing orders gone from the server"_s);
    if (error.isError())
        return error;
    const int removed = query->numRowsAffected();
    query->finish();
    return removed;
}

} // namespace fentu
