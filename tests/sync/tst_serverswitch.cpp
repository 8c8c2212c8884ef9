// Issue 10, fault 1: a switch of server while a sync and an outbox pass of the old server are
// in flight. Two in-process sandboxes with the same ids and different data ("staging" and
// "production"), one desk's real services (client, cache, sync, outbox, monitor) and the one
// ServerSwitch that Settings, the first run and --base-url use. Whatever moment the switch
// comes at: nothing of staging reaches production (its server, its cache or its outbox),
// production's own change goes to production only, and staging's unsent changes are still
// there when the user comes back, and reach staging then.
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "pages/switchingpagesource.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"
#include "sync/serverswitch.h"
#include "sync/syncengine.h"
#include "synctestsupport.h"
#include "testdesk.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;
using namespace std::chrono_literals;

namespace {

constexpr int kOrders = 300;

/// The list fields of an order, for comparing a cache with a server.
QString fingerprint(const WorkOrderSummary &order)
{
    return QStringList{order.number,
                       order.statusText,
                       order.priorityText,
                       order.customer.id,
                       order.technician ? order.technician->id : QString(),
                       order.scheduledDate.toString(Qt::ISODate),
                       order.workOrderType}
        .join(u'|');
}

QHash<QString, QString> fingerprints(const QList<WorkOrderSummary> &orders)
{
    QHash<QString, QString> all;
    for (const WorkOrderSummary &order : orders)
        all.insert(order.id, fingerprint(order));
    return all;
}

/// A sandbox of its own, with a verifying client that knows its key.
struct Server
{
    sandbox::Options options;
    std::unique_ptr<sandbox::SandboxServer> server;
    ApiClient client;

    Server(const QString &name, quint32 seed, const QString &databasePath)
    {
        options.orders = kOrders;
        options.seed = seed;
        options.key = name + u"-key"_s;
        options.databasePath = databasePath;
        options.anchorDate = QDate(2026, 3, 2);
    }
    [[nodiscard]] bool start()
    {
        server = std::make_unique<sandbox::SandboxServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        client.setRetryPolicy(quickRetries());
        client.setApiKey(options.key);
        return !client.setBaseUrl(server->baseUrl()).has_value();
    }
    QUrl url() const { return server->baseUrl(); }
    QString notesOf(const QString &id)
    {
        const auto order = serverOrder(client, id);
        return order.isOk() ? order.value().notes : u"<%1>"_s.arg(order.error().technicalDetail());
    }
};

/// One desk's services, fentu-desk's own DeskServices (no window, no sandbox of its own).
TestDesk::Options servicesAlone()
{
    return {.attempts = 4, .window = false};
}

} // namespace

class TestServerSwitch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void switchMidSyncAndReplayKeepsServersApart_data();
    void switchMidSyncAndReplayKeepsServersApart();
    void refusedAddressLeavesTheServerAndItsWorkAlone();
    void sameServerWithANewKeyReopensNothing();

private:
    [[nodiscard]] bool switchTo(Server &server);
    SyncResult fullSync();
    WriteResult editNotes(Server &server, const QString &id, const QString &notes);
    QList<OutboxEntry> outbox();

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_staging;
    std::unique_ptr<Server> m_production;
    std::unique_ptr<TestDesk> m_desk;
};

void TestServerSwitch::init()
{
    QVERIFY(m_dir.isValid());
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    m_staging =
        std::make_unique<Server>(u"staging"_s, 11, m_dir.filePath(u"staging-%1"_s.arg(run)));
    m_production =
        std::make_unique<Server>(u"production"_s, 22, m_dir.filePath(u"production-%1"_s.arg(run)));
    QVERIFY(m_staging->start());
    QVERIFY(m_production->start());
    m_desk = std::make_unique<TestDesk>(servicesAlone());
}

void TestServerSwitch::cleanup()
{
    m_desk.reset();
    m_staging.reset();
    m_production.reset();
}

