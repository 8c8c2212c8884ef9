#pragma once

namespace fentu {

class ApiClient;
class AppSettings;
class AppearanceSwitcher;
class CacheStore;
class ConnectivityMonitor;
class CredentialStore;
class OrderWriter;
class OutboxReplayer;
class PendingOrders;
class ServerConnection;
class SwitchingPageSource;
class SyncEngine;
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

    // Optional: nullptr turns the feature off (a test of the table alone, the bench). The
    // composition root in app/desk (DeskServices) fills them all.
    CredentialStore *credentials = nullptr;   // Settings dialog: the key in the keychain
    CacheStore *store = nullptr;              // offline cache: counts, lookups, details offline
    SwitchingPageSource *switching = nullptr; // == pageSource when caching: banner, Work offline
    ConnectivityMonitor *monitor = nullptr;
    SyncEngine *sync = nullptr;             // View ▸ Sync now, progress bar and cancel
    OrderWriter *writer = nullptr;          // every create/update/delete goes through it
    OutboxReplayer *replayer = nullptr;     // offline edits sent later, conflicts, needs attention
    PendingOrders *pending = nullptr;       // pending marks on rows
    ServerConnection *connection = nullptr; // Settings and first run (with credentials)
    AppearanceSwitcher *appearance = nullptr; // Settings ▸ Appearance applied when saved
};

} // namespace fentu
