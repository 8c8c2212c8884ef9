#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fentu::sandbox::timestamps {

/// ISO 8601 in UTC with a Z and whole seconds: 2024-01-27T09:00:00Z. Strings in this form
/// sort like the instants they name, which the store's ordering and date filters rely on.
QString format(const QDateTime &dateTime);
/// The same for seconds since the epoch; about fifty times faster, for the bulk seed.
QString formatSecs(qint64 secondsSinceEpoch);
/// Seconds since the epoch of a string in exactly the form format() writes; nothing otherwise.
std::optional<qint64> secsOf(QStringView formatted);
/// An ISO 8601 date-time with a time zone designator (Z or ±hh:mm), converted to UTC.
/// Nothing for anything else, including a date without a time or a time without a zone.
std::optional<QDateTime> parseDateTime(const QString &text);
/// A calendar date written exactly YYYY-MM-DD.
std::optional<QDate> parseDate(const QString &text);

} // namespace fentu::sandbox::timestamps
