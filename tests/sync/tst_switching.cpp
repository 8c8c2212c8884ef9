// SwitchingPageSource and ConnectivityMonitor against an in-process fentu-sandbox and a real
// cache: pages fetched online land in the cache; when the server stops, the page that failed
// is answered from the cache and the app goes offline; a probe on a backoff timer brings it
// back when a server listens on the same port again; Work offline forces the cache; 4xx
// errors are shown, never mistaken for "offline"; a cancelled page answers Cancelled once.
// A QAbstractItemModelTester watches the table model throughout.
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "pages/writethrough.h"
#include "synctestsupport.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;
using namespace std::chrono_literals;

namespace {

constexpr int kOrders = 300;
using State = ConnectivityMonitor::State;

QStringList modelIds(const WorkOrderTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.orderAt(row).id;
    return ids;
}

} // namespace

class TestSwitching : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void pagesFetchedOnlineLandInCache();
    void detailWriteThrough();
    void failedPageIsAnsweredFromCache();
    void switchesToCacheWhenServerStopsAndBack();
    void forcedOfflineStaysOnCache();
    void clientErrorsDoNotSwitch();
    void probeBacksOffAndIsBounded();
    void cancelAnswersCancelledOnceOnlineAndOffline();

private:
    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<ConnectivityMonitor> m_monitor;
    std::unique_ptr<SwitchingPageSource> m_source;
    std::unique_ptr<WorkOrderTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSwitching::init()
{
    m_fixture = std::make_unique<SyncFixture>(kOrders);
    QVERIFY(m_fixture->startServer());
    QVERIFY(m_fixture->openCache());
    m_monitor = std::make_unique<ConnectivityMonitor>(&m_fixture->client());
    m_monitor->setProbeDelays(50ms, 200ms);
    m_source = std::make_unique<SwitchingPageSource>(&m_fixture->client(), &m_fixture->store(),
                                                     m_monitor.get());
    m_model = std::make_unique<WorkOrderTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What the main window does with the signal.
    connect(m_source.get(), &SwitchingPageSource::switched, m_model.get(),
            &WorkOrderTableModel::refresh);
}

void TestSwitching::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_source.reset();
    m_monitor.reset();
    m_fixture.reset();
}

void TestSwitching::pagesFetchedOnlineLandInCache()
{
    QSignalSpy cachedAt(m_source.get(), &SwitchingPageSource::cachedAtChanged);
    m_model->setSource(m_source.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 100, kWaitMs);
    m_model->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 200, kWaitMs);
    QCOMPARE(m_source->state(), State::Online);
    QVERIFY(m_source->bannerText().isEmpty());

    // Written on the cache's thread, without holding the pages up: wait for it to land.
    QTRY_COMPARE_WITH_TIMEOUT(allCachedOrders(m_fixture->store()).size(), 200, kWaitMs);
    QCOMPARE(idsOf(allCachedOrders(m_fixture->store())), modelIds(*m_model));
    QVERIFY(!cachedAt.isEmpty());
    QVERIFY(m_source->cachedAt().isValid());
}

void TestSwitching::detailWriteThrough()
{
    const QString id = allServerOrders(m_fixture->client()).at(7).id;
    QVERIFY(!cachedOrder(m_fixture->store(), id));
    auto detail = await<ApiResult<WorkOrder>>([&](auto done) {
        m_source->writeThrough()->fetchDetail(&m_fixture->client(), id, nullptr, done);
    });
    QVERIFY(detail.isOk());
    QTRY_VERIFY_WITH_TIMEOUT(cachedOrder(m_fixture->store(), id).has_value(), kWaitMs);
    const auto cached = cachedOrder(m_fixture->store(), id);
    QVERIFY(cached->hasDetail);
    QCOMPARE(cached->order.description, detail.value().description);
    QCOMPARE(cached->order.updatedAt, detail.value().updatedAt);
}

void TestSwitching::failedPageIsAnsweredFromCache()
{
    WorkOrderQuery query;
    query.perPage = 50;
    auto online = await<ApiResult<Page<WorkOrderSummary>>>(
        [&](auto done) { m_source->fetchPage(query, nullptr, done); });
    QVERIFY(online.isOk());
    QCOMPARE(online.value().meta.totalCount, kOrders);
    QTRY_COMPARE_WITH_TIMEOUT(allCachedOrders(m_fixture->store()).size(), 50, kWaitMs);

    // The very request that finds the server gone gets the cached rows, not an error.
    m_fixture->stopServer();
    auto fallback = await<ApiResult<Page<WorkOrderSummary>>>(
        [&](auto done) { m_source->fetchPage(query, nullptr, done); });
    QVERIFY2(fallback.isOk(),
             fallback.isOk() ? "" : qPrintable(fallback.error().technicalDetail()));
    QCOMPARE(idsOf(fallback.value().items), idsOf(online.value().items));
    QCOMPARE(fallback.value().meta.totalCount, 50); // what the cache holds
    QCOMPARE(m_source->state(), State::OfflineAuto);

    // While offline, pages come from the cache without touching the network.
    query.page = 2;
    auto offline = await<ApiResult<Page<WorkOrderSummary>>>(
        [&](auto done) { m_source->fetchPage(query, nullptr, done); });
    QVERIFY(offline.isOk());
    QVERIFY(offline.value().items.isEmpty());
}

