#include "api/workorderquery.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

void addIfSet(QUrlQuery &query, const QString &key, const QString &value)
{
    // Pre-encoded, because QUrlQuery leaves '+' literal and most servers decode a literal
    // '+' in a query as a space: "Smith+Sons" must arrive as typed.
    if (!value.isEmpty())
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QUrlQuery WorkOrderQuery::toUrlQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    if (status && *status != Status::Unknown)
        query.addQueryItem(u"status"_s, statusToApi(*status));
    addIfSet(query, u"customer_id"_s, customerId);
    addIfSet(query, u"technician_id"_s, technicianId);
    addIfSet(query, u"from_date"_s, isoDate(fromDate));
    addIfSet(query, u"to_date"_s, isoDate(toDate));
    return query;
}

QUrlQuery CustomerQuery::toUrlQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    addIfSet(query, u"search"_s, search);
    return query;
}

} // namespace fentu
