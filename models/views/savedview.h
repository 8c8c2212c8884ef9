#pragma once

#include "filter/workorderfilter.h"
#include "views/daterule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fentu {

/// One column of the table as a view keeps it; a view's columns are listed in the order shown.
struct ViewColumn
{
    int column = 0; // WorkOrderTableModel::Column
    int width = 0;  // pixels; 0 leaves the width as it is
    bool hidden = false;

    friend bool operator==(const ViewColumn &, const ViewColumn &) = default;
};

/// Whether two choices of technicians' ids name the same technicians, in any order.
inline bool sameTechnicians(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    a.removeDuplicates();
    b.removeDuplicates();
    return a == b;
}

/// The schedule board as a view keeps it.
struct ViewBoard
{
    bool shown = false; // the board rather than the list
    int days = 1;       // the zoom: 1, 7 or 14
    bool clashesOnly = false;
    QStringList technicians; // whose rows; empty: everyone's

    /// The same technicians in another order are the same board.
    friend bool operator==(const ViewBoard &a, const ViewBoard &b)
    {
        return a.shown == b.shown && a.days == b.days && a.clashesOnly == b.clashesOnly &&
               sameTechnicians(a.technicians, b.technicians);
    }
};

/// A saved view: what the window shows, kept under a name. The filter's dates are kept as
/// `dateRule` says; filterOn() gives the filter of a given day.
struct SavedView
{
    QString id;   // stable across renames: what the last-used view and the shortcuts refer to
    QString name; // the user's
    WorkOrderFilter filter; // quickSearch unused (the search is `search`)
    DateRule dateRule = DateRule::Fixed;
    QString search;      // the search box's words
    int sortColumn = -1; // WorkOrderTableModel::Column, or -1: the server's order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<ViewColumn> columns;      // empty: the view leaves the columns as they are
    std::optional<ViewBoard> board; // none: the view leaves the board as it is

    /// The filter this view means on `today` (relative dates made concrete).
    WorkOrderFilter filterOn(QDate today) const;
    /// What the first start shows: "Today and upcoming", not completed or cancelled, earliest
    /// first (the server's order is by scheduled date).
    static SavedView todayAndUpcoming();
    /// A new id, unique on this computer.
    static QString newId();

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

} // namespace fentu
