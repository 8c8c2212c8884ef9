#pragma once

#include <QRegularExpression>
#include <QString>

namespace fentu {

/// True when `text` is a whole work order number as the server gives them (`WO-2026-898`:
/// letters, the year, a sequence of three or more digits), not an id or a search.
inline bool isWholeWorkOrderNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{1,6}-\\d{4}-\\d{3,}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace fentu
