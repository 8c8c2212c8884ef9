#include "workorderproxymodel.h"

#include "itemmodels/workordertablemodel.h"

namespace fentu {

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
    if (filter.quickSearch == m_filter.quickSearch && filter.hideClosed == m_filter.hideClosed)
        return;
    m_filter = WorkOrderFilter();
    m_filter.quickSearch = filter.quickSearch;
    m_filter.hideClosed = filter.hideClosed;
    invalidateFilter();
}

const WorkOrderFilter &WorkOrderProxyModel::localFilter() const
{
    return m_filter;
}

bool WorkOrderProxyModel::isFiltering() const
{
    return m_filter.hideClosed || !m_filter.quickSearch.trimmed().isEmpty();
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
