#pragma once

namespace fentu {

class ApiClient;
class AppSettings;
class WorkOrderPageSource;
class WorkOrderTableModel;

/// What the main window works with, made and owned by the caller (app/ or a test): the window
/// creates no network objects of its own. All must outlive the window.
struct MainWindowServices
{
    ApiClient *client = nullptr;
    WorkOrderPageSource *pageSource = nullptr;
    WorkOrderTableModel *model = nullptr;
    AppSettings *settings = nullptr; // window geometry and column layout live here
};

} // namespace fentu
