#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace fentu {

class BoardPanel;
struct BoardSpan;

/// The board as the window shows it (time axis, row headers, bars: every row, not only those
/// scrolled into view) fitted onto one landscape page under a title naming the days (`span`, the
/// board's).
class BoardImagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(fentu::BoardImagePrinter)
public:
    /// Sets `device` to landscape; false when it cannot be painted on.
    static bool print(BoardPanel *panel, const BoardSpan &span, QPagedPaintDevice *device);
    /// As print(), into a PDF file; an error in words, or empty.
    static QString writePdf(BoardPanel *panel, const BoardSpan &span, const QString &path);
};

} // namespace fentu
