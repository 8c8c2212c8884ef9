// The real main window on DeskServices (the composition fentu-desk uses), offscreen, against an
// in-process fentu-sandbox whose database is a file (so it can be stopped and started again on
// the same port) and a cache in a temporary directory: sync with progress and cancel, the
// offline banner and rows from the cache, Work offline, pending marks and the waiting count,
// the conflict dialog and the Needs attention list.
// With FENTU_SHOTS_DIR set, it also saves screenshots of those states there.

#include "../sync/synctestsupport.h"

#include "deskservices.h"
#include "mainwindow.h"

#include "cache/cachestore.h"
#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"
#include "settings/appsettings.h"
#include "sync/connectivitymonitor.h"
#include "sync/orderwriter.h"
#include "sync/outboxreplayer.h"
#include "sync/switchingpagesource.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace fentu;
using namespace fentu::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kOrders = 250;

/// A sandbox and fentu-desk's services and window on it.
class OfflineDesk
{
public:
    OfflineDesk()
    {
        m_options.orders = kOrders;
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

    WriteResult update(const QString &id, const WorkOrderPatch &patch, const QDateTime &base)
    {
        return await<WriteResult>(
            [&](auto done) { services->writer().update(id, patch, base, nullptr, done); });
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

} // namespace

class TestOfflineWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear(); // AppSettings' file
        m_desk = std::make_unique<OfflineDesk>();
        QVERIFY(m_desk->startServer());
        QVERIFY(m_desk->connect());
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->loaded(), kWaitMs);
    }
    void cleanup() { m_desk.reset(); }

    void syncShowsProgressAndCancelKeepsData();
    void offlineShowsBannerAndCachedRows();
    void workOfflineToggle();
    void offlineEditIsPendingThenReplayed();
    void conflictKeepMine();
    void conflictTakeTheirs();
    void conflictEdit();
    void refusedReplayNeedsAttention();
    void cacheWriteFailureShowsInErrorBar();

private:
    /// Queues an edit of the row `row` offline, then changes the same order on the server.
    Conflict makeConflict(int row, QString *mine, QString *theirs);

    std::unique_ptr<OfflineDesk> m_desk;
};

void TestOfflineWindow::syncShowsProgressAndCancelKeepsData()
{
    OfflineDesk &desk = *m_desk;
    auto *bar = desk.find<QProgressBar>(u"syncProgress"_s);
    QVERIFY(!bar->isVisible());

    // Progress while it runs: captured at each progress signal, after the window's slot ran.
    QStringList texts;
    bool visibleWhileRunning = false;
    QObject::connect(&desk.services->sync(), &SyncEngine::progress, bar, [&] {
        texts.append(bar->text());
        visibleWhileRunning = visibleWhileRunning || bar->isVisible();
    });
    QVERIFY(desk.syncNow());
    QVERIFY(visibleWhileRunning);
    QVERIFY(!texts.isEmpty());
    QCOMPARE(texts.last(), u"Syncing 250 of 250 orders"_s);
    QVERIFY(!bar->isVisible());
    QVERIFY2(desk.window->statusBar()->currentMessage().contains(u"250"_s),
             qPrintable(desk.window->statusBar()->currentMessage()));

    // A slow second sync, cancelled after its first page: the first sync's data stays.
    desk.server().setFaults({.latencyMs = 100});
    desk.services->sync().setPageSize(10);
    auto *cancel = desk.find<QPushButton>(u"cancelSync"_s);
    QObject::connect(
        &desk.services->sync(), &SyncEngine::progress, cancel,
        [cancel, &desk, first = true]() mutable {
            if (!first)
                return;
            first = false; // the shot's wait lets more progress arrive
            desk.saveShot(u"sync-in-progress"_s);
            cancel->click();
        },
        Qt::QueuedConnection);
    QSignalSpy finished(&desk.services->sync(), &SyncEngine::finished);
    desk.action(u"actionSyncNow"_s)->trigger();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(int(finished.first().first().value<SyncResult>().outcome),
             int(SyncResult::Outcome::Cancelled));
    QVERIFY(!bar->isVisible());
    QVERIFY(desk.action(u"actionSyncNow"_s)->isEnabled());
    desk.server().setFaults({});

    desk.action(u"actionWorkOffline"_s)->trigger();
    QCOMPARE(desk.rowsOf(WorkOrderFilter()).size(), kOrders);
    QCOMPARE(integrity(desk.services->store()), QStringList{u"ok"_s});
}

