#pragma once

#include "domain/status.h"

#include <QDate>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace fentu {

/// The query parameters of `GET /work-orders`, exactly as the reference names them.
struct WorkOrderQuery
{
    int page = 1;
    int perPage = 100; // 1..100
    std::optional<Status> status;
    QString customerId;
    QString technicianId;
    QDate fromDate; // inclusive; invalid = no bound
    QDate toDate;   // inclusive; invalid = no bound

    /// page and per_page always; the filters only when set. Dates as yyyy-MM-dd. Values are
    /// stored percent-encoded ('+' as %2B): read them back with QUrl::FullyDecoded.
    QUrlQuery toUrlQuery() const;
    friend bool operator==(const WorkOrderQuery &, const WorkOrderQuery &) = default;
};

/// The query of `GET /customers`.
struct CustomerQuery
{
    int page = 1;
    int perPage = 100;
    QString search; // case-insensitive match on name

    QUrlQuery toUrlQuery() const;
    friend bool operator==(const CustomerQuery &, const CustomerQuery &) = default;
};

} // namespace fentu
