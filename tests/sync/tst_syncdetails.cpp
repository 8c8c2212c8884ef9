// The detail phase of a full sync, against an in-process fentu-sandbox and a real cache file:
// after the lists, every order new or changed since its detail was fetched gets it (phone,
// notes, tasks: complete offline), and only those; a second sync fetches nothing; a cancelled
// detail phase keeps what it wrote and the next sync fetches only the rest; the window of
// scheduled days bounds a large tenant exactly; a rate-limiting server slows it down without
// stopping it; a broken answer skips that order only.
#include "sync/detailfetch.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "synctestsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

constexpr int kOrders = 200;

QStringList idsNeedingDetail(CacheStore &store, const DetailWindow &window = DetailWindow::all())
{
    const auto ids = await<CacheResult<QStringList>>(
        [&](auto done) { store.idsNeedingDetail(window, nullptr, done); });
    return ids.isOk() ? ids.value() : QStringList{u"<error>"_s};
}

} // namespace

class TestSyncDetails : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyOrderIsCompleteOfflineAndOnlyChangesAreFetchedAgain();
    void aCancelledDetailPhaseGoesOnWhereItStopped();
    void theWindowBoundsTheDetailsExactly();
    void aRateLimitingServerSlowsTheDetailsDown();
    void listsOnlyFetchesNoDetail();
    void aBrokenAnswerSkipsThatOrderOnly();

private:
    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestSyncDetails::init()
{
    m_fixture = std::make_unique<SyncFixture>(kOrders);
    QVERIFY(m_fixture->startServer());
    QVERIFY(m_fixture->openCache());
    m_engine = std::make_unique<SyncEngine>(&m_fixture->client(), &m_fixture->store());
    DetailScope all;
    all.mode = DetailScope::Mode::All;
    m_engine->setDetailScope(all);
}

void TestSyncDetails::cleanup()
{
    m_engine.reset();
    m_fixture.reset();
}

void TestSyncDetails::everyOrderIsCompleteOfflineAndOnlyChangesAreFetchedAgain()
{
    QSignalSpy details(m_engine.get(), &SyncEngine::detailProgress);
    const SyncResult first = runSync(*m_engine, 60000);
    QVERIFY2(first.isCompleted(), qPrintable(first.message()));
    QCOMPARE(first.ordersWritten, kOrders);
    QCOMPARE(first.detailsWanted, kOrders);
    QCOMPARE(first.detailsFetched, kOrders);
    QVERIFY(first.message().contains(u"Fetched 200 order detail"_s));
    // The phase's start is kept (fentu-bench times the phase with it).
    QVERIFY(first.detailsStartedAt.isValid());
    QVERIFY(first.detailsStartedAt <= first.finishedAt);
    QVERIFY(!details.isEmpty());
    QCOMPARE(details.last().at(0).toInt(), kOrders);
    QCOMPARE(details.last().at(1).toInt(), kOrders);
    // Each order cached whole: what the server's GET answers, phone and notes included.
    int withPhone = 0;
    for (const WorkOrderSummary &row : allCachedOrders(m_fixture->store())) {
        const auto cached = cachedOrder(m_fixture->store(), row.id);
        QVERIFY(cached && cached->hasDetail);
        const WorkOrder server = orderOn(m_fixture->client(), row.id);
        QCOMPARE(cached->order.description, server.description);
        QCOMPARE(cached->order.notes, server.notes);
        QCOMPARE(cached->order.contact.has_value(), server.contact.has_value());
        if (server.contact) {
            QCOMPARE(cached->order.contact->phone, server.contact->phone);
            ++withPhone;
        }
        QCOMPARE(cached->order.tasks.size(), server.tasks.size());
    }
    QVERIFY(withPhone > 0);
    QVERIFY(idsNeedingDetail(m_fixture->store()).isEmpty());

    // Nothing changed: the next sync fetches no detail.
    const int requestsBefore = m_fixture->server()->requestCount();
    const SyncResult second = runSync(*m_engine);
    QVERIFY2(second.isCompleted(), qPrintable(second.message()));
    QCOMPARE(second.detailsWanted, 0);
    QCOMPARE(second.detailsFetched, 0);
    QVERIFY(m_fixture->server()->requestCount() - requestsBefore < 10); // lists and lookups
    QVERIFY(second.message().contains(u"already up to date"_s));

    // Three orders changed by a colleague: exactly those are fetched again, with their news.
    const QList<WorkOrderSummary> rows = allCachedOrders(m_fixture->store());
    QStringList changed;
    for (int i : {3, 77, 150}) {
        WorkOrderPatch patch;
        patch.setNotes(u"Gate code 4711 (changed by a colleague %1)"_s.arg(i));
        QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                    m_fixture->client().updateWorkOrder(rows.at(i).id, patch, nullptr, done);
                }).isOk());
        changed << rows.at(i).id;
    }
    const SyncResult third = runSync(*m_engine);
    QVERIFY2(third.isCompleted(), qPrintable(third.message()));
    QCOMPARE(third.detailsFetched, 3);
    for (const QString &id : std::as_const(changed))
        QVERIFY(cachedOrder(m_fixture->store(), id)->order.notes.contains(u"Gate code 4711"_s));
    QCOMPARE(integrity(m_fixture->store()), QStringList{u"ok"_s});
}

