#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace fentu {

/// Dates and times as a dispatcher reads them: in the local time zone, in the locale's short
/// formats, never with seconds (the server's times are whole minutes of planning).
class LocalDateTime
{
    Q_DECLARE_TR_FUNCTIONS(fentu::LocalDateTime)
public:
    /// "28 Nov 2026 09:00" (C), "11/28/26 9:00 AM" (en_US); empty for an invalid time.
    static QString shortText(const QDateTime &utc, const QLocale &locale = QLocale());
    /// "Saturday, 28 November 2026, 09:00": the long date with the short time.
    static QString longDateShortTime(const QDateTime &utc, const QLocale &locale = QLocale());
    /// The locale's short time format without seconds: "HH:mm", "h:mm AP".
    static QString timeFormat(const QLocale &locale = QLocale());
    /// The locale's short date-and-time format without seconds.
    static QString dateTimeFormat(const QLocale &locale = QLocale());
};

} // namespace fentu
