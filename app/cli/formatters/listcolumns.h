#pragma once

#include "domain/workorder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fentu::cli {

/// The columns `fentu-cli list` prints: stable machine names for the csv header (scripts key
/// on them: never rename one), translated titles for the table, and each cell's text.
class ListColumns
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::ListColumns)
public:
    enum Column
    {
        Id,
        Number,
        Status,
        Priority,
        CustomerId,
        CustomerName,
        TechnicianId,
        TechnicianName,
        Scheduled,
        Duration,
        Type,
        CreatedAt,
        UpdatedAt,
    };

    /// Every column, in csv order.
    static QList<Column> csvColumns();
    /// What fits a terminal.
    static QList<Column> tableColumns();
    /// "work_order_number": the API's field names where there is one.
    static QString key(Column column);
    static QString title(Column column);
    /// Wire values (status "in_progress"), UTC ISO 8601 times, minutes; empty when unknown.
    static QString value(const WorkOrderSummary &order, Column column);
};

} // namespace fentu::cli
