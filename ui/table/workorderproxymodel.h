#pragma once

#include "filter/workorderfilter.h"

#include <QSortFilterProxyModel>

namespace fentu {

class WorkOrderTableModel;

/// The table's view of a WorkOrderTableModel: hides the rows that fail the filter's local part
/// (quick search, hide closed, the exact local days of a date range). Sorting is the source model's
/// job: sort() forwards to it, so the order is computed from raw values and survives new pages;
/// fetchMore reaches the source through QSortFilterProxyModel's own forwarding.
class WorkOrderProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkOrderProxyModel(QObject *parent = nullptr);

    void setWorkOrderModel(WorkOrderTableModel *model);
    WorkOrderTableModel *workOrderModel() const;

    /// Only the local part (quickSearch, hideClosed, the dates' local bounds) is applied here.
    void setLocalFilter(const WorkOrderFilter &filter);
    const WorkOrderFilter &localFilter() const;
    /// True when the local filter can hide rows.
    bool isFiltering() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WorkOrderTableModel *m_model = nullptr;
    WorkOrderFilter m_filter;
    bool m_datesNarrow = false; // the dates' local bounds are narrower than the server's answer
};

} // namespace fentu