void TestSyncDetails::aCancelledDetailPhaseGoesOnWhereItStopped()
{
    QVERIFY(m_fixture->syncAll()); // the lists, no detail yet
    QCOMPARE(idsNeedingDetail(m_fixture->store()).size(), kOrders);
    // Slow answers, and a cancel once some details are in.
    m_fixture->server()->setFaults({.latencyMs = 20});
    connect(m_engine.get(), &SyncEngine::detailProgress, this, [this](int done) {
        if (done >= 60)
            m_engine->cancel();
    });
    const SyncResult cancelled = runSync(*m_engine);
    m_fixture->server()->setFaults({});
    QCOMPARE(int(cancelled.outcome), int(SyncResult::Outcome::Cancelled));
    QVERIFY(cancelled.listsCompleted);
    QVERIFY2(cancelled.detailsFetched >= 60 && cancelled.detailsFetched < kOrders,
             qPrintable(cancelled.message()));
    QVERIFY(cancelled.message().contains(u"The next sync fetches the rest"_s));
    // What was fetched is in the cache, and only the rest is still wanted.
    const QStringList rest = idsNeedingDetail(m_fixture->store());
    QCOMPARE(rest.size(), kOrders - cancelled.detailsFetched);
    QCOMPARE(integrity(m_fixture->store()), QStringList{u"ok"_s});

    m_engine->disconnect(this);
    const SyncResult resumed = runSync(*m_engine);
    QVERIFY2(resumed.isCompleted(), qPrintable(resumed.message()));
    QCOMPARE(resumed.detailsWanted, int(rest.size()));
    QCOMPARE(resumed.detailsFetched, int(rest.size()));
    QVERIFY(idsNeedingDetail(m_fixture->store()).isEmpty());
}

void TestSyncDetails::theWindowBoundsTheDetailsExactly()
{
    // A tenant "too large" for all: the days around the data's own middle, and every order
    // without a date.
    const QDate today = QDate::currentDate();
    const QDate middle =
        m_fixture->options().anchorDate.isValid() ? m_fixture->options().anchorDate : today;
    DetailScope scope;
    scope.mode = DetailScope::Mode::Window;
    scope.daysBack = int(middle.daysTo(today)) + 10; // from ten days before the middle...
    scope.daysAhead = 0;                             // ...to today: half the data or so
    if (middle > today) {
        scope.daysBack = 0;
        scope.daysAhead = int(today.daysTo(middle));
    }
    m_engine->setDetailScope(scope);
    const SyncResult result = runSync(*m_engine);
    QVERIFY2(result.isCompleted(), qPrintable(result.message()));

    const DetailWindow window = scope.windowFor(kOrders, today);
    QVERIFY(!window.everything);
    QSet<QString> expected;
    for (const WorkOrderSummary &order : allServerOrders(m_fixture->client())) {
        if (!order.scheduledDate.isValid() ||
            (order.scheduledDate >= window.from && order.scheduledDate < window.until))
            expected.insert(order.id);
    }
    QVERIFY2(!expected.isEmpty() && expected.size() < kOrders, "the window takes a part");
    QSet<QString> fetched;
    for (const WorkOrderSummary &row : allCachedOrders(m_fixture->store())) {
        if (cachedOrder(m_fixture->store(), row.id)->hasDetail)
            fetched.insert(row.id);
    }
    QCOMPARE(fetched, expected);
    QCOMPARE(result.detailsFetched, int(expected.size()));
    // Automatic takes every order of a tenant this size.
    QVERIFY(DetailScope().windowFor(kOrders, today).everything);
    QVERIFY(!DetailScope().windowFor(DetailScope::AutomaticAllBelow, today).everything);
}

