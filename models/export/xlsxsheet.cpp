#include "export/xlsxsheet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(fentu::XlsxSheet)
};

lxw_datetime clockOf(const QDateTime &at)
{
    // Excel's dates carry no zone: the clock time as given (UTC or local, as the column says).
    const QDate date = at.date();
    const QTime time = at.time();
    return lxw_datetime{date.year(), date.month(), date.day(), time.hour(), time.minute(),
                        double(time.second())};
}

} // namespace

QString XlsxSheet::write(const QString &path, const QString &sheetName, const QStringList &header,
                         const QList<QVariantList> &rows)
{
    const QString partial = path + u".part"_s;
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // 200,000 orders fit either way; more never fails
    lxw_workbook *book = workbook_new_opt(partialName.constData(), &options);
    if (!book)
        return XlsxText::tr("Cannot write %1").arg(path);
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");

    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), bold);
    for (int r = 0; r < rows.size(); ++r) {
        const QVariantList &cells = rows[r];
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < cells.size(); ++c) {
            const QVariant &cell = cells[c];
            const auto col = lxw_col_t(c);
            switch (cell.typeId()) {
            case QMetaType::QDateTime: {
                const QDateTime at = cell.toDateTime();
                if (at.isValid()) {
                    lxw_datetime when = clockOf(at);
                    worksheet_write_datetime(sheet, row, col, &when, dateTime);
                }
                break;
            }
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                worksheet_write_number(sheet, row, col, cell.toDouble(), nullptr);
                break;
            default:
                if (const QString text = cell.toString(); !text.isEmpty())
                    worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
            }
        }
    }
    const auto lastColumn = lxw_col_t(std::max<qsizetype>(header.size(), 1) - 1);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lastColumn);
    worksheet_set_column(sheet, 0, lastColumn, 20, nullptr);

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return XlsxText::tr("Cannot write %1: %2")
            .arg(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return XlsxText::tr("Cannot write %1").arg(path);
    }
    return {};
}

} // namespace fentu
