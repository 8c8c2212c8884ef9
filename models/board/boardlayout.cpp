#include "boardlayout.h"

#include <QHash>

#include <algorithm>

namespace fentu {

QDateTime BoardSpan::start() const
{
    return firstDay.startOfDay(Qt::LocalTime);
}

QDateTime BoardSpan::end() const
{
    // Day by day in local time: a day across a DST change is 23 or 25 hours long.
    return firstDay.addDays(qMax(days, 1)).startOfDay(Qt::LocalTime);
}

int BoardSpan::workingMinutes() const
{
    return qMax(0, workStart.secsTo(workEnd) / 60);
}

bool BoardBar::counts() const
{
    return order.status != Status::Cancelled;
}

double BoardDayLoad::ratio() const
{
    return workingMinutes > 0 ? double(bookedMinutes) / workingMinutes : 0.0;
}

bool BoardLayout::isLate(const WorkOrderSummary &order, const QDateTime &end, const QDateTime &now)
{
    switch (order.status) {
    case Status::Completed:
    case Status::Cancelled:
        return false;
    case Status::InProgress:
        return end < now; // started: late only once it should be over
    default:
        return order.scheduledDate.isValid() && order.scheduledDate < now;
    }
}

int BoardLayout::assignLanes(QList<BoardBar> &bars, bool markClashes)
{
    std::stable_sort(bars.begin(), bars.end(), [](const BoardBar &a, const BoardBar &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return a.order.id < b.order.id; // the same layout every time for the same orders
    });
    // Greedy interval partitioning: the lowest lane free when a bar starts. Optimal in the
    // number of lanes for intervals sorted by start.
    QList<QDateTime> laneEnds;
    for (BoardBar &bar : bars) {
        bar.clash = false;
        qsizetype lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > bar.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(bar.end);
        else
            laneEnds[lane] = bar.end;
        bar.lane = int(lane);
    }
    if (markClashes) {
        // Each bar against the earlier ones still running when it starts (the bars are sorted
        // by start; a row holds tens of orders, so pairs are cheap). Cancelled orders take no
        // time and clash with nothing.
        for (qsizetype i = 0; i < bars.size(); ++i) {
            if (!bars[i].counts())
                continue;
            for (qsizetype j = 0; j < i; ++j) {
                if (bars[j].counts() && bars[j].end > bars[i].start) {
                    bars[i].clash = true;
                    bars[j].clash = true;
                }
            }
        }
    }
    return qMax(1, int(laneEnds.size()));
}

namespace {

BoardBar barFor(const WorkOrderSummary &order, const BoardSpan &span, const QDateTime &now)
{
    BoardBar bar;
    bar.order = order;
    bar.start = order.scheduledDate.toUTC();
    const bool hasDuration = order.estimatedDuration && *order.estimatedDuration > 0;
    bar.assumedDuration = !hasDuration;
    const int minutes = hasDuration ? *order.estimatedDuration : span.defaultDurationMinutes;
    bar.end = bar.start.addSecs(qint64(minutes) * 60);
    bar.late = BoardLayout::isLate(order, bar.end, now);
    return bar;
}

QList<BoardDayLoad> loadOf(const QList<BoardBar> &bars, const BoardSpan &span,
                          const QList<qint64> &dayStarts)
{
    QList<BoardDayLoad> load;
    for (int d = 0; d < span.days; ++d) {
        BoardDayLoad day;
        day.day = span.firstDay.addDays(d);
        day.workingMinutes = span.workingMinutes();
        // In milliseconds since the epoch: comparing QDateTimes of local time would ask the C
        // library for the zone on every comparison, which reads /etc/localtime each time.
        const qint64 from = dayStarts[d];
        const qint64 until = dayStarts[d + 1];
        qint64 seconds = 0;
        for (const BoardBar &bar : bars) {
            if (!bar.counts())
                continue;
            const qint64 a = std::max(bar.start.toMSecsSinceEpoch(), from);
            const qint64 b = std::min(bar.end.toMSecsSinceEpoch(), until);
            if (a < b)
                seconds += (b - a) / 1000;
        }
        day.bookedMinutes = int(seconds / 60);
        load.append(day);
    }
    return load;
}

} // namespace

QList<BoardRow> BoardLayout::layOut(const BoardSpan &span, const QList<Technician> &technicians,
                                    const QList<WorkOrderSummary> &orders, const QDateTime &now)
{
    const QDateTime from = span.start().toUTC();
    const QDateTime until = span.end().toUTC();
    QList<qint64> dayStarts; // the local days' bounds, worked out once
    for (int d = 0; d <= qMax(span.days, 1); ++d)
        dayStarts.append(span.firstDay.addDays(d).startOfDay(Qt::LocalTime).toMSecsSinceEpoch());

    QList<BoardRow> rows;
    QHash<QString, qsizetype> rowOf;
    for (const Technician &technician : technicians) {
        if (technician.id.isEmpty() || rowOf.contains(technician.id))
            continue;
        BoardRow row;
        row.technician = technician;
        row.inactive = !technician.active;
        rowOf.insert(technician.id, rows.size());
        rows.append(row);
    }
    BoardRow tray;
    tray.unassigned = true;

    for (const WorkOrderSummary &order : orders) {
        if (!order.scheduledDate.isValid())
            continue;
        BoardBar bar = barFor(order, span, now);
        // On the board when any part of it is in the span.
        if (bar.end <= from || bar.start >= until)
            continue;
        const QString technicianId = order.technician ? order.technician->id : QString();
        if (technicianId.isEmpty()) {
            tray.bars.append(bar);
            continue;
        }
        auto found = rowOf.constFind(technicianId);
        if (found == rowOf.constEnd()) {
            // Someone the technician list does not know (deleted, or the list is not loaded).
            BoardRow row;
            row.technician = *order.technician;
            row.technician.active = false;
            row.inactive = true;
            found = rowOf.insert(technicianId, rows.size());
            rows.append(row);
        }
        rows[*found].bars.append(bar);
    }

    QList<BoardRow> shown;
    shown.reserve(rows.size() + 1);
    shown.append(tray); // first: what still needs someone
    for (BoardRow &row : rows) {
        if (row.inactive && row.bars.isEmpty())
            continue;
        row.laneCount = assignLanes(row.bars, true);
        row.clashCount = int(std::count_if(row.bars.cbegin(), row.bars.cend(),
                                           [](const BoardBar &bar) { return bar.clash; }));
        row.load = loadOf(row.bars, span, dayStarts);
        shown.append(row);
    }
    shown.first().laneCount = assignLanes(shown.first().bars, false);
    return shown;
}

} // namespace fentu
