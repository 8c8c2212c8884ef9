#pragma once

#include "filter/workorderfilter.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace fentu {

class ApiCall;
class WorkOrderPageSource;

/// Every order of a view, not only the rows a table has loaded: all pages of `filter` from a
/// page source (the server's or the cache's), narrowed by the filter's local part (the local
/// days, hide closed, a search over the rows), each order once even when the pages shift
/// under it. What File ▸ Export… writes and File ▸ Print… prints of the list.
class ViewPages : public QObject
{
    Q_OBJECT
public:
    using PageHook = std::function<void(const QList<WorkOrderSummary> &matching)>;
    /// Empty `error` when every page came.
    using Done = std::function<void(const QString &error)>;

    /// `source` is not owned and must outlive the paging.
    ViewPages(WorkOrderPageSource *source, const WorkOrderFilter &filter, QObject *parent = nullptr);
    ~ViewPages() override;

    /// `page` gets each page's matching orders as it comes; `done` runs once at the end, never
    /// after cancel().
    void start(PageHook page, Done done);
    /// Stops (successfully) once `orders` have been passed on: a printed list, not a book.
    void setLimit(int orders) { m_limit = orders; }
    void cancel();

    /// Orders passed on so far, and the view's size as its first page said (-1 before it).
    int count() const { return m_count; }
    int total() const { return m_total; }

private:
    void fetch(int page);

    QPointer<WorkOrderPageSource> m_source;
    WorkOrderFilter m_filter;
    PageHook m_page;
    Done m_done;
    QSet<QString> m_seen;
    int m_count = 0;
    int m_total = -1;
    int m_limit = -1;
    bool m_cancelled = false;
    QPointer<ApiCall> m_call;
};

} // namespace fentu
