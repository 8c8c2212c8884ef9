#pragma once

#include "cache/cachedworkorder.h"
#include "cache/cacheresult.h"
#include "domain/detailwindow.h"
#include "cache/filtersql.h"
#include "cache/pageends.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace fentu {

class SqliteStatement;
class StatementCache;

/// The work_orders table: upserts of list rows and details, the paged list in the server's
/// order, and removal of orders a full sync did not see. Callers hold the transaction.
class WorkOrderTable
{
public:
    explicit WorkOrderTable(StatementCache &statements);
    ~WorkOrderTable();

    /// `seenGeneration` is the running full sync's generation, 0 when none runs.
    /// `rawJson`: the order's JSON as received, stored as it is; empty = encode `order.raw`.
    CacheError upsertSummary(const WorkOrderSummary &order, const QByteArray &rawJson,
                             qint64 seenGeneration, const QString &fetchedAt);
    CacheError upsertDetail(const WorkOrder &order, qint64 seenGeneration,
                            const QString &fetchedAt);
    CacheError remove(const QString &id);
    /// Rows in the server's order (scheduled ascending, id, unscheduled last), meta as the
    /// server computes it. Run inside a read transaction so count and rows agree.
    CacheResult<Page<WorkOrderSummary>> queryPage(const FilterSql &filter, int page, int perPage);
    /// queryPage()'s total alone.
    CacheResult<int> count(const FilterSql &filter);
    CacheResult<std::optional<CachedWorkOrder>> get(const QString &id);
    /// The server orders in `window` whose detail was never fetched, or is older than the
    /// newest version of the order seen (a list row's updated_at); not local orders nor orders
    /// with unsent changes (their answer brings the detail). Nearest to now first, then the
    /// unscheduled.
    CacheResult<QStringList> idsNeedingDetail(const DetailWindow &window);
    /// Deletes rows last seen before `generation`, except local orders and orders with
    /// outbox entries (a user's unsent edit never vanishes). Returns the number removed.
    CacheResult<int> removeNotSeenSince(qint64 generation);

    /// The statements of queryPage(), for EXPLAIN QUERY PLAN checks: the filter's values
    /// first, then LIMIT and OFFSET.
    static QString pageSql(const FilterSql &filter);
    /// The page after a known end: the filter's values, then that end's list_key and id, then
    /// LIMIT (keyset paging, PageEnds).
    static QString pageAfterSql(const FilterSql &filter);
    static QString countSql(const FilterSql &filter);

private:
    /// What changed the file last: PRAGMA data_version (other connections) and this
    /// connection's total changes. Empty when it cannot be told (no end is then trusted).
    QString changeStamp();

    CacheError upsert(const WorkOrderSummary &order, const QByteArray &json, bool isDetail,
                      qint64 seenGeneration, const QString &fetchedAt);

    StatementCache &m_statements;
    // The two statements of every write-through, kept at hand (they run once per row);
    // destroyed with this table, before the connection closes.
    std::unique_ptr<SqliteStatement> m_upsertSummary;
    std::unique_ptr<SqliteStatement> m_upsertDetail;
    PageEnds m_pageEnds;
};

} // namespace fentu
