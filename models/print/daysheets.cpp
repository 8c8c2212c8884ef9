#include "daysheets.h"

namespace fentu {

namespace {

SheetOrder sheetOrder(const BoardBar &bar, const QHash<QString, OrderDetail> &details,
                      const QString &fallbackProblem)
{
    SheetOrder item;
    item.start = bar.start;
    item.end = bar.end;
    item.assumedDuration = bar.assumedDuration;
    item.clash = bar.clash;
    item.late = bar.late;
    const auto found = details.constFind(bar.order.id);
    if (found != details.constEnd() && found->order) {
        item.order = *found->order;
        // The board's row is the newest the window knows (a move it just made): its time and
        // technician win over a detail fetched a moment earlier.
        static_cast<WorkOrderSummary &>(item.order) = bar.order;
        item.detailed = true;
    } else {
        static_cast<WorkOrderSummary &>(item.order) = bar.order;
        item.missingDetail = found != details.constEnd() ? found->problem : fallbackProblem;
    }
    return item;
}

} // namespace

QList<DaySheet> DaySheets::build(const BoardSpan &span, const QList<BoardRow> &rows,
                                 const QHash<QString, OrderDetail> &details,
                                 const QString &fallbackProblem)
{
    QList<DaySheet> sheets;
    QList<DaySheet> unassigned;
    for (const BoardRow &row : rows) {
        for (int d = 0; d < qMax(span.days, 1); ++d) {
            DaySheet sheet;
            sheet.day = span.firstDay.addDays(d);
            sheet.technician = row.technician;
            sheet.unassigned = row.unassigned;
            // Local day bounds, each computed for its own date: DST days are 23 or 25 hours.
            const QDateTime from = sheet.day.startOfDay(Qt::LocalTime).toUTC();
            const QDateTime until = sheet.day.addDays(1).startOfDay(Qt::LocalTime).toUTC();
            for (const BoardBar &bar : row.bars) {
                // An order running past midnight belongs on both days' sheets.
                if (bar.start < until && bar.end > from)
                    sheet.orders.append(sheetOrder(bar, details, fallbackProblem));
            }
            if (row.unassigned) {
                // The dispatcher's own page: only when there is something to assign, and
                // after the technicians' pages, which are handed out.
                if (!sheet.orders.isEmpty())
                    unassigned.append(sheet);
                continue;
            }
            sheets.append(sheet);
        }
    }
    sheets.append(unassigned);
    if (sheets.isEmpty()) {
        // Nobody has anything: still a page per day that says so, never an empty document.
        for (int d = 0; d < qMax(span.days, 1); ++d) {
            DaySheet sheet;
            sheet.day = span.firstDay.addDays(d);
            sheets.append(sheet);
        }
    }
    return sheets;
}

QStringList DaySheets::orderIds(const QList<BoardRow> &rows)
{
    QStringList ids;
    for (const BoardRow &row : rows) {
        for (const BoardBar &bar : row.bars)
            ids.append(bar.order.id);
    }
    ids.removeDuplicates();
    return ids;
}

} // namespace fentu
