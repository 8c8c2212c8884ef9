#include "print/documentpages.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The document is laid out at a fixed 96 dpi, whatever the screen (or no screen) says, then
// scaled to the device: the same page on every machine, in the PDF and on paper alike.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kHeaderHeight = 26.0; // layout pixels above the text, when there is a header
constexpr qreal kFooterHeight = 28.0; // layout pixels below each page's text

QImage layoutReference()
{
    QImage image(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void paintLine(QPainter &painter, const QRectF &area, const QString &left, const QString &right,
               bool ruleAbove)
{
    painter.save();
    QFont font = painter.font();
    // In layout pixels: the painter is scaled already, and a point size would be measured at
    // the device's resolution and then scaled a second time.
    font.setPixelSize(11);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal rule = ruleAbove ? area.top() + 6 : area.bottom() - 6;
    painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule));
    const QRectF text = ruleAbove ? area.adjusted(0, 8, 0, 0) : area.adjusted(0, 0, 0, -8);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(font).elidedText(left, Qt::ElideRight, text.width() * 0.7));
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace

DocumentPages::DocumentPages(QPagedPaintDevice *device)
    : m_device(device),
      m_printed(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
{
    if (!m_painter.begin(device))
        return;
    const qreal scaleX = device->logicalDpiX() / kLayoutDpi;
    const qreal scaleY = device->logicalDpiY() / kLayoutDpi;
    m_painter.scale(scaleX, scaleY);
    m_page = QSizeF(device->width() / scaleX, device->height() / scaleY);
}

bool DocumentPages::add(QTextDocument &document, const QString &header, const QString &footerName)
{
    if (!isActive())
        return false;
    const qreal top = header.isEmpty() ? 0.0 : kHeaderHeight;
    const QSizeF textArea(m_page.width(), m_page.height() - top - kFooterHeight);
    QImage reference = layoutReference();
    document.documentLayout()->setPaintDevice(&reference);
    document.setPageSize(textArea);
    const int pages = qMax(1, document.pageCount());
    for (int p = 0; p < pages; ++p) {
        if (!m_first && !m_device->newPage())
            return false;
        m_first = false;
        if (!header.isEmpty())
            paintLine(m_painter, QRectF(0, 0, m_page.width(), kHeaderHeight), header, QString(),
                      false);
        m_painter.save();
        // Page p of the document is the band [p·h, (p+1)·h) of its one long layout.
        m_painter.translate(0, top - p * textArea.height());
        const QRectF band(0, p * textArea.height(), textArea.width(), textArea.height());
        m_painter.setClipRect(band);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = band;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
        paintLine(m_painter, QRectF(0, top + textArea.height(), m_page.width(), kFooterHeight),
                  footerName, tr("Printed %1 · page %2 of %3").arg(m_printed).arg(p + 1).arg(pages),
                  true);
    }
    return true;
}

} // namespace fentu
