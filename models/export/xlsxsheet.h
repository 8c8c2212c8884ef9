#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fentu {

/// One worksheet as an .xlsx file (libxlsxwriter, in constant memory: rows go straight to the
/// file): a bold header row, frozen, with an autofilter; typed cells — a QDateTime becomes a
/// date cell (its local or UTC clock time, as given), an int or double a number, the rest
/// text. Written to a file beside `path` and renamed over it once complete, so a failed write
/// leaves no half workbook. Blocking: call it off the GUI thread.
class XlsxSheet
{
public:
    /// Empty on success, else why not, in words.
    static QString write(const QString &path, const QString &sheetName, const QStringList &header,
                         const QList<QVariantList> &rows);
};

} // namespace fentu
