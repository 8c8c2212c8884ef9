#include "itemmodels/workorderrows.h"

#include "itemmodels/workordercolumns.h"

#include <algorithm>

namespace fentu {

namespace {

// Whether the server lists a newly created `fresh` order before `held`: scheduled_date
// ascending, unscheduled last (assumptions.md). Among equal dates a new order comes after the
// ones already there, as its id (and the sandbox's sequence) is the newest.
bool serverListsBefore(const WorkOrderSummary &fresh, const WorkOrderSummary &held)
{
    if (!fresh.scheduledDate.isValid())
        return false;
    return !held.scheduledDate.isValid() || fresh.scheduledDate < held.scheduledDate;
}

} // namespace

int WorkOrderRows::rowOf(const QString &id) const
{
    const WorkOrderRow *row = m_byId.value(id);
    if (!row)
        return -1;
    if (row->position >= m_firstStale)
        refreshPositions();
    return row->position;
}

void WorkOrderRows::refreshPositions() const
{
    for (int i = m_firstStale; i < size(); ++i)
        m_rows[static_cast<size_t>(i)]->position = i;
    m_firstStale = size();
}

void WorkOrderRows::clear()
{
    m_rows.clear();
    m_byId.clear();
    m_nextSeq = 0;
    m_firstStale = 0;
}

qint64 WorkOrderRows::claimServerSeqFor(const WorkOrderSummary &order)
{
    // Take the place of the first held row (in server order) that the server lists after
    // `order`; if none, the end. Rows are few enough (thousands) for two linear passes.
    qint64 seq = m_nextSeq;
    for (const auto &row : m_rows) {
        if (row->serverSeq < seq && serverListsBefore(order, row->order))
            seq = row->serverSeq;
    }
    if (seq != m_nextSeq) {
        for (const auto &row : m_rows) {
            if (row->serverSeq >= seq)
                ++row->serverSeq;
        }
    }
    ++m_nextSeq;
    return seq;
}

bool WorkOrderRows::lessThan(const WorkOrderRow &a, const WorkOrderRow &b) const
{
    if (m_sortColumn >= 0) {
        const bool valueA = WorkOrderColumns::hasValue(a.order, m_sortColumn);
        const bool valueB = WorkOrderColumns::hasValue(b.order, m_sortColumn);
        if (valueA != valueB)
            return valueA; // rows without a value (unscheduled, unassigned...) go last either way
        if (valueA) {
            int order = WorkOrderColumns::compare(a.order, b.order, m_sortColumn);
            if (m_sortOrder == Qt::DescendingOrder)
                order = -order;
            if (order != 0)
                return order < 0;
        }
    }
    // Equal keys keep the server's order, which also makes the sort stable and total.
    return a.serverSeq < b.serverSeq;
}

int WorkOrderRows::sortedPosition(const WorkOrderRow &row, int ignoreRow) const
{
    // The rows other than `ignoreRow` are sorted, so a binary search over them finds the place.
    int low = 0;
    int high = size() - (ignoreRow >= 0 ? 1 : 0);
    while (low < high) {
        const int mid = low + (high - low) / 2;
        const int actual = (ignoreRow >= 0 && mid >= ignoreRow) ? mid + 1 : mid;
        if (lessThan(at(actual), row))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

void WorkOrderRows::insert(int position, std::unique_ptr<WorkOrderRow> row)
{
    row->position = position;
    m_byId.insert(row->order.id, row.get());
    m_rows.insert(m_rows.begin() + position, std::move(row));
    m_firstStale = std::min(m_firstStale, position + 1);
}

void WorkOrderRows::remove(int position)
{
    m_byId.remove(at(position).order.id);
    m_rows.erase(m_rows.begin() + position);
    m_firstStale = std::min(m_firstStale, position);
}

void WorkOrderRows::move(int from, int to)
{
    if (from == to)
        return;
    auto row = std::move(m_rows[static_cast<size_t>(from)]);
    m_rows.erase(m_rows.begin() + from);
    m_rows.insert(m_rows.begin() + to, std::move(row));
    m_firstStale = std::min({m_firstStale, from, to});
}

void WorkOrderRows::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QList<int> WorkOrderRows::sort()
{
    refreshPositions();
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const auto &a, const auto &b) { return lessThan(*a, *b); });
    QList<int> newRowOf(size());
    for (int i = 0; i < size(); ++i) {
        newRowOf[m_rows[static_cast<size_t>(i)]->position] = i;
        m_rows[static_cast<size_t>(i)]->position = i;
    }
    return newRowOf;
}

} // namespace fentu
