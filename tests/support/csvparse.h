#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fentu::test {

/// RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); nullopt when malformed.
std::optional<QList<QStringList>> parseCsv(const QString &text);

} // namespace fentu::test
