#include "listquery.h"

#include "timestamps.h"
#include "vocabulary.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

std::optional<QString> value(const QUrlQuery &query, const QString &key)
{
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

void readInteger(const QUrlQuery &query, const QString &key, int min, int max, int *target,
                 FieldErrors *errors)
{
    const auto text = value(query, key);
    if (!text)
        return;
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok) {
        errors->append({key, u"must be an integer"_s});
    } else if (number < min || number > max) {
        errors->append({key, max == std::numeric_limits<int>::max()
                                 ? u"must be at least %1"_s.arg(min)
                                 : u"must be between %1 and %2"_s.arg(min).arg(max)});
    } else {
        *target = number;
    }
}

std::optional<QDate> readDate(const QUrlQuery &query, const QString &key, FieldErrors *errors)
{
    const auto text = value(query, key);
    if (!text)
        return std::nullopt;
    const auto date = timestamps::parseDate(*text);
    if (!date)
        errors->append({key, u"must be a date written YYYY-MM-DD"_s});
    return date;
}

} // namespace

PageRequest ListQuery::paging(const QUrlQuery &query, FieldErrors *errors)
{
    PageRequest request;
    readInteger(query, u"page"_s, 1, std::numeric_limits<int>::max(), &request.page, errors);
    readInteger(query, u"per_page"_s, 1, 100, &request.perPage, errors);
    return request;
}

OrderListFilter ListQuery::orderFilter(const QUrlQuery &query, FieldErrors *errors)
{
    OrderListFilter filter;
    filter.status = value(query, u"status"_s);
    if (filter.status && !vocabulary::isStatus(*filter.status)) {
        errors->append(
            {u"status"_s, u"must be one of: %1"_s.arg(vocabulary::statuses().join(u", "_s))});
    }
    filter.customerId = value(query, u"customer_id"_s);
    filter.technicianId = value(query, u"technician_id"_s);
    filter.fromDate = readDate(query, u"from_date"_s, errors);
    filter.toDate = readDate(query, u"to_date"_s, errors);
    return filter;
}

std::optional<QString> ListQuery::search(const QUrlQuery &query)
{
    return value(query, u"search"_s);
}

} // namespace fentu::sandbox
