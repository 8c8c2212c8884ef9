#pragma once

// fentu-desk as the widget tests drive it: the real DeskServices, with a cache folder of its
// own, pointed at an in-process sandbox, and the real MainWindow on them, offscreen. A new test
// of the window needs no set-up of its own:
//
//     TestDesk desk({.startServer = true});
//     desk.load();
//     QTRY_VERIFY(desk.loaded());
//     desk.action(u"actionRefresh"_s)->trigger();
//     QVERIFY(desk.find<QLabel>(u"countLabel"_s)->isVisible());

#include "testdeskoptions.h"
#include "testsandbox.h"

#include "deskservices.h"
#include "mainwindow.h"

#include "api/apiclient.h"
#include "itemmodels/workordertablemodel.h"
#include "sync/writeresult.h"

#include <QAction>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace fentu {
class ApiPageSource;
class ServerConnection;
class WorkOrderFilter;
class WorkOrderPatch;
struct WorkOrderSummary;
} // namespace fentu

namespace fentu::test {

class TestDesk
{
public:
    using Options = TestDeskOptions;
    using Services = TestDeskOptions::Services;

    explicit TestDesk(Options options = {});
    ~TestDesk();
    TestDesk(const TestDesk &) = delete;
    TestDesk &operator=(const TestDesk &) = delete;

    // The sandbox: the desk's own, or the one given in the options.
    /// Starts the desk's own sandbox (again, on the same port, after stopServer()).
    [[nodiscard]] bool startServer();
    void stopServer();
    sandbox::SandboxServer &server() const;
    QString serverDatabasePath() const { return m_sandbox.databasePath(); }
    QUrl serverUrl() const;
    QString serverKey() const;

    /// As fentu-desk starts: the services move to the sandbox (its cache opens), then the
    /// table loads page 1. False when the URL was refused or the cache never opened.
    [[nodiscard]] bool connect();
    /// The services point at the running sandbox (and its cache is open).
    bool isConnected() const { return m_connected; }
    /// The table takes its source and asks for page 1 (the services point at the sandbox).
    void load();
    /// Shortcuts only reach an active window.
    [[nodiscard]] bool activate() const;
    /// A new MainWindow on the same services, at the options' size, shown, in place of the
    /// current one: what the next start of fentu-desk shows (remembered views, preferences).
    void reopenWindow();

    /// The services as the window sees them (TableOnly and Writing: a part of them).
    const MainWindowServices &windowServices() const { return m_windowServices; }
    ApiClient &client() const { return services->client(); }
    WorkOrderTableModel &model() const { return services->model(); }
    /// With Options::serverConnection; null otherwise.
    ServerConnection *serverConnection() const { return m_connection.get(); }

    /// The window's child named `objectName` (any, when empty); ends the run saying what is
    /// missing when there is none, rather than crashing on a null pointer later.
    template <class T> T *find(const QString &objectName = {}) const
    {
        T *child = window ? window->findChild<T *>(objectName) : nullptr;
        if (!child)
            missing(T::staticMetaObject.className(), objectName);
        return child;
    }
    /// The window's action `objectName` (actionRefresh, actionSyncNow, ...).
    QAction *action(const QString &objectName) const { return find<QAction>(objectName); }

    QTableView *table() const;
    QString connectionText() const;
    QWidget *banner() const;
    QString bannerText() const;
    QPushButton *bannerButton() const;
    QLabel *waiting() const;

    /// The ids of the model's rows, in order.
    QStringList modelIds() const;
    bool loaded() const { return !model().isLoading() && model().rowCount() > 0; }
    /// The model's rows of `filter`, every page of it.
    QStringList rowsOf(const WorkOrderFilter &filter);
    /// A full sync through View > Sync now, to its end.
    [[nodiscard]] bool syncNow();
    /// A second client, as another dispatcher on the same server.
    std::unique_ptr<ApiClient> otherClient() const;
    /// An edit made in the dialog, which showed the order's detail as the server had it.
    WriteResult update(const QString &id, const WorkOrderPatch &patch,
                       const WorkOrderSummary &seen);
    /// With FENTU_SHOTS_DIR set: saves `widget` (the window by default) as `name`.png.
    void saveShot(const QString &name, QWidget *widget = nullptr) const;

    // Public, as the tests reach through them to every service and widget.
    std::unique_ptr<DeskServices> services;
    std::unique_ptr<MainWindow> window;

private:
    void tuneClient();
    void composeWindowServices();
    bool pointAtServer();
    /// Unless Options::firstStartView: the servers the desk may meet count as opened before.
    void markViewsStarted() const;
    [[noreturn]] void missing(const char *type, const QString &objectName) const;

    Options m_options;
    QTemporaryDir m_cacheDir;
    TestSandbox m_sandbox;
    std::unique_ptr<ApiPageSource> m_apiSource;
    std::unique_ptr<ServerConnection> m_connection;
    MainWindowServices m_windowServices;
    bool m_connected = false;
};

/// A desk on its own sandbox of `orders`, with what earlier runs left in the settings cleared
/// (online, the table rather than the board), its first page loaded: where most window tests
/// start. Null, with a warning, when the rows do not come.
std::unique_ptr<TestDesk> loadedDesk(int orders);

} // namespace fentu::test
