#pragma once

#include "filter/workorderfilter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace fentu {

class ViewPages;
class WorkOrderPageSource;

/// File ▸ Export…: every order of a view (all pages of `filter` from the window's source, the
/// server's or the cache's, narrowed by the filter's local part), not only the rows loaded,
/// the columns as the table shows them; a date column becomes two, the instant in UTC and the
/// local time. A path ending in .xlsx gets a workbook (XlsxSheet: dates as dates, durations as
/// minutes, a frozen header with an autofilter); any other CSV (RFC 4180, UTF-8 with a
/// byte-order mark so that spreadsheets read accents right, dates in ISO 8601). The pages come
/// asynchronously; the file is written off the GUI thread, whole or not at all. Cancel at any
/// moment.
class OrderExport : public QObject
{
    Q_OBJECT
public:
    /// `source` is not owned and must outlive the export. `columns` are
    /// WorkOrderTableModel::Column values in the order shown.
    OrderExport(WorkOrderPageSource *source, const WorkOrderFilter &filter,
                const QList<int> &columns, const QString &path, QObject *parent = nullptr);
    ~OrderExport() override;

    void start();
    /// Stops paging; nothing is written. Too late once writing() was emitted.
    void cancel();

    /// True when `path` gets a workbook rather than CSV.
    static bool isWorkbook(const QString &path);
    /// The header and one order's fields as CSV writes them.
    static QStringList header(const QList<int> &columns);
    static QStringList fields(const WorkOrderSummary &order, const QList<int> &columns);
    /// The header and one order's typed cells as a workbook holds them.
    static QStringList workbookHeader(const QList<int> &columns);
    static QVariantList cells(const WorkOrderSummary &order, const QList<int> &columns);

signals:
    /// `done` orders gathered of `total` (the first page's count; -1 while unknown).
    void progress(int done, int total);
    /// Every page is in and the file is being written: from here it cannot be cancelled (the
    /// writing replaces the file whole).
    void writing();
    /// The end: `error` empty when the file was written, with `count` orders.
    void finished(int count, const QString &error);

private:
    void write();

    ViewPages *m_pages;
    QList<int> m_columns;
    QString m_path;
    bool m_workbook = false;
    QString m_text;              // CSV
    QList<QVariantList> m_cells; // a workbook
    QFutureWatcher<QString> m_writing;
};

} // namespace fentu
