#include "daysheetprinter.h"

#include "print/daysheetdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The document is laid out at a fixed 96 dpi, whatever the screen (or no screen) says, then
// scaled to the device: the same sheet on every machine, in the PDF and on paper alike.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kFooterHeight = 28.0; // layout pixels below each page's text

QImage layoutReference()
{
    QImage image(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void paintFooter(QPainter &painter, const QRectF &area, const QString &left, const QString &right)
{
    painter.save();
    QFont font = painter.font();
    // In layout pixels: the painter is scaled already, and a point size would be measured at
    // the device's resolution and then scaled a second time.
    font.setPixelSize(11);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawLine(area.topLeft() + QPointF(0, 6), area.topRight() + QPointF(0, 6));
    const QRectF text = area.adjusted(0, 8, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace

bool DaySheetPrinter::print(const QList<DaySheet> &sheets, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal scaleX = device->logicalDpiX() / kLayoutDpi;
    const qreal scaleY = device->logicalDpiY() / kLayoutDpi;
    painter.scale(scaleX, scaleY);
    // The device's paintable area (inside its margins), in layout pixels.
    const QSizeF page(device->width() / scaleX, device->height() / scaleY);
    const QSizeF textArea(page.width(), page.height() - kFooterHeight);

    QImage reference = layoutReference();
    const QString printed = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    bool first = true;
    for (const DaySheet &sheet : sheets) {
        const std::unique_ptr<QTextDocument> document = DaySheetDocument::create(sheet);
        document->documentLayout()->setPaintDevice(&reference);
        document->setPageSize(textArea);
        const int pages = qMax(1, document->pageCount());
        const QString name = u"%1 · %2"_s.arg(DaySheetDocument::title(sheet),
                                              QLocale().toString(sheet.day, QLocale::ShortFormat));
        for (int p = 0; p < pages; ++p) {
            if (!first && !device->newPage())
                return false;
            first = false;
            painter.save();
            // Page p of the document is the band [p·h, (p+1)·h) of its one long layout.
            painter.translate(0, -p * textArea.height());
            const QRectF band(0, p * textArea.height(), textArea.width(), textArea.height());
            painter.setClipRect(band);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = band;
            context.palette.setColor(QPalette::Text, Qt::black);
            document->documentLayout()->draw(&painter, context);
            painter.restore();
            paintFooter(painter, QRectF(0, textArea.height(), page.width(), kFooterHeight), name,
                        tr("Printed %1 · page %2 of %3").arg(printed).arg(p + 1).arg(pages));
        }
    }
    return painter.end();
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
