#pragma once

// fentu-desk's composition for widget tests: a sandbox whose database is a file (so it can be
// stopped, changed and started again on the same port), DeskServices with a cache in a
// temporary directory, and the real main window on them, offscreen.

#include "synctestsupport.h"

#include "deskservices.h"
#include "mainwindow.h"

#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"
#include "sync/connectivitymonitor.h"
#include "sync/orderwriter.h"
#include "sync/switchingpagesource.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fentu::test {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/// A sandbox and fentu-desk's services and window on it.
class OfflineDesk
{
public:
    explicit OfflineDesk(int orders = 250)
    {
        m_options.orders = orders;
        m_options.databasePath = m_dir.filePath(u"sandbox.sqlite"_s);
        m_options.anchorDate = QDate(2026, 3, 2);
        services = std::make_unique<DeskServices>(m_dir.filePath(u"cache"_s));
        services->client().setRetryPolicy(quickRetries(1));
        services->client().setTimeout(5000ms);
        services->monitor().setProbeDelays(50ms, 200ms);
        window = std::make_unique<MainWindow>(services->services());
        window->resize(1400, 900);
        window->show();
    }
    ~OfflineDesk()
    {
        window.reset(); // before the services it points at
        services.reset();
    }

    [[nodiscard]] bool startServer()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(m_options);
        if (!m_server->start())
            return false;
        m_options.port = m_server->port(); // a restart comes back on the same port
        return true;
    }
    void stopServer() { m_server.reset(); }
    /// The sandbox's database file: a test may change it while the server is stopped.
    QString serverDatabasePath() const { return m_options.databasePath; }
    sandbox::SandboxServer &server() { return *m_server; }

    /// As fentu-desk starts: the cache of the server opens, then the model loads page 1.
    [[nodiscard]] bool connect()
    {
        QSignalSpy opened(services.get(), &DeskServices::cacheOpened);
        if (services->connectTo(m_server->baseUrl(), m_options.key))
            return false;
        services->model().setSource(&services->pageSource());
        return opened.wait(kWaitMs);
    }

    /// A full sync through View > Sync now, to its end.
    [[nodiscard]] bool syncNow()
    {
        QSignalSpy finished(&services->sync(), &SyncEngine::finished);
        action(u"actionSyncNow"_s)->trigger();
        if (!finished.wait(kWaitMs))
            return false;
        return finished.first().first().value<SyncResult>().isCompleted();
    }

    /// A second client, as another dispatcher on the same server.
    std::unique_ptr<ApiClient> otherClient() const
    {
        auto client = std::make_unique<ApiClient>();
        client->setRetryPolicy(quickRetries(1));
        client->setBaseUrl(m_server->baseUrl());
        client->setApiKey(m_options.key);
        return client;
    }

    /// An edit made in the dialog, which showed the order's detail as the server had it.
    WriteResult update(const QString &id, const WorkOrderPatch &patch, const WorkOrderSummary &seen)
    {
        WorkOrder row;
        static_cast<WorkOrderSummary &>(row) = seen;
        bool detailKnown = false;
        if (m_server) {
            const auto direct = otherClient();
            const auto current = serverOrder(*direct, id);
            if (current.isOk()) {
                row = current.value();
                detailKnown = true;
            }
        }
        return await<WriteResult>([&](auto done) {
            services->writer().update(id, patch, OrderWriter::seenValues(row, detailKnown, patch),
                                      nullptr, done);
        });
    }

    template <typename T> T *find(const QString &name) const
    {
        auto *child = window->findChild<T *>(name);
        if (!child)
            qFatal("no child %s", qPrintable(name));
        return child;
    }
    QAction *action(const QString &name) const { return find<QAction>(name); }
    QWidget *banner() const { return find<QWidget>(u"offlineBanner"_s); }
    QString bannerText() const { return find<QLabel>(u"offlineText"_s)->text(); }
    QPushButton *bannerButton() const { return find<QPushButton>(u"offlineButton"_s); }
    QString connection() const { return find<QLabel>(u"connectionLabel"_s)->text(); }
    QTableView *table() const { return find<QTableView>(u"workOrderTable"_s); }
    QLabel *waiting() const { return find<QLabel>(u"waitingLabel"_s); }
    WorkOrderTableModel &model() const { return services->model(); }
    QStringList modelIds() const
    {
        QStringList ids;
        for (int row = 0; row < model().rowCount(); ++row)
            ids.append(model().orderAt(row).id);
        return ids;
    }
    bool loaded() const { return !model().isLoading() && model().rowCount() > 0; }
    /// The model's rows of `filter`, every page of it.
    QStringList rowsOf(const WorkOrderFilter &filter)
    {
        const auto idle = [this] { return !model().isLoading(); };
        model().setFilter(filter);
        if (!QTest::qWaitFor(idle, kWaitMs))
            return {};
        while (model().canFetchMore({})) {
            model().fetchMore({});
            if (!QTest::qWaitFor(idle, kWaitMs))
                return {};
        }
        return modelIds();
    }
    void saveShot(const QString &name, QWidget *widget = nullptr) const
    {
        const QString dir = qEnvironmentVariable("FENTU_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200); // let deferred layouts settle before the grab
        const QString file = dir + u'/' + name + u".png"_s;
        // On a real display (Xvfb) the whole screen, dialogs included, as a person sees it.
        if (QGuiApplication::platformName() == u"xcb"_s)
            QGuiApplication::primaryScreen()->grabWindow(0).save(file);
        else
            (widget ? widget : window.get())->grab().save(file);
    }

    std::unique_ptr<DeskServices> services;
    std::unique_ptr<MainWindow> window;

private:
    QTemporaryDir m_dir;
    sandbox::Options m_options;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace fentu::test
