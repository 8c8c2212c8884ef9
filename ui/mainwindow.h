#pragma once

#include "mainactions.h"
#include "mainwindowservices.h"
#include "statusindicators.h"

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QToolBar;

namespace fentu {

class ApiError;
class ErrorBar;
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

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    using Connection = StatusIndicators::Connection;

    void createSearchField();
    void createToolBarAndMenus();
    void connectModel();
    void setConnection(Connection connection);
    void updateCounts();
    void onLoadFailed(const ApiError &error);
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
    bool m_configured = true;
    bool m_focusedOnce = false;
};

} // namespace fentu
