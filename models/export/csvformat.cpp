#include "export/csvformat.h"

using namespace Qt::StringLiterals;

namespace fentu {

QString CsvFormat::format(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = record(header);
    for (const QStringList &row : rows)
        text += record(row);
    return text;
}

QString CsvFormat::record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted.append(field(value));
    return quoted.join(u',') + u"\r\n"_s;
}

QString CsvFormat::field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') ||
                             value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace fentu
