#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace fentu {

class AppSettings;
class CacheStore;
class ConflictDialog;
class ConnectivityMonitor;
class ErrorBar;
class NeedsAttentionDialog;
class OfflineBanner;
class OutboxReplayer;
class PendingOrders;
class RefusedChangeEditor;
class StatusIndicators;
class SwitchingPageSource;
class SyncEngine;
class SyncProgress;
class WorkOrderTableModel;
struct CacheOpenReport;
struct Conflict;
struct SyncResult;

/// The main window's offline side: View > Work offline, the offline banner and status text,
/// View > Sync now with its progress, the pending-changes count, conflict dialogs for replayed
/// edits, View > Needs attention, and cache failures in the error bar.
class OfflineController : public QObject
{
    Q_OBJECT
public:
    /// What the offline side works with; each one missing turns its part off (a window
    /// without a cache has no offline side at all). All outlive the controller.
    struct Services
    {
        WorkOrderTableModel *model = nullptr;      // required: refreshed after a sync
        SwitchingPageSource *switching = nullptr;  // the banner and the status text
        CacheStore *store = nullptr;               // cache failures, the outbox's lists
        ConnectivityMonitor *monitor = nullptr;    // Work offline (with settings)
        AppSettings *settings = nullptr;           // Work offline, remembered
        SyncEngine *sync = nullptr;                // Sync now and its progress
        OutboxReplayer *replayer = nullptr;        // conflicts, Needs attention
        PendingOrders *pending = nullptr;          // the waiting count (with store)
    };

    /// `window`, `errorBar` and `status` are the window's own and outlive this child of it.
    /// `refusedEditor` (may be null: no editing) is Needs attention's Edit…; the window
    /// makes it, as it has the writer.
    OfflineController(const Services &services, QMainWindow *window, ErrorBar *errorBar,
                      StatusIndicators *status, RefusedChangeEditor *refusedEditor);

    /// The banner for the window's layout, above the table; null without a switching source.
    OfflineBanner *banner() const { return m_banner; }
    /// Adds Work offline, Sync now and Needs attention (those that have services) to `view`.
    void addActionsTo(QMenu *view);

    QAction *workOfflineAction() const { return m_workOffline; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *needsAttentionAction() const { return m_needsAttention; }

private:
    void createWorkOffline();
    void createSync();
    void startSync();
    void createOutboxViews();
    void setWorkOffline(bool offline);
    void updateOfflineText();
    void updateWaitingCount();
    void updateNeedsAttentionText(int count);
    void onSyncFinished(const SyncResult &result);
    void openConflict(const Conflict &conflict);
    void showCacheReplaced(const CacheOpenReport &report);

    Services m_services;
    QMainWindow *m_window;
    ErrorBar *m_errorBar;
    StatusIndicators *m_status;
    OfflineBanner *m_banner = nullptr;
    SyncProgress *m_syncProgress = nullptr;
    NeedsAttentionDialog *m_attention = nullptr;
    RefusedChangeEditor *m_refusedEditor = nullptr; // Needs attention's Edit…
    QAction *m_workOffline = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_needsAttention = nullptr;
    QPointer<ConflictDialog> m_conflictDialog; // one at a time; the others wait in the list
    int m_waitingGeneration = 0;
};

} // namespace fentu