bool TestServerSwitch::switchTo(Server &server)
{
    QSignalSpy opened(m_desk->services.get(), &DeskServices::cacheOpened);
    if (m_desk->services->connectTo(server.url(), server.options.key))
        return false;
    return opened.wait(kWaitMs) && opened.first().first().value<CacheOpenReport>().outcome ==
                                       CacheOpenReport::Outcome::Opened;
}

SyncResult TestServerSwitch::fullSync()
{
    QSignalSpy finished(&m_desk->services->sync(), &SyncEngine::finished);
    m_desk->services->sync().start();
    if (!finished.wait(kWaitMs))
        return {};
    return finished.first().first().value<SyncResult>();
}

WriteResult TestServerSwitch::editNotes(Server &server, const QString &id, const QString &notes)
{
    WorkOrderPatch patch;
    patch.setNotes(notes);
    const auto seen = serverOrder(server.client, id);
    const QJsonObject base =
        seen.isOk() ? OrderWriter::seenValues(seen.value(), true, patch) : QJsonObject();
    return await<WriteResult>(
        [&](auto done) { m_desk->services->writer().update(id, patch, base, nullptr, done); });
}

QList<OutboxEntry> TestServerSwitch::outbox()
{
    auto listed = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { m_desk->services->store().listOutbox(std::nullopt, nullptr, done); });
    if (!listed.isOk())
        qFatal("the outbox could not be read: %s", qPrintable(listed.error().technicalDetail()));
    return listed.value();
}

void TestServerSwitch::switchMidSyncAndReplayKeepsServersApart_data()
{
    QTest::addColumn<int>("switchAfterMs");
    // The staging server answers after 300 ms: the switch meets the conflict check's GET, the
    // PUT, the next entry, or pages and lookups of the sync, depending on the moment.
    QTest::newRow("at once") << 0;
    QTest::newRow("during the first check") << 150;
    QTest::newRow("during the first send") << 450;
    QTest::newRow("later in the pass") << 1000;
}

