#include "boardtimescale.h"

#include <algorithm>
#include <cmath>

namespace fentu {

namespace {
bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= 6;
}
} // namespace

BoardTimeScale::BoardTimeScale(const BoardSpan &span, bool showNights, bool showWeekends,
                               double width)
    : m_width(width)
{
    QList<QDate> days;
    for (int d = 0; d < qMax(span.days, 1); ++d) {
        const QDate day = span.firstDay.addDays(d);
        if (showWeekends || !isWeekend(day))
            days.append(day);
    }
    if (days.isEmpty()) // a weekend alone with weekends hidden: show it anyway
        days.append(span.firstDay);
    const double columnWidth = width / double(days.size());
    for (qsizetype i = 0; i < days.size(); ++i) {
        Column column;
        column.day = days[i];
        if (showNights || span.workingMinutes() <= 0) {
            column.from = days[i].startOfDay(Qt::LocalTime).toUTC();
            column.until = days[i].addDays(1).startOfDay(Qt::LocalTime).toUTC();
        } else {
            column.from = QDateTime(days[i], span.workStart, Qt::LocalTime).toUTC();
            column.until = QDateTime(days[i], span.workEnd, Qt::LocalTime).toUTC();
        }
        column.left = double(i) * columnWidth;
        column.width = columnWidth;
        m_columns.append(column);
    }
}

double BoardTimeScale::pixelsPerMinute() const
{
    if (m_columns.isEmpty())
        return 0;
    const Column &first = m_columns.first();
    const qint64 minutes = qMax<qint64>(1, first.from.secsTo(first.until) / 60);
    return first.width / double(minutes);
}

double BoardTimeScale::xOf(const QDateTime &instant) const
{
    if (m_columns.isEmpty())
        return 0;
    for (const Column &column : m_columns) {
        if (instant < column.from)
            return column.left; // before this column: a night or hidden day ends here
        if (instant < column.until) {
            const double seconds = double(column.from.secsTo(instant));
            const double span = double(qMax<qint64>(1, column.from.secsTo(column.until)));
            return column.left + column.width * seconds / span;
        }
    }
    return m_width;
}

QDateTime BoardTimeScale::instantAt(double x) const
{
    if (m_columns.isEmpty())
        return {};
    for (const Column &column : m_columns) {
        if (x < column.left + column.width || &column == &m_columns.last()) {
            const double fraction =
                std::clamp((x - column.left) / qMax(1.0, column.width), 0.0, 1.0);
            const qint64 seconds = column.from.secsTo(column.until);
            return column.from.addSecs(qint64(std::llround(fraction * double(seconds))));
        }
    }
    return m_columns.last().until;
}

QDateTime BoardTimeScale::snapped(const QDateTime &instant, int minutes)
{
    if (!instant.isValid() || minutes <= 1)
        return instant;
    // In local time, so that a 15-minute step lands on :00, :15... in a zone offset by 30 or
    // 45 minutes from UTC as well.
    const QDateTime local = instant.toLocalTime();
    const qint64 secondsOfDay = QTime(0, 0).secsTo(local.time());
    const qint64 step = qint64(minutes) * 60;
    const qint64 rounded = (secondsOfDay + step / 2) / step * step;
    const QDateTime dayStart(local.date(), QTime(0, 0), Qt::LocalTime);
    return dayStart.addSecs(rounded).toUTC();
}

} // namespace fentu