void TestOfflineWindow::offlineShowsBannerAndCachedRows()
{
    OfflineDesk &desk = *m_desk;
    QVERIFY(desk.syncNow());
    QVERIFY(!desk.banner()->isVisible());

    WorkOrderFilter filter;
    filter.status = Status::Assigned;
    const QStringList online = desk.rowsOf(filter);
    QVERIFY(online.size() > 10);

    // The server goes away: the next page comes from the cache, and the window says so.
    desk.stopServer();
    desk.model().refresh();
    QTRY_VERIFY_WITH_TIMEOUT(desk.banner()->isVisible(), kWaitMs);
    QVERIFY2(desk.bannerText().startsWith(u"Offline — showing orders cached "_s),
             qPrintable(desk.bannerText()));
    QCOMPARE(desk.bannerButton()->text().remove(u'&'), u"Try Again"_s);
    QCOMPARE(desk.connection(), desk.bannerText());
    QCOMPARE(desk.rowsOf(filter), online);
    desk.saveShot(u"offline-banner"_s);

    // It comes back: the probe notices, the banner goes and the status bar names the server.
    QVERIFY(desk.startServer());
    desk.bannerButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!desk.banner()->isVisible(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(desk.connection().startsWith(u"Connected to"_s), kWaitMs);
}

void TestOfflineWindow::workOfflineToggle()
{
    OfflineDesk &desk = *m_desk;
    QAction *offline = desk.action(u"actionWorkOffline"_s);
    QVERIFY(offline->isCheckable());
    QVERIFY(!offline->isChecked());

    offline->trigger();
    QCOMPARE(desk.services->monitor().state(), ConnectivityMonitor::State::OfflineForced);
    QVERIFY(desk.services->settings().workOffline());
    QVERIFY(desk.banner()->isVisible());
    QCOMPARE(desk.bannerButton()->text().remove(u'&'), u"Go Online"_s);
    QVERIFY(!desk.action(u"actionSyncNow"_s)->isEnabled());
    // Rows still show, from the cache the first page was written through to.
    QTRY_VERIFY_WITH_TIMEOUT(desk.loaded(), kWaitMs);

    desk.bannerButton()->click();
    QCOMPARE(desk.services->monitor().state(), ConnectivityMonitor::State::Online);
    QVERIFY(!offline->isChecked());
    QVERIFY(!desk.services->settings().workOffline());
    QVERIFY(!desk.banner()->isVisible());
    QVERIFY(desk.action(u"actionSyncNow"_s)->isEnabled());
}

void TestOfflineWindow::offlineEditIsPendingThenReplayed()
{
    OfflineDesk &desk = *m_desk;
    desk.action(u"actionWorkOffline"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(desk.loaded(), kWaitMs);
    QVERIFY(!desk.waiting()->isVisible());

    const WorkOrderSummary target = desk.model().orderAt(2);
    WorkOrderPatch patch;
    patch.setNotes(u"Bring the long ladder"_s);
    const WriteResult result = desk.update(target.id, patch, target.updatedAt);
    QCOMPARE(int(result.outcome), int(WriteResult::Outcome::Queued));

    const int row = desk.model().rowOfId(target.id);
    QVERIFY(row >= 0);
    const QModelIndex number = desk.model().index(row, WorkOrderTableModel::NumberColumn);
    QTRY_VERIFY_WITH_TIMEOUT(number.data(WorkOrderTableModel::PendingRole).toBool(), kWaitMs);
    QVERIFY(number.data(Qt::ToolTipRole).toString().contains(u"not yet sent to the server"_s));
    QTRY_VERIFY_WITH_TIMEOUT(desk.waiting()->isVisible(), kWaitMs);
    desk.table()->selectRow(row + 1); // the marked row in view but not hidden by the selection
    desk.saveShot(u"offline-forced-pending"_s);
    // English plurals come from the translation fentu-desk loads; a test has none.
    QVERIFY2(QRegularExpression(u"^1 change(\\(s\\))? waiting to be sent$"_s)
                 .match(desk.waiting()->text())
                 .hasMatch(),
             qPrintable(desk.waiting()->text()));

    // Online again: the edit reaches the server and the marks go.
    desk.action(u"actionWorkOffline"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!desk.waiting()->isVisible(), kWaitMs);
    auto client = desk.otherClient();
    QCOMPARE(serverOrder(*client, target.id).value().notes, u"Bring the long ladder"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.model()
                                  .index(desk.model().rowOfId(target.id), 0)
                                  .data(WorkOrderTableModel::PendingRole)
                                  .toBool(),
                             kWaitMs);
}

Conflict TestOfflineWindow::makeConflict(int row, QString *mine, QString *theirs)
{
    OfflineDesk &desk = *m_desk;
    desk.action(u"actionWorkOffline"_s)->trigger();
    if (!QTest::qWaitFor([&] { return desk.loaded(); }, kWaitMs))
        qFatal("no rows offline");
    const WorkOrderSummary target = desk.model().orderAt(row);
    *mine = u"Mine: call before arriving"_s;
    *theirs = u"Theirs: gate code 4711"_s;
    WorkOrderPatch patch;
    patch.setNotes(*mine);
    if (desk.update(target.id, patch, target.updatedAt).outcome != WriteResult::Outcome::Queued)
        qFatal("the offline edit was not queued");

    // Meanwhile another dispatcher changes the same field on the server.
    auto client = desk.otherClient();
    WorkOrderPatch other;
    other.setNotes(*theirs);
    const auto changed = await<ApiResult<WorkOrder>>(
        [&](auto done) { client->updateWorkOrder(target.id, other, nullptr, done); });
    if (!changed.isOk())
        qFatal("the server refused the other dispatcher's change");

    QSignalSpy detected(&desk.services->replayer(), &OutboxReplayer::conflictDetected);
    desk.action(u"actionWorkOffline"_s)->trigger(); // online: the replay finds the conflict
    if (!detected.wait(kWaitMs))
        qFatal("no conflict detected");
    return detected.first().first().value<Conflict>();
}

void TestOfflineWindow::conflictKeepMine()
{
    QString mine;
    QString theirs;
    const Conflict conflict = makeConflict(4, &mine, &theirs);
    OfflineDesk &desk = *m_desk;

    QTRY_VERIFY_WITH_TIMEOUT(desk.window->findChild<QDialog *>(u"conflictDialog"_s), kWaitMs);
    auto *dialog = desk.window->findChild<QDialog *>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(u"conflictTable"_s);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Yours"_s);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"On the server"_s);
    QList<QTableWidgetItem *> found = table->findItems(mine, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const int row = found.first()->row();
    QCOMPARE(found.first()->column(), 1);
    QCOMPARE(table->item(row, 2)->text(), theirs);
    QVERIFY(table->item(row, 0)->text().contains(u"Notes"_s));
    QVERIFY(table->item(row, 0)->font().bold()); // changed on the server: marked, not only coloured
    desk.saveShot(u"conflict-dialog"_s, dialog);

    QSignalSpy finished(&desk.services->replayer(), &OutboxReplayer::replayFinished);
    dialog->findChild<QPushButton *>(u"keepMineButton"_s)->click();
    auto client = desk.otherClient();
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(*client, conflict.orderId).value().notes, mine, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.waiting()->isVisible(), kWaitMs);
}

void TestOfflineWindow::conflictTakeTheirs()
{
    QString mine;
    QString theirs;
    const Conflict conflict = makeConflict(5, &mine, &theirs);
    OfflineDesk &desk = *m_desk;

    QTRY_VERIFY_WITH_TIMEOUT(desk.window->findChild<QDialog *>(u"conflictDialog"_s), kWaitMs);
    auto *dialog = desk.window->findChild<QDialog *>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QPushButton *>(u"takeTheirsButton"_s)->click();

    // The edit is dropped: the outbox empties and the server keeps the other change.
    QTRY_VERIFY_WITH_TIMEOUT(await<CacheResult<QList<OutboxEntry>>>([&](auto done) {
                                 desk.services->store().listOutbox(std::nullopt, nullptr, done);
                             })
                                 .value()
                                 .isEmpty(),
                             kWaitMs);
    auto client = desk.otherClient();
    QCOMPARE(serverOrder(*client, conflict.orderId).value().notes, theirs);
    const auto cached = cachedOrder(desk.services->store(), conflict.orderId);
    QVERIFY(cached.has_value());
    QCOMPARE(cached->order.notes, theirs);
}

void TestOfflineWindow::conflictEdit()
{
    QString mine;
    QString theirs;
    const Conflict conflict = makeConflict(7, &mine, &theirs);
    OfflineDesk &desk = *m_desk;

    QTRY_VERIFY_WITH_TIMEOUT(desk.window->findChild<QDialog *>(u"conflictDialog"_s), kWaitMs);
    auto *dialog = desk.window->findChild<QDialog *>(u"conflictDialog"_s);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QPushButton *>(u"editButton"_s)->click();
    auto *notes = dialog->findChild<QComboBox *>(u"edit_notes"_s);
    QVERIFY(notes);
    QTRY_VERIFY(notes->isVisible());
    QCOMPARE(notes->count(), 2); // yours and the server's, as starting points
    desk.saveShot(u"conflict-edit"_s, dialog);
    QVERIFY(notes->itemText(1).contains(theirs));
    notes->setEditText(u"Both: gate code 4711, call before arriving"_s);
    dialog->findChild<QPushButton *>(u"sendEditedButton"_s)->click();

    auto client = desk.otherClient();
    QTRY_COMPARE_WITH_TIMEOUT(serverOrder(*client, conflict.orderId).value().notes,
                              u"Both: gate code 4711, call before arriving"_s, kWaitMs);
}

void TestOfflineWindow::refusedReplayNeedsAttention()
{
    OfflineDesk &desk = *m_desk;
    QAction *attention = desk.action(u"actionNeedsAttention"_s);
    QVERIFY(!attention->isEnabled());

    desk.action(u"actionWorkOffline"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(desk.loaded(), kWaitMs);
    const WorkOrderSummary target = desk.model().orderAt(6);
    WorkOrderPatch patch;
    patch.setPriority(Priority::Urgent);
    QCOMPARE(int(desk.update(target.id, patch, target.updatedAt).outcome),
             int(WriteResult::Outcome::Queued));

    // Another dispatcher deletes the order: the replay is refused (404).
    auto client = desk.otherClient();
    QVERIFY(await<ApiResult<NoContent>>([&](auto done) {
                client->deleteWorkOrder(target.id, nullptr, done);
            }).isOk());
    QSignalSpy refused(&desk.services->replayer(), &OutboxReplayer::needsAttention);
    desk.action(u"actionWorkOffline"_s)->trigger();
    QVERIFY(refused.wait(kWaitMs));
    const auto entry = refused.first().first().value<OutboxEntry>();
    QVERIFY(!entry.errorMessage.isEmpty());
    QVERIFY2(desk.window->statusBar()->currentMessage().contains(u"Needs Attention"_s),
             qPrintable(desk.window->statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(attention->isEnabled(), kWaitMs);
    QCOMPARE(attention->text().remove(u'&'), u"Needs Attention (1)…"_s);

    attention->trigger();
    auto *dialog = desk.find<QDialog>(u"needsAttention"_s);
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(u"needsAttentionTable"_s);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), entry.errorMessage);
    QCOMPARE(table->item(0, 1)->text(), u"Change Priority → Urgent"_s);
    QTRY_COMPARE(table->item(0, 0)->text(), target.number); // people know orders by number
    desk.saveShot(u"needs-attention"_s, dialog);

    // Discard asks first; Cancel keeps it, Discard removes it.
    dialog->findChild<QPushButton *>(u"discardEntryButton"_s)->click();
    auto *confirm = dialog->findChild<QMessageBox *>(u"confirmDiscard"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    confirm->button(QMessageBox::Discard)->click();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, kWaitMs);
    QTRY_VERIFY(!attention->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!desk.waiting()->isVisible(), kWaitMs);
}

void TestOfflineWindow::cacheWriteFailureShowsInErrorBar()
{
    OfflineDesk &desk = *m_desk;
    CacheStore &store = desk.services->store();
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                store.limitGrowthForTesting(0, nullptr, done);
            }).isOk());
    QVERIFY(!desk.find<QWidget>(u"errorBar"_s)->isVisible());

    // A write-through nobody waits for: only the signal can tell the user.
    WorkOrder big;
    static_cast<WorkOrderSummary &>(big) = desk.model().orderAt(0);
    big.id = u"wo-too-big"_s;
    big.description = QString(200000, u'x');
    store.upsertWorkOrder(big);
    QTRY_VERIFY_WITH_TIMEOUT(desk.find<QWidget>(u"errorBar"_s)->isVisible(), kWaitMs);
    const QString message = desk.find<QLabel>(u"errorMessage"_s)->text();
    QVERIFY2(message.startsWith(u"Could not save to the offline cache: "_s), qPrintable(message));
    QVERIFY2(message.contains(u"disk is full"_s), qPrintable(message));
}

QTEST_MAIN(TestOfflineWindow)
#include "tst_offlinewindow.moc"
