#include "tableformatter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

QString padded(const QString &cell, qsizetype width)
{
    return cell + QString(std::max<qsizetype>(0, width - TableFormatter::width(cell)), u' ');
}

QString line(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString text;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QString cell = cells.value(i);
        if (i + 1 == widths.size()) {
            text += cell;
        } else {
            text += padded(cell, widths.at(i));
            text += u"  "_s;
        }
    }
    // A row whose last cells are empty would end in spaces.
    while (text.endsWith(u' '))
        text.chop(1);
    return text + u'\n';
}

} // namespace

QString TableFormatter::format(const QStringList &headers, const QList<QStringList> &rows)
{
    QStringList cleanHeaders;
    for (const QString &header : headers)
        cleanHeaders.append(sanitized(header));
    QList<QStringList> cleanRows;
    cleanRows.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < headers.size(); ++i)
            cells.append(sanitized(row.value(i)));
        cleanRows.append(cells);
    }

    QList<qsizetype> widths;
    for (const QString &header : cleanHeaders)
        widths.append(width(header));
    for (const QStringList &row : cleanRows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), width(row.at(i)));
    }

    QStringList rules;
    for (const qsizetype w : widths)
        rules.append(QString(w, u'-'));
    QString text = line(cleanHeaders, widths) + line(rules, widths);
    for (const QStringList &row : cleanRows)
        text += line(row, widths);
    return text;
}

qsizetype TableFormatter::width(const QString &cell)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        // The second half of a surrogate pair is not a column of its own.
        if (!cell.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

QString TableFormatter::sanitized(const QString &cell)
{
    QString clean = cell;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return clean;
}

} // namespace fentu::cli
