#pragma once

#include "domain/workorder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace fentu {

/// One row of the work order table: the order, where the server placed it, and local state.
struct WorkOrderRow
{
    WorkOrderSummary order;
    qint64 serverSeq = 0; // position in the server's order; unique within a WorkOrderRows
    bool pending = false; // an unsent local edit exists
    int position = 0;     // the row number, refreshed lazily by WorkOrderRows
};

/// The rows WorkOrderTableModel holds, in display order, indexed by id. Knows the current sort
/// (column -1 = the server's order) and keeps rows in it. Emits nothing: the model wraps each
/// change in the matching begin/end calls.
class WorkOrderRows
{
public:
    int size() const { return static_cast<int>(m_rows.size()); }
    /// Unchecked: 0 <= row < size().
    const WorkOrderRow &at(int row) const { return *m_rows[static_cast<size_t>(row)]; }
    WorkOrderRow &at(int row) { return *m_rows[static_cast<size_t>(row)]; }
    bool contains(const QString &id) const { return m_byId.contains(id); }
    /// The row holding `id`, or -1. Amortised O(1).
    int rowOf(const QString &id) const;

    void clear();

    /// Where a new page row goes: the end of the server's order.
    qint64 nextServerSeq() { return m_nextSeq++; }
    /// Where the server would list a newly created `order` among the rows held (scheduled_date
    /// ascending, unscheduled last; after equal dates), shifting later rows to make room.
    qint64 claimServerSeqFor(const WorkOrderSummary &order);

    /// The row at which `row` belongs under the current sort, among the rows held, ignoring
    /// the row at `ignoreRow` (pass -1 for a new row).
    int sortedPosition(const WorkOrderRow &row, int ignoreRow = -1) const;
    void insert(int position, std::unique_ptr<WorkOrderRow> row);
    void append(std::unique_ptr<WorkOrderRow> row) { insert(size(), std::move(row)); }
    void remove(int position);
    /// Moves the row at `from` so that it ends up at `to` (both in current row numbers).
    void move(int from, int to);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSort(int column, Qt::SortOrder order);
    /// Re-sorts by the current sort; returns, for each old row number, the new one.
    QList<int> sort();
    /// True when `a` goes before `b` under the current sort: a total order (ties by serverSeq).
    bool lessThan(const WorkOrderRow &a, const WorkOrderRow &b) const;

private:
    void refreshPositions() const;

    std::vector<std::unique_ptr<WorkOrderRow>> m_rows;
    QHash<QString, WorkOrderRow *> m_byId;
    qint64 m_nextSeq = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Rows from here on may hold stale `position`s; refreshing lazily keeps inserting a page
    // into a sorted table O(n) rather than O(n) per row.
    mutable int m_firstStale = 0;
};

} // namespace fentu
