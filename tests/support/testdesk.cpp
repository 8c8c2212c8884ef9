#include "testdesk.h"

#include "await.h"
#include "connectedclient.h"

#include "connectivity/connectivitymonitor.h"
#include "filter/workorderfilter.h"
#include "pages/apipagesource.h"
#include "pages/switchingpagesource.h"
#include "session/serverconnection.h"
#include "settings/appsettings.h"
#include "sync/orderwriter.h"
#include "sync/syncengine.h"

#include "views/viewstore.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::test {

TestDesk::TestDesk(Options options) : m_options(std::move(options)), m_sandbox(m_options.orders)
{
    services = std::make_unique<DeskServices>(m_cacheDir.filePath(u"cache"_s));
    tuneClient();
    composeWindowServices();
    // A server known at start is connected to before the window exists, as fentu-desk does
    // with a configured server; a test that starts its own later calls connect() itself.
    if (m_options.server || (m_options.startServer && m_sandbox.start())) {
        m_connected = pointAtServer();
        if (!m_connected)
            qWarning("TestDesk: the services could not be pointed at the sandbox");
    }
    markViewsStarted();
    if (m_options.window)
        reopenWindow();
}

void TestDesk::markViewsStarted() const
{
    if (m_options.firstStartView)
        return;
    ViewStore(QUrl()).markStarted(); // no server configured yet
    if (m_options.server || m_sandbox.isRunning())
        ViewStore(serverUrl()).markStarted();
}

TestDesk::~TestDesk()
{
    window.reset(); // before the services it points at
    m_connection.reset();
    services.reset();
}

void TestDesk::tuneClient()
{
    ApiClient &client = services->client();
    client.setRetryPolicy(quickRetries(m_options.attempts));
    if (m_options.maxConcurrentRequests > 0)
        client.setMaxConcurrentRequests(m_options.maxConcurrentRequests);
    if (m_options.services != Services::TableOnly) {
        // A dead server is noticed in seconds and the probe brings the desk back soon.
        client.setTimeout(5000ms);
        services->monitor().setProbeDelays(50ms, 200ms);
    }
    services->model().setPageSize(100);
}

void TestDesk::composeWindowServices()
{
    DeskServices &s = *services;
    if (m_options.services == Services::Desk) {
        m_windowServices = s.services();
    } else {
        m_apiSource = std::make_unique<ApiPageSource>(&s.client());
        m_windowServices = {&s.client(), m_apiSource.get(), &s.model(), &s.settings()};
    }
    if (m_options.services == Services::Writing) {
        // The table stays on the API, offline too: DeskServices' reload of the table when
        // pages switch between server and cache is cut, or it would re-read the rows a test
        // of the writer is looking at.
        QObject::disconnect(&s.pageSource(), &SwitchingPageSource::switched, &s.model(), nullptr);
        m_windowServices.store = &s.store();
        m_windowServices.monitor = &s.monitor();
        m_windowServices.writer = &s.writer();
        m_windowServices.replayer = &s.replayer();
        m_windowServices.pending = &s.pending();
    }
    if (m_options.serverConnection) {
        m_connection = std::make_unique<ServerConnection>(&s.client(), m_windowServices.pageSource,
                                                          &s.model(), &s.settings(),
                                                          &s.credentials());
        if (m_options.services != Services::TableOnly) {
            // As fentu-desk: each server's cache opens before the model's first page.
            m_connection->setConnector([&s](const QUrl &url, const QString &key) {
                return s.connectTo(url, key);
            });
        }
        m_windowServices.credentials = &s.credentials();
        m_windowServices.connection = m_connection.get();
    }
}

bool TestDesk::pointAtServer()
{
    if (m_options.services == Services::TableOnly) {
        services->client().setApiKey(serverKey());
        return !services->client().setBaseUrl(serverUrl()).has_value();
    }
    QSignalSpy opened(services.get(), &DeskServices::cacheOpened);
    if (services->connectTo(serverUrl(), serverKey()))
        return false;
    return opened.wait(kWaitMs);
}

