#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fentu {

/// RFC 4180 CSV: a header record, then one record per row, CRLF after each; a field with a
/// comma, a double quote, CR or LF is enclosed in double quotes, its quotes doubled. Used by
/// fentu-cli's csv output and the window's File ▸ Export….
class CsvFormat
{
public:
    static QString format(const QStringList &header, const QList<QStringList> &rows);
    static QString record(const QStringList &fields);
    static QString field(const QString &value);
};

} // namespace fentu
