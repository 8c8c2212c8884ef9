// BulkWriter against an in-process fentu-sandbox and a real cache: one action over many
// orders, a few at a time, with progress; a partial failure names the orders that failed and
// why while the rest stay done; Cancel stops what has not started; offline, all is queued.
#include "connectivity/connectivitymonitor.h"
#include "sync/bulkwriter.h"
#include "synctestsupport.h"
#include "writerservices.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

constexpr int kOrders = 120;

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void reassignFiftyWithThreeFailing();
    void cancelStopsWhatHasNotStarted();
    void offlineDeleteIsQueued();
    void emptySelectionFinishesAtOnce();

private:
    QList<BulkWriter::Item> items(int from, int count) const;
    QString technicianNotOn(const QList<BulkWriter::Item> &targets) const;
    BulkReport run(BulkWriter &bulk, const std::function<void()> &start);

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<WriterServices> m_services;
    QList<WorkOrderSummary> m_cached;
};

void TestBulkWriter::init()
{
    m_fixture = std::make_unique<SyncFixture>(kOrders);
    QVERIFY(m_fixture->startSynced());
    m_cached = allCachedOrders(m_fixture->store());
    QCOMPARE(m_cached.size(), kOrders);
    m_services = std::make_unique<WriterServices>(*m_fixture);
}

void TestBulkWriter::cleanup()
{
    m_services.reset();
    m_fixture.reset();
}

QList<BulkWriter::Item> TestBulkWriter::items(int from, int count) const
{
    QList<BulkWriter::Item> list;
    for (const WorkOrderSummary &order : m_cached.mid(from, count))
        list.append({order.id, order.number, order});
    return list;
}

QString TestBulkWriter::technicianNotOn(const QList<BulkWriter::Item> &targets) const
{
    QSet<QString> ids;
    for (const BulkWriter::Item &item : targets)
        ids.insert(item.orderId);
    // Any technician works; one none of the targets has makes every change visible.
    QSet<QString> onTargets;
    QStringList all;
    for (const WorkOrderSummary &order : m_cached) {
        if (!order.technician)
            continue;
        all.append(order.technician->id);
        if (ids.contains(order.id))
            onTargets.insert(order.technician->id);
    }
    for (const QString &id : std::as_const(all)) {
        if (!onTargets.contains(id))
            return id;
    }
    return all.value(0);
}

BulkReport TestBulkWriter::run(BulkWriter &bulk, const std::function<void()> &start)
{
    QSignalSpy finished(&bulk, &BulkWriter::finished);
    start();
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        qFatal("the bulk action never finished");
    return finished.first().first().value<BulkReport>();
}

void TestBulkWriter::reassignFiftyWithThreeFailing()
{
    const QList<BulkWriter::Item> targets = items(10, 50);
    const QString technician = technicianNotOn(targets);
    QVERIFY(!technician.isEmpty());
    // Three orders go to the trash on the server behind the client's back.
    const QStringList gone{targets.at(3).orderId, targets.at(20).orderId, targets.at(41).orderId};
    for (const QString &id : gone) {
        const auto removed = await<ApiResult<NoContent>>(
            [&](auto done) { m_fixture->client().deleteWorkOrder(id, nullptr, done); });
        QVERIFY(removed.isOk());
    }

    BulkWriter bulk(&m_services->writer());
    bulk.setMaxConcurrent(4);
    int mostOnWire = 0;
    connect(&m_fixture->client(), &ApiClient::requestsOnWireChanged, &bulk,
            [&mostOnWire](int count) { mostOnWire = std::max(mostOnWire, count); });
    QSignalSpy progress(&bulk, &BulkWriter::progress);
    WorkOrderPatch patch;
    patch.setTechnicianId(technician);
    const BulkReport report = run(bulk, [&] { bulk.update(targets, patch); });

    QCOMPARE(report.sent.size(), 47);
    QCOMPARE(report.failed.size(), 3);
    QVERIFY(report.queued.isEmpty());
    QCOMPARE(report.skipped, 0);
    QVERIFY(!report.cancelled);
    QStringList failedIds;
    for (const BulkFailure &failure : report.failed) {
        failedIds.append(failure.orderId);
        QVERIFY(!failure.label.isEmpty());
        QVERIFY2(!failure.message.isEmpty(), qPrintable(failure.orderId));
    }
    failedIds.sort();
    QStringList expected = gone;
    expected.sort();
    QCOMPARE(failedIds, expected);

    // Progress counted every order once, up to the total.
    QCOMPARE(progress.last().at(0).toInt(), 50);
    QCOMPARE(progress.last().at(1).toInt(), 50);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
    QVERIFY2(mostOnWire <= 4, qPrintable(QString::number(mostOnWire)));

    // The 47 are done on the server and in the cache.
    for (const QString &id : report.sent) {
        const auto order = serverOrder(m_fixture->client(), id);
        QVERIFY(order.isOk());
        QVERIFY(order.value().technician);
        QCOMPARE(order.value().technician->id, technician);
    }
    QTRY_VERIFY_WITH_TIMEOUT(cachedOrder(m_fixture->store(), report.sent.last())
                                     ->order.technician.value_or(Technician{})
                                     .id == technician,
                             kWaitMs);
}

void TestBulkWriter::cancelStopsWhatHasNotStarted()
{
    const QList<BulkWriter::Item> targets = items(0, 30);
    BulkWriter bulk(&m_services->writer());
    bulk.setMaxConcurrent(2);
    WorkOrderPatch patch;
    patch.setNotes(u"bulk note"_s);
    connect(&bulk, &BulkWriter::progress, &bulk, [&bulk](int done, int) {
        if (done == 3)
            bulk.cancel();
    });
    const BulkReport report = run(bulk, [&] { bulk.update(targets, patch); });
    QVERIFY(report.cancelled);
    QVERIFY(report.skipped > 0);
    QCOMPARE(report.saved() + int(report.failed.size()) + report.skipped, 30);
    // At most the two in flight when Cancel came finished after it.
    QVERIFY2(report.saved() <= 5, qPrintable(QString::number(report.saved())));
    // The orders never started are untouched on the server.
    const auto last = serverOrder(m_fixture->client(), targets.last().orderId);
    QVERIFY(last.isOk());
    QVERIFY(last.value().notes != u"bulk note"_s);
    QVERIFY(!bulk.isRunning());
}

void TestBulkWriter::offlineDeleteIsQueued()
{
    m_services->monitor().setForcedOffline(true);
    const QList<BulkWriter::Item> targets = items(60, 12);
    BulkWriter bulk(&m_services->writer());
    const BulkReport report = run(bulk, [&] { bulk.remove(targets); });
    QCOMPARE(report.queued.size(), 12);
    QVERIFY(report.failed.isEmpty());
    for (const BulkWriter::Item &item : targets) {
        QVERIFY(m_services->pending().contains(item.orderId));
        QVERIFY(!cachedOrder(m_fixture->store(), item.orderId).has_value());
        // Not sent yet: still on the server.
        QVERIFY(serverOrder(m_fixture->client(), item.orderId).isOk());
    }
}

void TestBulkWriter::emptySelectionFinishesAtOnce()
{
    BulkWriter bulk(&m_services->writer());
    const BulkReport report = run(bulk, [&] { bulk.remove({}); });
    QCOMPARE(report.saved(), 0);
    QVERIFY(report.failed.isEmpty());
    QVERIFY(!bulk.isRunning());
}

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
