#pragma once

#include "mainactions.h"
#include "mainwindowservices.h"
#include "statusindicators.h"

#include "filter/workorderfilter.h"
#include "views/savedview.h"

#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace fentu {

class ApiError;
class BoardController;
class EditCommands;
class ErrorBar;
class FilterController;
class OfflineController;
class SettingsFlow;
class ViewsController;
class WorkOrderDetailView;
class WorkOrderProxyModel;
class WorkOrderTableView;

/// The dispatcher's main window: the work order table with quick search, the actions, a
/// status bar (connection, count, loading) and a non-modal error bar above the table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Says that no server is configured yet; Refresh stays off until one is.
    void showNotConfigured();
    /// Shows a problem found while starting (a refused base URL...) in the error bar.
    void showStartupError(const QString &message);
    /// A server is configured and being contacted: clears a not-configured state.
    void showConnecting();
    /// Shows a problem of the offline cache (damaged and replaced, disk full) in the error bar.
    void showCacheProblem(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    using Connection = StatusIndicators::Connection;

    void createSearchField();
    void createToolBarAndMenus();
    void createDetailsPane();
    void createBoard();
    /// Saved views: the Views list, View ▸ Saved Views, File ▸ Export/Import View…; shows the
    /// view last used (or the built-in one on a first start).
    void createSavedViews();
    SavedView captureView() const;
    void applyView(const SavedView &view, const WorkOrderFilter &filter);
    void connectModel();
    void setConnection(Connection connection);
    bool searchesCache() const;
    /// The orders the table shows: the filter, and the search where the table applies it.
    WorkOrderFilter currentView() const;
    void searchCache();
    /// A whole number typed in the search: that order selected once the search's first page
    /// is in (its details shown), or a word that it is not cached.
    void openNumber(const QString &number);
    /// A number not cached: once, online, the server's lists are read (a sync of the lists)
    /// and the search runs again; otherwise a word that it is not found.
    void lookForNumberOnServer(const QString &number);
    void updateCounts();
    void onLoadFailed(const ApiError &error);
    void showErrorWithSettings(const QString &message, bool canRetry);
    void retry();
    void refresh();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    QString serverName() const;

    MainWindowServices m_services;
    MainActions m_actions;
    WorkOrderProxyModel *m_proxy;
    WorkOrderTableView *m_table;
    ErrorBar *m_errorBar;
    QLineEdit *m_search;
    std::unique_ptr<StatusIndicators> m_status;
    EditCommands *m_editCommands = nullptr; // New, Edit, quick actions; needs a writer
    SettingsFlow *m_settingsFlow = nullptr; // Settings and first run; needs a connection
    OfflineController *m_offline = nullptr; // Work offline, sync, outbox; optional services
    // The table beside the details; the details need a client.
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_views = nullptr; // the table, or the board in its place
    BoardController *m_board = nullptr;  // View ▸ Board; needs a page source
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    WorkOrderDetailView *m_details = nullptr;
    FilterController *m_filters = nullptr; // Filters dock, summary line, last filter
    ViewsController *m_savedViews = nullptr; // saved views, above the filters
    QTimer *m_searchPause = nullptr;         // the search waits for typing to pause
    QSet<QString> m_numbersLookedFor; // looked for on the server this session
    // The filter, with the search in quickSearch, that "N found" was counted for.
    std::optional<WorkOrderFilter> m_searchCountKey;
    int m_searchCount = -1;      // -1 while it is being counted
    bool m_configured = true;
    bool m_focusedOnce = false;
};

} // namespace fentu
