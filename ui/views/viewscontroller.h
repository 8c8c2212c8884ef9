#pragma once

#include "views/savedview.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace fentu {

class CacheStore;
class OrderWriter;
class SavedViewListModel;
class SyncEngine;
class ViewStore;
class ViewsPanel;
class WorkOrderTableModel;

/// Saved views in the window: the Views list in the filter dock with live counts from the
/// cache, View ▸ Saved Views (Ctrl+1 … Ctrl+9, Save View As…, Update, Rename, Delete), File ▸
/// Export View… and Import View…, the view last used shown again on the next start (the
/// built-in "Today and upcoming" on the first), and relative dates that move on at midnight.
/// The window itself is reached through a Target: this class knows views, not widgets.
class ViewsController : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /// Each one missing turns its part off (no counts without `store`).
    struct Services
    {
        CacheStore *store = nullptr;          // the counts
        WorkOrderTableModel *model = nullptr; // a first page in: count again (cache opened)
        SyncEngine *sync = nullptr;           // a sync ended: count again
        OrderWriter *writer = nullptr;        // an order changed: count again
    };
    /// How a view reaches the window.
    struct Target
    {
        /// The window as it is now, as a view without id or name (its filter's dates concrete).
        std::function<SavedView()> capture;
        /// Shows `view` with `filter` (its filter on today's date).
        std::function<void(const SavedView &view, const WorkOrderFilter &filter)> apply;
    };

    ViewsController(const Services &services, Target target, QWidget *window);
    ~ViewsController() override;

    ViewsPanel *panel() const { return m_panel; }
    /// View ▸ Saved Views: the views by Ctrl+N, then the commands.
    QMenu *menu() const { return m_menu; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    SavedViewListModel *model() const { return m_model.get(); }

    /// The views of `server`. With `startView`, the window shows the view last used there, or,
    /// the first time this server is shown, the built-in "Today and upcoming"; true when a
    /// view was shown. Without, the views are listed and nothing else changes.
    bool useServer(const QUrl &server, bool startView);
    /// Shows the view `id` (its dates for today); the window remembers it for the next start.
    void showView(const QString &id);
    /// Something a view keeps may have been changed by hand (filter, search, sort, a column,
    /// the board): soon after, the window is compared with the view shown as it was shown. If
    /// they differ the view is "changed" (Update saves it) and the next start does not come
    /// back on it; changed back, it is the view again.
    void changedByHand();
    /// The id of the view shown, changed or not; empty for none.
    QString currentId() const;

    /// Tests: the time the views' relative dates are read against (local time).
    void setClock(Clock clock);
    /// Shows the relative dates of a new day, when the clock passed midnight (checked every
    /// half minute, and callable for a test's clock).
    void checkDay();
    /// Tests: the file of the next Export View… or Import View…, instead of a file dialog.
    void setNextFileForTesting(const QString &path) { m_nextFile = path; }

signals:
    /// A passing sentence for the status bar.
    void message(const QString &text);
    /// Import or export finished; `error` empty on success (tests wait for it).
    void fileDone(const QString &path, const QString &error);

private:
    void createActions(QWidget *window);
    QDate today() const;
    std::optional<SavedView> view(const QString &id) const;
    /// The view Rename, Delete and Export act on: the list's cursor, else the view shown.
    QString targetId() const;
    void store(const QList<SavedView> &views);
    void setCurrent(const QString &id, bool changed);
    void updateActions();
    void saveAs();
    void update();
    void rename();
    void remove();
    void exportView();
    void importView();
    void exportTo(const SavedView &view, const QString &path);
    void importFrom(const QString &path);
    void showFileProblem(const QString &title, const QString &text, const QString &detail);
    void recountSoon();
    void recount();
    QString uniqueName(const QString &wanted) const;
    /// Compares the window now with the view shown (m_shown, m_shownFilter).
    void checkChanged();
    bool showsAsShown(const SavedView &now) const;
    /// Shows `view` with its filter of `day` and remembers both as what is shown.
    void applyNow(const SavedView &view, QDate day);

    Services m_services;
    Target m_target;
    QWidget *m_window;
    std::unique_ptr<ViewStore> m_store;
    std::unique_ptr<SavedViewListModel> m_model;
    ViewsPanel *m_panel = nullptr;
    QMenu *m_menu = nullptr;
    std::array<QAction *, 9> m_shortcuts{};
    QAction *m_saveAs = nullptr;
    QAction *m_update = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    Clock m_clock;
    QDate m_shownDay;              // the day the view shown had its dates made for
    SavedView m_shown;             // the view shown, as it was when shown (saved, updated)
    WorkOrderFilter m_shownFilter; // its filter with the dates of m_shownDay
    QDate m_countedDay;            // the day the counts are of
    QTimer m_dayCheck;
    QTimer m_changeCheck;
    QTimer m_recount;
    int m_countRound = 0;   // answers of an older round of counts are dropped
    bool m_counted = false; // a count came from this server's cache
    bool m_applying = false;
    std::optional<QString> m_nextFile;
};

} // namespace fentu
