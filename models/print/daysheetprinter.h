#pragma once

#include "print/daysheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace fentu {

/// Prints day sheets onto any paged device, each sheet from a new page (a long one goes on
/// over more pages), with a footer naming the sheet and its page: QPdfWriter for files
/// (fentu-cli agenda --pdf, File ▸ Export PDF…), the window's QPrinter for File ▸ Print….
/// Needs a QGuiApplication (fonts).
class DaySheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(fentu::DaySheetPrinter)
public:
    /// Paints every sheet onto `device` (portrait A4 or whatever the device is set to).
    /// False when the device cannot be painted on (a file that cannot be written).
    static bool print(const QList<DaySheet> &sheets, QPagedPaintDevice *device);
    /// Writes the sheets to a PDF file at `path`; an error in words, or empty on success.
    static QString writePdf(const QList<DaySheet> &sheets, const QString &path);
};

} // namespace fentu