void TestSwitching::switchesToCacheWhenServerStopsAndBack()
{
    m_model->setSource(m_source.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 100, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(allCachedOrders(m_fixture->store()).size(), 100, kWaitMs);
    const QStringList onlineIds = modelIds(*m_model);

    QSignalSpy switched(m_source.get(), &SwitchingPageSource::switched);
    QSignalSpy states(m_source.get(), &SwitchingPageSource::stateChanged);
    QSignalSpy failed(m_model.get(), &WorkOrderTableModel::loadFailed);
    m_fixture->stopServer();
    m_model->refresh();

    // The failed page is answered from the cache: the user still sees the rows.
    QTRY_COMPARE_WITH_TIMEOUT(m_source->state(), State::OfflineAuto, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && switched.size() == 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->totalCount(), 100, kWaitMs); // what the cache holds
    QCOMPARE(modelIds(*m_model), onlineIds);
    QVERIFY2(failed.isEmpty(), "an unreachable server must not show as a load error");
    QCOMPARE(states.first().first().value<State>(), State::OfflineAuto);
    QVERIFY(m_source->bannerText().startsWith(u"Offline"_s));
    QVERIFY(m_monitor->lastFailure().isError());

    // A server listens on the same port again: the probe notices, the model reloads online.
    QVERIFY(m_fixture->startServer());
    QTRY_COMPARE_WITH_TIMEOUT(m_source->state(), State::Online, kWaitMs);
    QCOMPARE(switched.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->totalCount(), kOrders, kWaitMs);
    QVERIFY(m_source->bannerText().isEmpty());
    QVERIFY(m_monitor->probeCount() >= 1);
}

void TestSwitching::forcedOfflineStaysOnCache()
{
    m_model->setSource(m_source.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 100, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(allCachedOrders(m_fixture->store()).size(), 100, kWaitMs);

    QSignalSpy switched(m_source.get(), &SwitchingPageSource::switched);
    const int requestsBefore = m_fixture->server()->requestCount();
    m_monitor->setForcedOffline(true);
    QCOMPARE(m_source->state(), State::OfflineForced);
    QCOMPARE(switched.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->totalCount() == 100, kWaitMs);
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_fixture->server()->requestCount(), requestsBefore); // never asked the server
    QVERIFY(!m_monitor->isProbeScheduled());

    // A failure reported meanwhile does not turn forced into automatic (which would probe).
    m_monitor->reportFailure(ApiError::transport(ApiError::Kind::ConnectionRefused, {}));
    QCOMPARE(m_monitor->state(), State::OfflineForced);
    QVERIFY(!m_monitor->isProbeScheduled());

    m_monitor->setForcedOffline(false);
    QCOMPARE(m_source->state(), State::Online);
    QCOMPARE(switched.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->totalCount(), kOrders, kWaitMs);
    QVERIFY(m_fixture->server()->requestCount() > requestsBefore);
}

void TestSwitching::clientErrorsDoNotSwitch()
{
    m_fixture->client().setApiKey(u"not-a-key"_s);
    QSignalSpy failed(m_model.get(), &WorkOrderTableModel::loadFailed);
    QSignalSpy switched(m_source.get(), &SwitchingPageSource::switched);
    m_model->setSource(m_source.get());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(m_source->state(), State::Online);
    QVERIFY(switched.isEmpty());
    QVERIFY(!m_monitor->isProbeScheduled());
}

void TestSwitching::probeBacksOffAndIsBounded()
{
    m_fixture->stopServer(); // the client now points at a closed port
    m_monitor->setProbeDelays(20ms, 80ms);
    QVERIFY(m_monitor->reportFailure(ApiError::transport(ApiError::Kind::ConnectionRefused, {})));
    QCOMPARE(m_monitor->state(), State::OfflineAuto);
    QVERIFY(m_monitor->isProbeScheduled());
    QCOMPARE(m_monitor->nextProbeDelay(), 40ms); // 20 ms now, then 40

    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->probeCount() >= 1 && m_monitor->isProbeScheduled(),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->probeCount() >= 3 && m_monitor->isProbeScheduled(),
                             kWaitMs);
    QCOMPARE(m_monitor->nextProbeDelay(), 80ms); // capped
    QCOMPARE(m_monitor->state(), State::OfflineAuto);

    // "Try again" probes at once; a failure keeps the state and the timer.
    const int before = m_monitor->probeCount();
    m_monitor->probeNow();
    QCOMPARE(m_monitor->probeCount(), before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->isProbeScheduled(), kWaitMs);
    QCOMPARE(m_monitor->state(), State::OfflineAuto);
}

void TestSwitching::cancelAnswersCancelledOnceOnlineAndOffline()
{
    // The same page call serves both ways: online it forwards cancel() to the request in
    // flight, offline (a cache read) it answers by itself; either way Cancelled, once, later.
    for (const bool offline : {false, true}) {
        m_monitor->setForcedOffline(offline);
        int answers = 0;
        ApiError error;
        ApiCall *call = m_source->fetchPage(WorkOrderQuery(), nullptr,
                                            [&](ApiResult<Page<WorkOrderSummary>> result) {
                                                ++answers;
                                                if (!result.isOk())
                                                    error = result.error();
                                            });
        QVERIFY(call);
        const QPointer<ApiCall> guard(call);
        QSignalSpy finished(call, &ApiCall::finished);
        call->cancel();
        QCOMPARE(answers, 0); // never from inside cancel()
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(answers, 1);
        QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
        if (guard)
            guard->cancel(); // once answered, a second cancel does nothing
        QTRY_VERIFY(!guard); // it deletes itself
        QCOMPARE(answers, 1);
    }
}

QTEST_MAIN(TestSwitching)
#include "tst_switching.moc"
