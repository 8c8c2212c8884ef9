#include "cache/searchsql.h"

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// A facet token: a letter naming the field, then the value's UTF-8 in hex. unicode61 keeps
// hex digits in one token and folds their case, and no typed word reaches this column.
QString facetToken(QChar field, const QString &value)
{
    return u"\""_s + field + QString::fromLatin1(value.toUtf8().toHex()) + u'"';
}

} // namespace

// A detail that is not valid JSON (it never should be) indexes as empty instead of failing
// the write.
QString SearchSql::textExpression(const QString &row)
{
    return uR"((SELECT coalesce(%1.number, '') || ' ' || coalesce(%1.customer_name, '') || ' ' ||
        coalesce(json_extract(d, '$.customer.address'),
                 (SELECT address FROM customers WHERE id = %1.customer_id), '') || ' ' ||
        coalesce(json_extract(d, '$.contact.name'), '') || ' ' ||
        coalesce(json_extract(d, '$.contact.phone'), '') || ' ' ||
        coalesce(%1.technician_name, '') || ' ' || coalesce(%1.work_order_type, '') || ' ' ||
        coalesce(json_extract(d, '$.description'), '') || ' ' ||
        coalesce(json_extract(d, '$.notes'), '')
     FROM (SELECT CASE WHEN json_valid(%1.detail_json) THEN %1.detail_json ELSE '{}' END AS d)))"_s
        .arg(row);
}

QString SearchSql::facetsExpression(const QString &row)
{
    // An order without a technician (NULL or '') has the token "t" alone.
    return u"('s' || hex(coalesce(%1.status, '')) || ' c' || hex(coalesce(%1.customer_id, ''))"
           " || ' t' || hex(coalesce(%1.technician_id, '')))"_s.arg(row);
}

SearchSql::SearchSql(const FilterSql &filter)
{
    QStringList required{u"(body : (%1))"_s.arg(filter.searchMatch)};
    if (filter.status)
        required << u"(facets : %1)"_s.arg(facetToken(u's', *filter.status));
    if (!filter.customerId.isEmpty())
        required << u"(facets : %1)"_s.arg(facetToken(u'c', filter.customerId));
    if (!filter.technicianId.isEmpty())
        required << u"(facets : %1)"_s.arg(facetToken(u't', filter.technicianId));
    if (filter.unassignedOnly)
        required << u"(facets : %1)"_s.arg(facetToken(u't', QString()));
    m_match = u'(' + required.join(u" AND "_s) + u')';
    if (!filter.excludedStatuses.isEmpty()) {
        QStringList excluded;
        for (const QString &status : filter.excludedStatuses)
            excluded << facetToken(u's', status);
        m_match += u" NOT (facets : (%1))"_s.arg(excluded.join(u" OR "_s));
    }
    m_values << m_match;
    if (filter.keyFrom) {
        m_dateTerms << u"k.list_key >= ?"_s;
        m_values << *filter.keyFrom;
    }
    if (filter.keyUntil) {
        m_dateTerms << u"k.list_key < ?"_s;
        m_values << *filter.keyUntil;
    }
}

QString SearchSql::countSql() const
{
    if (m_dateTerms.isEmpty())
        return u"SELECT count(*) FROM work_orders_search s WHERE s.work_orders_search MATCH ?"_s;
    return u"SELECT count(*) FROM work_orders_search s CROSS JOIN search_order k"
           " ON k.row = s.rowid WHERE s.work_orders_search MATCH ? AND "_s +
           m_dateTerms.join(u" AND "_s);
}

QString SearchSql::pageSql(const QString &columns) const
{
    return pageSqlWith(columns, QString(), u" LIMIT ? OFFSET ?"_s);
}

QString SearchSql::pageAfterSql(const QString &columns) const
{
    return pageSqlWith(columns, u" AND (k.list_key, k.id) > (?, ?)"_s, u" LIMIT ?"_s);
}

QString SearchSql::pageSqlWith(const QString &columns, const QString &after,
                               const QString &cut) const
{
    // CROSS JOIN keeps the index outermost (the planner must not instead walk search_order and
    // run the whole search once per row); only the page's rows reach work_orders.
    QString picked = u"SELECT k.row FROM work_orders_search s CROSS JOIN search_order k"
                     " ON k.row = s.rowid WHERE s.work_orders_search MATCH ?"_s;
    for (const QString &term : m_dateTerms)
        picked += u" AND "_s + term;
    picked += after + u" ORDER BY k.list_key, k.id"_s + cut;
    return u"SELECT "_s + columns + u", w.list_key FROM ("_s + picked +
           u") AS picked CROSS JOIN work_orders w ON w.rowid = picked.row"
           " ORDER BY w.list_key, w.id"_s;
}

} // namespace fentu
