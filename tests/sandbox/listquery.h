#pragma once

#include "fielderror.h"

#include <QDate>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace fentu::sandbox {

/// Which page of a list, validated: page >= 1, per_page in 1..100.
struct PageRequest
{
    int page = 1;
    int perPage = 25;

    qint64 offset() const { return qint64(page - 1) * perPage; }
};

/// The work order list's filters. Each one present narrows the list; all of them combine.
struct OrderListFilter
{
    std::optional<QString> status;
    std::optional<QString> customerId;
    std::optional<QString> technicianId;
    std::optional<QDate> fromDate; // on the UTC date of scheduled_date, inclusive
    std::optional<QDate> toDate;
};

/// Reads list parameters from a query string. Anything invalid is added to `errors` (the
/// caller answers 400). A parameter with an empty value counts as absent; unknown ones are
/// ignored.
class ListQuery
{
public:
    static PageRequest paging(const QUrlQuery &query, FieldErrors *errors);
    static OrderListFilter orderFilter(const QUrlQuery &query, FieldErrors *errors);
    /// The customers list's `search` (a name fragment), if given.
    static std::optional<QString> search(const QUrlQuery &query);
};

} // namespace fentu::sandbox
