#include "cache/searchpagereader.h"

#include "cache/pageends.h"
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
                                                   const FilterSql &filter, int page, int perPage,
                                                   PageEnds &ends)
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

    const QString columns = workorderrow::columns(u"w"_s);
    const QString listing = PageEnds::listing(sql.pageSql(columns), sql.values(), perPage);
    const std::optional<PageEnds::End> previous = ends.endOf(listing, page - 1);
    auto rows =
        previous
            ? run(statements, sql.pageAfterSql(columns),
                  sql.values() + QVariantList{previous->listKey, previous->id, perPage})
            : run(statements, sql.pageSql(columns), sql.values() + QVariantList{perPage, offset});
    if (!rows)
        return rows.error();
    result.items.reserve(std::min(perPage, 1000)); // perPage is the caller's, maybe huge
    PageEnds::End end;
    while (rows.value()->next()) {
        result.items.append(workorderrow::summary(*rows.value()));
        end.listKey = rows.value()->value(workorderrow::kColumnCount).toLongLong();
        end.id = result.items.constLast().id;
    }
    rows.value()->finish();
    if (!result.items.isEmpty())
        ends.remember(listing, page, end);
    return result;
}

} // namespace fentu
