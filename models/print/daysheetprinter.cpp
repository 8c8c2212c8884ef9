#include "daysheetprinter.h"

#include "print/daysheetdocument.h"
#include "print/documentpages.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fentu {

bool DaySheetPrinter::print(const QList<DaySheet> &sheets, QPagedPaintDevice *device)
{
    DocumentPages pages(device);
    if (!pages.isActive())
        return false;
    for (const DaySheet &sheet : sheets) {
        const std::unique_ptr<QTextDocument> document = DaySheetDocument::create(sheet);
        const QString name = u"%1 · %2"_s.arg(DaySheetDocument::title(sheet),
                                              QLocale().toString(sheet.day, QLocale::ShortFormat));
        if (!pages.add(*document, QString(), name))
            return false;
    }
    return pages.finish();
}

QString DaySheetPrinter::writePdf(const QList<DaySheet> &sheets, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setTitle(tr("Day sheets"));
    writer.setCreator(u"Fentu Desk"_s);
    if (!print(sheets, &writer))
        return tr("%1 could not be written").arg(QFileInfo(path).absoluteFilePath());
    return {};
}

} // namespace fentu
