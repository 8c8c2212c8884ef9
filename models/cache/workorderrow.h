#pragma once

#include "domain/workorder.h"

#include <QString>

class QSqlQuery;

namespace fentu::workorderrow {

/// The columns of work_orders a list row is read from, in the order columns() names them.
enum Column
{
    ColId,
    ColNumber,
    ColStatus,
    ColPriority,
    ColCustomerId,
    ColCustomerName,
    ColTechnicianId,
    ColTechnicianName,
    ColScheduled,
    ColDuration,
    ColType,
    ColCreated,
    ColUpdated,
    ColSummaryJson,
    // Only where a statement names them after columns(): the detail lookup.
    ColDetailJson,
    ColHasDetail,
    ColFetchedAt,
};
inline constexpr int kColumnCount = ColSummaryJson + 1;

/// "id, number, …" for a SELECT; each qualified by `table` ("w") when it is given.
QString columns(const QString &table = {});

/// The list row of the statement's current row: its JSON as stored, or, when that no longer
/// decodes (a codec change), the typed columns.
WorkOrderSummary summary(const QSqlQuery &query);

} // namespace fentu::workorderrow
