#pragma once

#include "board/boardlayout.h"

#include <QDateTime>
#include <QList>

namespace fentu {

/// Where time goes across the board: each shown local day is a column of equal width holding
/// either the whole day or only its working hours (nights collapsed), and weekend days may be
/// left out. Maps instants to x and back, for drawing and for dragging. Widgets-free.
class BoardTimeScale
{
public:
    /// One day's column.
    struct Column
    {
        QDate day;
        QDateTime from;  // UTC: the first instant the column shows
        QDateTime until; // UTC: the first instant after it
        double left = 0;
        double width = 0;
    };

    BoardTimeScale() = default;
    /// `width` is the pixels across all columns.
    BoardTimeScale(const BoardSpan &span, bool showNights, bool showWeekends, double width);

    const QList<Column> &columns() const { return m_columns; }
    double width() const { return m_width; }
    /// Pixels per minute inside a column.
    double pixelsPerMinute() const;

    /// The x of `instant`: inside its column, or at the edge of the nearest shown time when it
    /// falls in a collapsed night or a hidden day (clamped to 0..width outside the span).
    double xOf(const QDateTime &instant) const;
    /// The instant at `x` (UTC), clamped to the columns.
    QDateTime instantAt(double x) const;
    /// `instant` rounded to the nearest multiple of `minutes` in local time (minutes ≥ 1).
    static QDateTime snapped(const QDateTime &instant, int minutes);

private:
    QList<Column> m_columns;
    double m_width = 0;
};

} // namespace fentu
