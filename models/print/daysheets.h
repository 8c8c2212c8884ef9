#pragma once

#include "print/daysheet.h"

#include "board/boardlayout.h"

#include <QHash>

namespace fentu {

/// Turns a laid-out board into day sheets: one per technician row and local day of the span
/// (an empty day says "No orders"), the Unassigned tray's only on days it holds orders, every
/// order with its details or the reason they are missing.
class DaySheets
{
public:
    /// `details` by order id; an order without an entry is printed from its list row with
    /// `fallbackProblem` said instead of its details.
    static QList<DaySheet> build(const BoardSpan &span, const QList<BoardRow> &rows,
                                 const QHash<QString, OrderDetail> &details,
                                 const QString &fallbackProblem = {});
    /// The ids of every order the rows hold: the details the sheets need.
    static QStringList orderIds(const QList<BoardRow> &rows);
};

} // namespace fentu
