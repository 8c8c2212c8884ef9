#include "boardimageprinter.h"

#include "boardpanel.h"
#include "boardtimeaxis.h"
#include "boardview.h"

#include "board/boardmodel.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString spanTitle(const BoardSpan &span)
{
    const QLocale locale;
    const QDate last = span.firstDay.addDays(qMax(span.days, 1) - 1);
    if (last == span.firstDay)
        return BoardImagePrinter::tr("Board: %1")
            .arg(locale.toString(span.firstDay, QLocale::LongFormat));
    return BoardImagePrinter::tr("Board: %1 – %2")
        .arg(locale.toString(span.firstDay, QLocale::ShortFormat),
             locale.toString(last, QLocale::ShortFormat));
}

} // namespace

bool BoardImagePrinter::print(BoardPanel *panel, const BoardSpan &span, QPagedPaintDevice *device)
{
    device->setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    BoardView *view = panel->view();
    auto *axis = panel->findChild<BoardTimeAxis *>();

    // Device pixels at 96 dpi steps, as the widgets are measured.
    const qreal toDevice = device->logicalDpiX() / 96.0;
    const QSizeF page(device->width() / toDevice, device->height() / toDevice);
    painter.scale(toDevice, toDevice);

    // Pixel sizes, at 96 dpi like the rest: a point size would be measured at the device's
    // resolution and then scaled a second time.
    QFont titleFont = panel->font();
    titleFont.setPixelSize(18);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const qreal titleHeight = QFontMetricsF(titleFont).height() * 1.6;
    painter.drawText(QRectF(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                     spanTitle(span));

    // The whole scene, not only the part scrolled into view; the axis above it, as shown.
    const QRect source(0, 0, view->viewport()->width(),
                       qMax(view->viewport()->height(), int(view->sceneRect().height()) + 1));
    const QPoint axisAt = axis ? axis->mapTo(panel, QPoint()) : QPoint();
    const QPoint viewAt = view->viewport()->mapTo(panel, QPoint());
    const qreal axisHeight = axis ? axis->height() : 0;
    const qreal left = qMin(axisAt.x(), viewAt.x());
    const qreal width =
        qMax(axis ? axisAt.x() + axis->width() : 0, viewAt.x() + source.width()) - left;
    const qreal height = axisHeight + source.height();
    const QSizeF room(page.width(), page.height() - titleHeight);
    const qreal fit = qMin(room.width() / width, room.height() / height);

    // Recorded as a picture at the screen's 96 dpi, then played scaled: the widgets set their
    // fonts in points, which painted straight onto a 1200 dpi device would come out 12 times
    // too large. A picture keeps the text as text (the PDF stays searchable).
    QPicture board;
    QPainter recorder(&board);
    if (axis)
        axis->render(&recorder, QPoint(int(axisAt.x() - left), 0), QRegion(),
                     QWidget::DrawChildren);
    const int scrolled = view->verticalScrollBar()->value();
    view->verticalScrollBar()->setValue(0); // the source starts at the top row
    view->render(&recorder, QRectF(viewAt.x() - left, axisHeight, source.width(), source.height()),
                 source, Qt::IgnoreAspectRatio);
    view->verticalScrollBar()->setValue(scrolled);
    recorder.end();

    painter.translate(0, titleHeight);
    painter.scale(fit, fit);
    // Playing a picture scales it from its 96 dpi to the device's: that scaling is done already.
    painter.scale(1 / toDevice, 1 / toDevice);
    painter.drawPicture(0, 0, board);
    return painter.end();
}

QString BoardImagePrinter::writePdf(BoardPanel *panel, const BoardSpan &span, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setTitle(tr("Board"));
    writer.setCreator(u"Fentu Desk"_s);
    if (!print(panel, span, &writer))
        return tr("%1 could not be written").arg(QFileInfo(path).absoluteFilePath());
    return {};
}

} // namespace fentu