void TestSyncDetails::aRateLimitingServerSlowsTheDetailsDown()
{
    QVERIFY(m_fixture->syncAll(true));
    const QList<WorkOrderSummary> rows = allCachedOrders(m_fixture->store());
    for (int i : {5, 6, 7, 8}) {
        WorkOrderPatch patch;
        patch.setNotes(u"Ring twice"_s);
        QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                    m_fixture->client().updateWorkOrder(rows.at(i).id, patch, nullptr, done);
                }).isOk());
    }
    m_fixture->client().setRetryPolicy(quickRetries(1)); // the sync, not the client, waits
    sandbox::Faults limiting;
    limiting.rateLimitShare = 0.5;
    limiting.retryAfterSeconds = 1;
    m_fixture->server()->setFaults(limiting);
    // The order of events: a pause asked for during the detail phase, not only the lists'.
    QStringList events;
    connect(m_engine.get(), &SyncEngine::detailProgress, this,
            [&events] { events << u"detail"_s; });
    connect(m_engine.get(), &SyncEngine::waiting, this, [&events] { events << u"wait"_s; });
    const SyncResult result = runSync(*m_engine);
    m_fixture->server()->setFaults({});
    QVERIFY2(result.isCompleted(), qPrintable(result.message()));
    QCOMPARE(result.detailsFetched, 4);
    const qsizetype firstDetail = events.indexOf(u"detail"_s);
    QVERIFY(firstDetail >= 0);
    QVERIFY2(events.indexOf(u"wait"_s, firstDetail) > firstDetail, qPrintable(events.join(u' ')));
    QVERIFY(result.rateLimitWaitMs > 0);
    QVERIFY(idsNeedingDetail(m_fixture->store()).isEmpty());
}

void TestSyncDetails::listsOnlyFetchesNoDetail()
{
    m_engine->setFetchDetails(false);
    QSignalSpy details(m_engine.get(), &SyncEngine::detailProgress);
    const SyncResult result = runSync(*m_engine);
    QVERIFY2(result.isCompleted(), qPrintable(result.message()));
    QVERIFY(result.detailsSkipped);
    QCOMPARE(result.detailsFetched, 0);
    QVERIFY(!result.detailsStartedAt.isValid());
    QVERIFY(details.isEmpty());
    QCOMPARE(idsNeedingDetail(m_fixture->store()).size(), kOrders);
    QVERIFY(!result.message().contains(u"detail"_s));
}

void TestSyncDetails::aBrokenAnswerSkipsThatOrderOnly()
{
    QVERIFY(m_fixture->syncAll()); // the lists
    const QStringList wanted = idsNeedingDetail(m_fixture->store());
    QCOMPARE(wanted.size(), kOrders);
    // A server that spoils a third of its answers (a proxy's HTML page, broken JSON).
    m_fixture->client().setRetryPolicy(quickRetries(1));
    sandbox::Faults spoiling;
    spoiling.malformedShare = 0.2;
    spoiling.serverErrorShare = 0.1;
    m_fixture->server()->setFaults(spoiling);
    DetailFetch fetch(&m_fixture->client(), &m_fixture->store(), wanted, 4, nullptr);
    QSignalSpy finished(&fetch, &DetailFetch::finished);
    fetch.start();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.size(), 1);
    m_fixture->server()->setFaults({});
    // Not stopped by them: every other order's detail came.
    QVERIFY(!finished.first().at(0).value<ApiError>().isError());
    QVERIFY(fetch.failed() > 0);
    QCOMPARE(fetch.fetched() + fetch.failed(), kOrders);
    const QStringList rest = idsNeedingDetail(m_fixture->store());
    QCOMPARE(rest.size(), fetch.failed());
    // The next sync asks for those again.
    const SyncResult again = runSync(*m_engine);
    QVERIFY2(again.isCompleted(), qPrintable(again.message()));
    QCOMPARE(again.detailsFetched, int(rest.size()));
    QVERIFY(idsNeedingDetail(m_fixture->store()).isEmpty());

    // Cancelled, it reports once, and later, never from inside cancel().
    DetailFetch cancelled(&m_fixture->client(), &m_fixture->store(), wanted, 2, nullptr);
    QSignalSpy ended(&cancelled, &DetailFetch::finished);
    cancelled.start();
    cancelled.cancel();
    QCOMPARE(ended.size(), 0);
    QTRY_COMPARE(ended.size(), 1);
    QTest::qWait(50);
    QCOMPARE(ended.size(), 1);
}

QTEST_MAIN(TestSyncDetails)
#include "tst_syncdetails.moc"
