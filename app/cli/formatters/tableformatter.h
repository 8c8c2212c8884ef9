#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fentu::cli {

/// Plain-text tables for a terminal: a header, a rule, and rows in aligned columns separated
/// by two spaces. Control characters in cells (a newline in a name) become spaces, so one row
/// is always one line; the last column is not padded.
class TableFormatter
{
public:
    static QString format(const QStringList &headers, const QList<QStringList> &rows);
    /// Columns a cell takes on a terminal (code points; wide CJK characters are not measured).
    static qsizetype width(const QString &cell);
    static QString sanitized(const QString &cell);
};

} // namespace fentu::cli
