#pragma once

#include "filter/workorderfilter.h"

#include <QObject>

class QAction;
class QDockWidget;
class QLineEdit;
class QMainWindow;

namespace fentu {

class AppSettings;
class FilterPanel;
class FilterSummaryBar;
class WorkOrderProxyModel;
class WorkOrderTableModel;

/// Wires the filter panel into the main window: the "Filters" dock on the left, the summary
/// line above the table, the filter applied to the model (server part) and the proxy (local
/// part, with the toolbar's quick search), the last filter saved and restored.
class FilterController : public QObject
{
    Q_OBJECT
public:
    /// Puts `panel` in a dock of `window` and restores the last filter from `settings` into
    /// the panel and `model` (which loads nothing until it has a source). `proxy` sits on
    /// `model`; `search` is the toolbar's field. All outlive this child of `window`.
    FilterController(QMainWindow *window, FilterPanel *panel, WorkOrderTableModel *model,
                     AppSettings *settings, WorkOrderProxyModel *proxy, QLineEdit *search);

    /// For the central layout, above the table.
    FilterSummaryBar *summaryBar() const { return m_summary; }
    /// View menu entries: show/hide the dock, focus the panel (Ctrl+Shift+F), clear filters.
    QList<QAction *> viewActions() const;
    /// Re-applies the local part after the quick search text changed.
    void applyLocalFilter();
    /// True while the search box's words are looked for in the whole cache by the model's
    /// source (the rows are already the matches): the table no longer narrows them itself.
    void setSearchInSource(bool inSource);
    /// Shows `filter` in the panel and applies it, as if the user had set it (a saved view).
    void showFilter(const WorkOrderFilter &filter);
    /// Another server is connected: the last one's customer and technician leave the filter
    /// now, before its first page (and before a saved view of the new server is shown).
    void serverChanged(const QUrl &server);
    /// Puts `widget` in the dock above the filters (the saved views).
    void addAboveFilters(QWidget *widget);
    /// View > Refresh: the panel loads again a pick list whose lookup failed.
    void retryFailedLookups();

signals:
    /// The panel's filter was applied to the table (the board follows it too).
    void filterApplied(const fentu::WorkOrderFilter &filter);

private:
    void applyFilter(const WorkOrderFilter &filter);
    void clearAll();

    WorkOrderTableModel *m_model;
    AppSettings *m_settings;
    WorkOrderProxyModel *m_proxy;
    QLineEdit *m_search;
    bool m_searchInSource = false;
    QDockWidget *m_dock;
    QWidget *m_dockContents;
    FilterPanel *m_panel;
    FilterSummaryBar *m_summary;
    QAction *m_focusAction;
};

} // namespace fentu
