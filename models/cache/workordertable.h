#pragma once

#include "cache/cachedworkorder.h"
#include "cache/cacheresult.h"
#include "cache/filtersql.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QList>

#include <optional>

class QSqlQuery;

namespace fentu {

class StatementCache;

/// The work_orders table: upserts of list rows and details, the paged list in the server's
/// order, and removal of orders a full sync did not see. Callers hold the transaction.
class WorkOrderTable
{
public:
    explicit WorkOrderTable(StatementCache &statements) : m_statements(statements) {}

    /// `seenGeneration` is the running full sync's generation, 0 when none runs.
    CacheError upsertSummary(const WorkOrderSummary &order, qint64 seenGeneration,
                             const QString &fetchedAt);
    CacheError upsertDetail(const WorkOrder &order, qint64 seenGeneration,
                            const QString &fetchedAt);
    CacheError remove(const QString &id);
    /// Rows in the server's order (scheduled ascending, id, unscheduled last), meta as the
    /// server computes it. Run inside a read transaction so count and rows agree.
    CacheResult<Page<WorkOrderSummary>> queryPage(const FilterSql &filter, int page, int perPage);
    CacheResult<std::optional<CachedWorkOrder>> get(const QString &id);
    /// Deletes rows last seen before `generation`, except local orders and orders with
    /// outbox entries (a user's unsent edit never vanishes). Returns the number removed.
    CacheResult<int> removeNotSeenSince(qint64 generation);

    /// The statements of queryPage(), for EXPLAIN QUERY PLAN checks: the filter's values
    /// first, then LIMIT and OFFSET.
    static QString pageSql(const FilterSql &filter);
    static QString countSql(const FilterSql &filter);

private:
    CacheError upsert(const WorkOrderSummary &order, const QString &json, bool isDetail,
                      qint64 seenGeneration, const QString &fetchedAt);

    StatementCache &m_statements;
    // The two statements of every write-through, kept at hand (they run once per row).
    QSqlQuery *m_upsertSummary = nullptr;
    QSqlQuery *m_upsertDetail = nullptr;
};

} // namespace fentu