bool TestDesk::startServer()
{
    const bool started = m_sandbox.start();
    markViewsStarted();
    return started;
}

void TestDesk::stopServer()
{
    m_sandbox.stop();
}

sandbox::SandboxServer &TestDesk::server() const
{
    sandbox::SandboxServer *server = m_options.server ? m_options.server : m_sandbox.server();
    if (!server)
        qFatal("TestDesk: the sandbox is not running");
    return *server;
}

QUrl TestDesk::serverUrl() const
{
    return server().baseUrl();
}

QString TestDesk::serverKey() const
{
    return m_options.apiKey.isEmpty() ? server().options().key : m_options.apiKey;
}

bool TestDesk::connect()
{
    QSignalSpy opened(services.get(), &DeskServices::cacheOpened);
    if (services->connectTo(serverUrl(), serverKey()))
        return false;
    load();
    m_connected = opened.wait(kWaitMs);
    return m_connected;
}

void TestDesk::load()
{
    model().setSource(m_windowServices.pageSource);
}

bool TestDesk::activate() const
{
    // After a dialog closed, the window may not be given back the activation offscreen.
    window->activateWindow();
    return QTest::qWaitForWindowActive(window.get());
}

void TestDesk::reopenWindow()
{
    // The new window is made while the old one still stands, then takes its place.
    window = std::make_unique<MainWindow>(m_windowServices);
    if (m_options.size.isValid())
        window->resize(m_options.size);
    window->show();
}

void TestDesk::missing(const char *type, const QString &objectName) const
{
    qFatal("TestDesk: the window has no %s named \"%s\"", type, qPrintable(objectName));
}

QTableView *TestDesk::table() const
{
    return find<QTableView>(u"workOrderTable"_s);
}

QString TestDesk::connectionText() const
{
    return find<QLabel>(u"connectionLabel"_s)->text();
}

QWidget *TestDesk::banner() const
{
    return find<QWidget>(u"offlineBanner"_s);
}

QString TestDesk::bannerText() const
{
    return find<QLabel>(u"offlineText"_s)->text();
}

QPushButton *TestDesk::bannerButton() const
{
    return find<QPushButton>(u"offlineButton"_s);
}

QLabel *TestDesk::waiting() const
{
    return find<QLabel>(u"waitingLabel"_s);
}

QStringList TestDesk::modelIds() const
{
    QStringList ids;
    for (int row = 0; row < model().rowCount(); ++row)
        ids.append(model().orderAt(row).id);
    return ids;
}

QStringList TestDesk::rowsOf(const WorkOrderFilter &filter)
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

bool TestDesk::syncNow()
{
    QSignalSpy finished(&services->sync(), &SyncEngine::finished);
    action(u"actionSyncNow"_s)->trigger();
    if (!finished.wait(kWaitMs))
        return false;
    return finished.first().first().value<SyncResult>().isCompleted();
}

std::unique_ptr<ApiClient> TestDesk::otherClient() const
{
    return connectedClient(serverUrl(), serverKey(), quickRetries(1));
}

WriteResult TestDesk::update(const QString &id, const WorkOrderPatch &patch,
                             const WorkOrderSummary &seen)
{
    WorkOrder row;
    static_cast<WorkOrderSummary &>(row) = seen;
    bool detailKnown = false;
    if (m_options.server || m_sandbox.isRunning()) {
        const auto direct = otherClient();
        const auto current = await<ApiResult<WorkOrder>>(
            [&](auto done) { direct->getWorkOrder(id, nullptr, done); });
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

void TestDesk::saveShot(const QString &name, QWidget *widget) const
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

std::unique_ptr<TestDesk> loadedDesk(int orders)
{
    AppSettings settings;
    settings.setWorkOffline(false);
    settings.setBoardPreferences({});
    auto desk = std::make_unique<TestDesk>(TestDesk::Options{.orders = orders, .startServer = true});
    desk->load();
    if (!QTest::qWaitFor([&] { return desk->loaded(); }, kWaitMs)) {
        qWarning("the desk loaded no rows");
        return nullptr;
    }
    return desk;
}

} // namespace fentu::test
