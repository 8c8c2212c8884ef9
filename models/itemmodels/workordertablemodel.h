#pragma once

#include "api/apierror.h"
#include "domain/workorder.h"
#include "filter/workorderfilter.h"

#include <QAbstractTableModel>

#include <memory>

namespace fentu {

class ApiCall;
class WorkOrderPageSource;

/// The work order table: pages from a WorkOrderPageSource as the view scrolls (fetchMore).
/// canFetchMore() is false while a page is in flight, after the last page and after a failed
/// page (until retry()); replies for an older filter are dropped; rows are de-duplicated by id;
/// data() never does I/O. Calls to fetchMore() made from slots connected to this model's own
/// change signals are ignored (views ask again after their deferred layout).
class WorkOrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        StatusColumn,
        PriorityColumn,
        CustomerColumn,
        TechnicianColumn,
        ScheduledColumn,
        DurationColumn,
        TypeColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the column's value for sorting: enum, QDateTime, int...
        IdRole,                          // the order id
        StatusRole,                      // int(Status) for the whole row
        PriorityRole,                    // int(Priority) for the whole row
        PendingRole,                     // bool: an unsent local edit exists (offline outbox)
    };

    explicit WorkOrderTableModel(QObject *parent = nullptr);
    ~WorkOrderTableModel() override;

    /// Not owned. Setting a source resets and loads page 1 of the current filter.
    void setSource(WorkOrderPageSource *source);
    WorkOrderPageSource *source() const;

    /// Resets to page 1 of `filter`, cancelling any page in flight.
    void setFilter(const WorkOrderFilter &filter);
    const WorkOrderFilter &filter() const;
    /// Reloads from page 1 with the same filter. The rows held stay visible until page 1
    /// arrives (then it replaces them); if it fails they stay, and loadFailed says why.
    void refresh();
    /// Asks again for the page that failed (page 1 after a failed refresh). Same as
    /// fetchMore(QModelIndex()), which also retries; canFetchMore() stays false after a failure
    /// so that a view never hammers a failing server on its own.
    void retry();

    /// 1..100, default 100; a change reloads from page 1 (page numbers depend on it).
    void setPageSize(int perPage);
    int pageSize() const;

    bool isLoading() const;
    /// total_count from the last page's meta; -1 before the first page.
    int totalCount() const;
    /// True when the server may hold more rows than the model (sorting covers only held rows).
    bool hasMorePages() const;
    const ApiError &lastError() const;

    /// O(1); an empty summary for a row out of range. Rows hold no `raw` JSON.
    const WorkOrderSummary &orderAt(int row) const;
    /// Amortised O(1); -1 when not held.
    int rowOfId(const QString &id) const;
    /// Replaces the row with the same id (after a write); returns false if not held. Under a
    /// column sort the row moves to its new place; in server order it stays where it is. A row
    /// that no longer matches the filter stays until the next reload, so an edit never makes
    /// the row the user is looking at vanish.
    bool updateOrder(const WorkOrderSummary &order);
    /// Inserts a new order at the position the current sort/server order would place it,
    /// if the filter's server part matches (the local part is the proxy's job); returns the
    /// row or -1. An id already held is updated instead. totalCount() grows by one.
    int insertOrder(const WorkOrderSummary &order);
    /// Removes the row (after a delete); totalCount() shrinks by one. False if not held.
    bool removeOrder(const QString &id);
    /// Marks an order as having unsent local edits (PendingRole). Remembered by id, so it also
    /// applies to rows loaded later and survives filter changes.
    void setPending(const QString &id, bool pending);
    bool isPending(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts the rows held; column -1 restores the server's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(int totalCount);
    /// A page failed; the rows already held stay.
    void loadFailed(const fentu::ApiError &error);
    /// A page arrived (1-based page number).
    void pageLoaded(int page);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace fentu
