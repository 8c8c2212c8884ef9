#pragma once

#include "domain/workorder.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fentu {

/// An order's full details as the day sheet gets them: the order, or why there is none.
struct OrderDetail
{
    std::optional<WorkOrder> order;
    /// Why `order` is missing, in words for the sheet ("Details not available offline").
    QString problem;
};

/// One order on a day sheet: where it sits in the day and what the board found about it.
struct SheetOrder
{
    /// The full order when `detailed`; otherwise only the list row's fields are filled.
    WorkOrder order;
    bool detailed = false;
    QString missingDetail; // why not detailed, for the sheet to say instead of blanks
    QDateTime start;       // UTC
    QDateTime end;         // UTC
    bool assumedDuration = false;
    bool clash = false; // overlaps another order of the same technician
    bool late = false;
};

/// What one technician (or the Unassigned tray) has to do on one local day.
struct DaySheet
{
    QDate day; // local
    Technician technician;
    bool unassigned = false;
    QList<SheetOrder> orders; // by start
    /// When the sheet holds only some of the day's orders (a filter), which: said on the page.
    QString scope;

    /// The technician's name; the id when the name is unknown.
    QString technicianName() const
    {
        return technician.name.isEmpty() ? technician.id : technician.name;
    }
};

} // namespace fentu