void TestServerSwitch::switchMidSyncAndReplayKeepsServersApart()
{
    QFETCH(int, switchAfterMs);
    const QString x = u"wo-100001"_s, y = u"wo-100002"_s, z = u"wo-100003"_s; // on both

    // Both servers synced once, as a dispatcher who uses both would have them.
    QVERIFY(switchTo(*m_production));
    QVERIFY(fullSync().isCompleted());
    QVERIFY(switchTo(*m_staging));
    QVERIFY(fullSync().isCompleted());

    // Offline: one change for production, three for staging (the same ids).
    m_desk->services->monitor().setForcedOffline(true);
    QCOMPARE(editNotes(*m_staging, x, u"staging x"_s).outcome, WriteResult::Outcome::Queued);
    QCOMPARE(editNotes(*m_staging, y, u"staging y"_s).outcome, WriteResult::Outcome::Queued);
    QCOMPARE(editNotes(*m_staging, z, u"staging z"_s).outcome, WriteResult::Outcome::Queued);
    QCOMPARE(outbox().size(), 3);
    QVERIFY(switchTo(*m_production));
    QCOMPARE(outbox().size(), 0); // production's outbox is its own
    QCOMPARE(editNotes(*m_production, y, u"production y"_s).outcome, WriteResult::Outcome::Queued);
    const QList<OutboxEntry> productionOutbox = outbox();
    QCOMPARE(productionOutbox.size(), 1);
    const auto productionBefore = fingerprints(allServerOrders(m_production->client));
    QCOMPARE(productionBefore.size(), kOrders);

    // Back on staging, online, with a slow server: the pass and a sync are on their way...
    QVERIFY(switchTo(*m_staging));
    sandbox::Faults slow;
    slow.latencyMs = 300;
    m_staging->server->setFaults(slow);
    QSignalSpy syncs(&m_desk->services->sync(), &SyncEngine::finished);
    m_desk->services->monitor().setForcedOffline(false); // starts the pass
    m_desk->services->sync().start();
    QVERIFY(m_desk->services->writer().replayer().isRunning());
    QVERIFY(m_desk->services->sync().isRunning());
    QTest::qWait(switchAfterMs);

    // ...when the dispatcher switches to production.
    const bool syncWasRunning = m_desk->services->sync().isRunning();
    QVERIFY(switchTo(*m_production));
    QVERIFY(!m_desk->services->sync().isRunning());
    // Production's own change goes to production, and only its own.
    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty(), kWaitMs);
    QTest::qWait(800); // any answer of staging still on its way has arrived by now
    QCOMPARE(m_production->notesOf(y), u"production y"_s);
    QVERIFY(!m_production->notesOf(x).startsWith(u"staging"_s));
    QVERIFY(!m_production->notesOf(z).startsWith(u"staging"_s));
    QCOMPARE(fingerprints(allServerOrders(m_production->client)), productionBefore);
    // Production's cache holds production's orders, not one of staging's pages.
    QCOMPARE(fingerprints(allCachedOrders(m_desk->services->store())), productionBefore);
    QCOMPARE(cachedOrder(m_desk->services->store(), y)->order.notes, u"production y"_s);
    QCOMPARE(integrity(m_desk->services->store()), QStringList{u"ok"_s});
    QVERIFY(outbox().isEmpty());
    // The staging sync never reported "complete" for production.
    for (const QList<QVariant> &finished : std::as_const(syncs))
        QVERIFY(!finished.first().value<SyncResult>().isCompleted() || !syncWasRunning);

    // Back on staging, offline: its changes are sent or still waiting, none lost.
    m_desk->services->monitor().setForcedOffline(true);
    m_staging->server->setFaults({});
    QVERIFY(switchTo(*m_staging));
    const QList<OutboxEntry> stagingLeft = outbox();
    QVERIFY(stagingLeft.size() <= 3);
    for (const QString &id : {x, y, z}) {
        const bool waiting = std::any_of(stagingLeft.cbegin(), stagingLeft.cend(),
                                         [&](const OutboxEntry &e) { return e.orderId == id; });
        QVERIFY2(waiting || m_staging->notesOf(id) == u"staging "_s + (id == x   ? u"x"_s
                                                                       : id == y ? u"y"_s
                                                                                 : u"z"_s),
                 qPrintable(id));
    }
    // Online again: they reach staging, each exactly as made.
    m_desk->services->monitor().setForcedOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty(), kWaitMs);
    QCOMPARE(m_staging->notesOf(x), u"staging x"_s);
    QCOMPARE(m_staging->notesOf(y), u"staging y"_s);
    QCOMPARE(m_staging->notesOf(z), u"staging z"_s);
    QCOMPARE(m_production->notesOf(y), u"production y"_s);
    QCOMPARE(integrity(m_desk->services->store()), QStringList{u"ok"_s});
}

void TestServerSwitch::refusedAddressLeavesTheServerAndItsWorkAlone()
{
    QVERIFY(switchTo(*m_staging));
    // Plain http to another computer would carry the key in the clear.
    QVERIFY(m_desk->services->connectTo(QUrl(u"http://example.com/api/v1"_s), u"k"_s));
    QCOMPARE(m_desk->services->cacheBaseUrl(), m_staging->url());
    QCOMPARE(m_desk->client().baseUrl(), m_staging->url());
    QVERIFY(fullSync().isCompleted());
}

void TestServerSwitch::sameServerWithANewKeyReopensNothing()
{
    QVERIFY(switchTo(*m_staging));
    QSignalSpy opened(m_desk->services.get(), &DeskServices::cacheOpened);
    sandbox::Faults slow;
    slow.latencyMs = 200;
    m_staging->server->setFaults(slow);
    QSignalSpy syncs(&m_desk->services->sync(), &SyncEngine::finished);
    m_desk->services->sync().start();
    // A new key for the same server: nothing is stopped or reopened.
    QVERIFY(!m_desk->services->connectTo(m_staging->url(), m_staging->options.key));
    QVERIFY(m_desk->services->sync().isRunning());
    QVERIFY(syncs.wait(kWaitMs));
    QVERIFY(syncs.first().first().value<SyncResult>().isCompleted());
    QCOMPARE(opened.size(), 0);
}

QTEST_GUILESS_MAIN(TestServerSwitch)
#include "tst_serverswitch.moc"
