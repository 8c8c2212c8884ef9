#pragma once

#include "filter/workorderfilter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QProgressDialog;
class QWidget;

namespace fentu {

class OrderExport;
class WorkOrderPageSource;
class WorkOrderTableView;

/// File ▸ Export… (Ctrl+Shift+X): every order of the view the table shows, as CSV or XLSX, chosen
/// with an asynchronous file dialog, with progress and Cancel (OrderExport does the work; the
/// GUI thread never waits). The columns are the table's, in their order, hidden ones left out.
class ExportFlow : public QObject
{
    Q_OBJECT
public:
    /// `view` gives the filter (with the search when the table narrows by it itself); none of
    /// the pointers is owned.
    ExportFlow(WorkOrderPageSource *source, WorkOrderTableView *table,
               std::function<WorkOrderFilter()> view, QWidget *window);

    QAction *exportAction() const { return m_action; }
    /// Tests: the next export goes to `path` without the file dialog.
    void setNextExportForTesting(const QString &path) { m_nextPath = path; }

signals:
    /// A sentence for the status bar.
    void message(const QString &text);
    /// The end of an export (`error` empty when the file was written).
    void exported(const QString &path, int count, const QString &error);

private:
    void ask();
    void run(const QString &path);

    QPointer<WorkOrderPageSource> m_source;
    QPointer<WorkOrderTableView> m_table; // its columns, as shown
    std::function<WorkOrderFilter()> m_view;
    QWidget *m_window;
    QAction *m_action;
    QPointer<OrderExport> m_running;
    QPointer<QProgressDialog> m_progress;
    std::optional<QString> m_nextPath;
};

} // namespace fentu
