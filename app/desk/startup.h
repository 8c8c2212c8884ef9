#pragma once

namespace fentu {

class ApiClient;
class MainWindow;
class WorkOrderPageSource;
class WorkOrderTableModel;
struct LaunchOptions;

/// Points the client at the server of `options`, then gives the model its page source, which
/// loads page 1; or tells the window why it cannot (nothing configured, a refused URL).
void connectAtStartup(const LaunchOptions &options, ApiClient &client, WorkOrderPageSource &source,
                      WorkOrderTableModel &model, MainWindow &window);

} // namespace fentu
