#pragma once

#include "cache/filtersql.h"

#include <QString>
#include <QVariantList>

namespace fentu {

/// A search over the cache as statements over the search index (schema version 7), so that a
/// prefix matching 200,000 orders still answers in tens of milliseconds.
///
/// work_orders_search (FTS5, rowid = the order's work_orders rowid) holds the words in `body`
/// and the filter's status, customer and technician as tokens in `facets`: a count without
/// dates reads the index alone. search_order (rowid, list_key, id) is work_orders' list order
/// in a table of a few bytes a row: the first page of a search is the matches joined to it,
/// sorted and cut, without reading every matching order's wide row.
class SearchSql
{
public:
    /// SQL computing the searchable text and the facets of the work_orders row `row` (an
    /// alias, or old/new in a trigger).
    static QString textExpression(const QString &row);
    static QString facetsExpression(const QString &row);

    explicit SearchSql(const FilterSql &filter);

    /// Bound to every statement below, first: the MATCH expression, then the date bounds.
    QVariantList values() const { return m_values; }

    /// count(*) of the orders the search selects.
    QString countSql() const;
    /// `columns` (of work_orders w) of a page of them in the list's order (list_key, id),
    /// then w.list_key (where the page ended: PageEnds): LIMIT and OFFSET bound after
    /// values().
    QString pageSql(const QString &columns) const;
    /// The same for the page after one that ended at (list_key, id), both bound after
    /// values(), then LIMIT: keyset paging, so a deep page keeps 100 rows in its sort, not
    /// every row before it.
    QString pageAfterSql(const QString &columns) const;

private:
    QString pageSqlWith(const QString &columns, const QString &after, const QString &cut) const;

    QString m_match;
    QStringList m_dateTerms; // over search_order k
    QVariantList m_values;
};

} // namespace fentu
