#include "workorderproxymodel.h"

#include "itemmodels/workordertablemodel.h"

namespace fentu {

namespace {

// Whether the UTC dates the server is asked for reach beyond the local days: always, except
// where local time is UTC at both bounds. Only then can the dates hide rows the model holds.
bool datesReachBeyondTheLocalDays(const WorkOrderFilter &filter)
{
    const WorkOrderQuery sent = filter.toQuery(1, 1);
    if (filter.fromDate.isValid() && filter.scheduledFrom() != sent.fromDate.startOfDay(Qt::UTC))
        return true;
    return filter.toDate.isValid() &&
           filter.scheduledUntil() != sent.toDate.addDays(1).startOfDay(Qt::UTC);
}

} // namespace

WorkOrderProxyModel::WorkOrderProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void WorkOrderProxyModel::setWorkOrderModel(WorkOrderTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

WorkOrderTableModel *WorkOrderProxyModel::workOrderModel() const
{
    return m_model;
}

void WorkOrderProxyModel::setLocalFilter(const WorkOrderFilter &filter)
{
    if (filter.quickSearch == m_filter.quickSearch && filter.hideClosed == m_filter.hideClosed &&
        filter.fromDate == m_filter.fromDate && filter.toDate == m_filter.toDate) {
        return;
    }
    m_filter = WorkOrderFilter();
    m_filter.quickSearch = filter.quickSearch;
    m_filter.hideClosed = filter.hideClosed;
    // The dates too: the server answers whole UTC dates, which may reach past the local days.
    m_filter.fromDate = filter.fromDate;
    m_filter.toDate = filter.toDate;
    m_datesNarrow = datesReachBeyondTheLocalDays(m_filter);
    invalidateFilter();
}

const WorkOrderFilter &WorkOrderProxyModel::localFilter() const
{
    return m_filter;
}

bool WorkOrderProxyModel::isFiltering() const
{
    return m_filter.hideClosed || !m_filter.quickSearch.trimmed().isEmpty() || m_datesNarrow;
}

void WorkOrderProxyModel::sort(int column, Qt::SortOrder order)
{
    // The proxy itself stays unsorted (it keeps the source's order); the source sorts on raw
    // values, not on display text, and keeps its order while pages arrive.
    if (m_model)
        m_model->sort(column, order);
}

bool WorkOrderProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid() || !isFiltering())
        return true;
    return m_filter.matchesLocally(m_model->orderAt(sourceRow));
}

} // namespace fentu
