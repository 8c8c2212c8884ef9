#include "csvformatter.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

QString CsvFormatter::format(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = record(header);
    for (const QStringList &row : rows)
        text += record(row);
    return text;
}

QString CsvFormatter::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted.append(field(value));
    return quoted.join(u',') + u"\r\n"_s;
}

QString CsvFormatter::field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') ||
                             value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace fentu::cli
