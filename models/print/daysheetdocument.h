#pragma once

#include "print/daysheet.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace fentu {

/// One day sheet as rich text: the technician and the day, then each order in time order with
/// its time, number, customer and address, contact and phone, description, notes and tasks
/// with boxes to tick; clashes and late work marked. Every text from the server is escaped:
/// it is plain text, never markup.
class DaySheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(fentu::DaySheetDocument)
public:
    /// The sheet's title: the technician's name, or "Unassigned".
    static QString title(const DaySheet &sheet);
    /// The HTML of the sheet (Qt's rich-text subset).
    static QString html(const DaySheet &sheet);
    /// A document of html(), in the fonts and sizes a printed page wants.
    static std::unique_ptr<QTextDocument> create(const DaySheet &sheet);
};

} // namespace fentu
