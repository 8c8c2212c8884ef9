#pragma once

#include "filter/workorderfilter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace fentu {

class ViewPages;
class WorkOrderPageSource;
class WorkOrderTableView;

/// File ▸ Print… while the table shows: the orders of the view (every page, up to kMaxOrders)
/// in the table's columns, with the filter and the time of the data at the top of every page
/// and the column titles repeated, in a print preview (QTextDocument onto the QPrinter).
class ListPrinting : public QObject
{
    Q_OBJECT
public:
    /// More would be a book, and a long wait to lay out: the export is for that.
    static constexpr int kMaxOrders = 1000;

    struct Services
    {
        WorkOrderPageSource *source = nullptr;
        WorkOrderTableView *table = nullptr;           // which columns, in order
        std::function<WorkOrderFilter()> view;         // the filter and search the table applies
        std::function<QDateTime()> dataTime;           // how fresh the rows are
        std::function<QString()> summary;              // the filter and search, in words
    };
    ListPrinting(Services services, QWidget *window);

    void print();
    /// Tests: the next print is written to a PDF at `path`, without the preview.
    void setNextPdfForTesting(const QString &path) { m_nextPdf = path; }

signals:
    void message(const QString &text);
    void pdfWritten(const QString &path, const QString &error);

private:
    void gathered(const QList<WorkOrderSummary> &orders, int total);

    Services m_services;
    QWidget *m_window;
    QPointer<ViewPages> m_pages;
    WorkOrderFilter m_filter;
    std::optional<QString> m_nextPdf;
};

} // namespace fentu
