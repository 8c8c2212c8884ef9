#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace fentu {

/// Parses an ISO 8601 / RFC 3339 timestamp from untrusted input into UTC; invalid on failure.
/// Accepts "Z", "z" or a "+HH:MM" / "+HHMM" / "+HH" offset, fractional seconds of any length
/// (kept to the millisecond), a "T", "t" or space separator, and seconds left out. A timestamp
/// with no zone at all, or a bare date, is read as UTC: the reference says every timestamp is
/// UTC, and rejecting it would hide the whole page the order came in.
QDateTime parseIsoDateTime(QStringView text);

/// Formats as "YYYY-MM-DDTHH:MM:SSZ" in UTC (milliseconds dropped); empty for an invalid time.
QString formatIsoDateTime(const QDateTime &dateTime);

} // namespace fentu
