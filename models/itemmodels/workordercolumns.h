#pragma once

#include "domain/workorder.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace fentu {

/// What each column of the work order table shows, sorts by and explains, for one order.
/// Pure functions over a WorkOrderSummary: no I/O, no state. Columns are
/// WorkOrderTableModel::Column values.
class WorkOrderColumns
{
    Q_DECLARE_TR_FUNCTIONS(fentu::WorkOrderColumns)
public:
    static QString headerText(int column);
    static QString displayText(const WorkOrderSummary &order, int column);
    /// The value sorting uses: int for enums and minutes, QDateTime (UTC) for dates, QString for
    /// text; an invalid QVariant when the order has no value there (sorted last).
    static QVariant rawValue(const WorkOrderSummary &order, int column);
    static bool hasValue(const WorkOrderSummary &order, int column);
    /// Orders two orders that both have a value in `column`: <0, 0 or >0.
    static int compare(const WorkOrderSummary &a, const WorkOrderSummary &b, int column);
    static QString toolTip(const WorkOrderSummary &order, int column, bool pending);

    /// "1 h 30 min", "45 min", "2 h".
    static QString formatDuration(int minutes);
    /// The status as shown: the translated name, or the wire text of a status this version
    /// does not know.
    static QString statusText(const WorkOrderSummary &order);
    static QString priorityText(const WorkOrderSummary &order);
};

} // namespace fentu
