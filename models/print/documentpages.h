#pragma once

#include <QCoreApplication>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace fentu {

/// Paints text documents page by page onto a paged device (QPdfWriter, a QPrinter): each
/// document from a new page, laid out at a fixed 96 dpi whatever the screen says (the same
/// pages on every machine, on paper and in a PDF), with an optional line at the top of every
/// page and a footer: a name at the left, "Printed … · page n of m" at the right. The day
/// sheets and the printed list use it. Needs a QGuiApplication (fonts).
class DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(fentu::DocumentPages)
public:
    explicit DocumentPages(QPagedPaintDevice *device);

    /// False when the device cannot be painted on (a file that cannot be written).
    bool isActive() const { return m_painter.isActive(); }
    /// Lays `document` out for the page and paints every page of it; false when a new page
    /// could not be started.
    bool add(QTextDocument &document, const QString &header, const QString &footerName);
    bool finish() { return m_painter.end(); }

private:
    QPagedPaintDevice *m_device;
    QPainter m_painter;
    QSizeF m_page; // the paintable area in layout pixels
    QString m_printed;
    bool m_first = true;
};

} // namespace fentu
