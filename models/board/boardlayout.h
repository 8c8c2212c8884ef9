#pragma once

#include "domain/customer.h"
#include "domain/workorder.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace fentu {

/// The time span and rules a board is laid out for. Days are the user's local calendar days.
struct BoardSpan
{
    QDate firstDay;                  // local
    int days = 1;                    // 1 (day), 7 (week) or 14 (two weeks); any n ≥ 1 works
    QTime workStart = QTime(7, 0);   // working hours: what a day's booked time is measured
    QTime workEnd = QTime(19, 0);    // against (the same every day shown)
    int defaultDurationMinutes = 60; // an order without estimated_duration is drawn this long

    /// The first instant of firstDay, local time.
    QDateTime start() const;
    /// The first instant after the last day (exclusive), local time.
    QDateTime end() const;
    /// Minutes of working time in one day.
    int workingMinutes() const;
};

/// One order on the board: where its bar goes and what it must show.
struct BoardBar
{
    WorkOrderSummary order;
    QDateTime start;           // UTC, the order's scheduled_date
    QDateTime end;             // UTC, start + duration (assumed when the order has none)
    bool assumedDuration = false;
    int lane = 0;              // 0-based line inside its row; overlapping bars get their own
    bool clash = false;        // overlaps another order of the same technician
    bool late = false;         // should have started (or, in progress, ended) by now
    bool counts() const;       // a cancelled order takes no time: no clash, no booked time
};

/// Booked time of one row on one local day.
struct BoardDayLoad
{
    QDate day;
    int bookedMinutes = 0;  // the row's orders' minutes inside this local day
    int workingMinutes = 0; // BoardSpan::workingMinutes()
    /// Booked over working time (0 with no working time), e.g. 1.25 for 125 %.
    double ratio() const;
    bool overbooked() const { return bookedMinutes > workingMinutes; }
};

/// One technician's row, or the Unassigned tray (technician.id empty).
struct BoardRow
{
    Technician technician; // for the tray: empty id, name left for the view to translate
    bool unassigned = false;
    bool inactive = false;   // an inactive technician shown because of orders in the span
    QList<BoardBar> bars;    // by start, then by end
    int laneCount = 1;
    int clashCount = 0;      // orders of this row that overlap another
    QList<BoardDayLoad> load; // one per day of the span (empty for the tray)
};

/// Lays orders out on technician rows over a span: lanes for overlaps, clashes, late orders
/// and booked time per day. Pure and Widgets-free: the board's view only draws what this says.
class BoardLayout
{
public:
    /// `technicians` in the order rows should have (active ones always get a row, inactive
    /// ones only with orders in the span); an order whose technician is not in the list gets
    /// a row of its own, marked inactive. Orders outside the span or unscheduled are left out.
    /// `now` decides lateness.
    static QList<BoardRow> layOut(const BoardSpan &span, const QList<Technician> &technicians,
                                  const QList<WorkOrderSummary> &orders, const QDateTime &now);

    /// Lanes and clashes of one row's bars (sorted here); returns the lane count. Touching
    /// bars (one ends when the next starts) neither share a lane's time nor clash.
    static int assignLanes(QList<BoardBar> &bars, bool markClashes);

    /// True when `order` should have started (not completed or cancelled, scheduled before
    /// `now`), or, in progress, should have ended by `now`.
    static bool isLate(const WorkOrderSummary &order, const QDateTime &end, const QDateTime &now);
};

} // namespace fentu
