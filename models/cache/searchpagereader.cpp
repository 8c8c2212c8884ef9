#include "cache/searchpagereader.h"

#include "cache/searchsql.h"
#include "cache/statementcache.h"
#include "cache/workorderrow.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

CacheResult<QSqlQuery *> run(StatementCache &statements, const QString &sql,
                             const QVariantList &values)
{
    CacheError error;
    QSqlQuery *query = statements.prepared(sql, &error);
    if (!query)
        return error;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    error = StatementCache::exec(*query, u"searching work orders"_s);
    if (error.isError())
        return error;
    return query;
}

} // namespace

CacheResult<int> countSearch(StatementCache &statements, const FilterSql &filter)
{
    const SearchSql sql(filter);
    auto count = run(statements, sql.countSql(), sql.values());
    if (!count)
        return count.error();
    const int total = count.value()->next() ? count.value()->value(0).toInt() : 0;
    count.value()->finish();
    return total;
}

CacheResult<Page<WorkOrderSummary>> readSearchPage(StatementCache &statements,
                                                   const FilterSql &filter, int page,
                                                   int perPage)
{
    const SearchSql sql(filter);
    auto count = countSearch(statements, filter);
    if (!count)
        return count.error();
    Page<WorkOrderSummary> result;
    result.meta.currentPage = page;
    result.meta.totalCount = count.value();
    result.meta.totalPages = int((qint64(result.meta.totalCount) + perPage - 1) / perPage);
    const qint64 offset = qint64(page - 1) * perPage;
    if (offset >= result.meta.totalCount)
        return result;

    auto rows = run(statements, sql.pageSql(workorderrow::columns(u"w"_s)),
                    sql.values() + QVariantList{perPage, offset});
    if (!rows)
        return rows.error();
    result.items.reserve(std::min(perPage, 1000)); // perPage is the caller's, maybe huge
    while (rows.value()->next())
        result.items.append(workorderrow::summary(*rows.value()));
    rows.value()->finish();
    return result;
}

} // namespace fentu
