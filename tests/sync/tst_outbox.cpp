// OrderWriter and OutboxReplayer against an in-process fentu-sandbox and a real cache: online
// edits go straight to the server; offline edits are committed to the outbox, survive a
// restart, show as pending, and replay in order when online (a local id becomes the server's);
// conflicts are detected and each choice works; refusals are kept with the server's message;
// a server that goes away stops the replay and keeps everything.
#include "cache/outboxcodec.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "synctestsupport.h"
#include "writerservices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

// The base values of a change as the user saw `seen`: a detail knows every field, a list
// row not its description, notes and contact.
QJsonObject seenOf(const WorkOrder &seen, const WorkOrderPatch &patch)
{
    return OrderWriter::seenValues(seen, true, patch);
}

QJsonObject seenOf(const WorkOrderSummary &seen, const WorkOrderPatch &patch)
{
    WorkOrder row;
    static_cast<WorkOrderSummary &>(row) = seen;
    return OrderWriter::seenValues(row, false, patch);
}

} // namespace

namespace {

constexpr int kOrders = 150;
using Outcome = WriteResult::Outcome;

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void onlineEditsGoStraightToServer();
    void onlineUpdateDetectsConflict();
    void conflictDecidedAtOnceIsSent();
    void offlineEditsSurviveRestartAndReplayInOrder();
    void conflictChoices_data();
    void conflictChoices();
    void choiceDuringAPassIsNotRaisedAgain_data();
    void choiceDuringAPassIsNotRaisedAgain();
    void refusedReplaysNeedAttention();
    void readOnlyKeyNeedsAttention();
    void amendedRefusalIsSentAgain();
    void unreachableServerStopsReplay();
    void pendingRowsShowOnModel();

private:
    /// Builds the write path on the fixture (again, after a restart) with its pending marks.
    void makeServices();
    WriteResult write(const std::function<void(OrderWriter::Callback)> &start);
    ReplayReport goOnlineAndReplay();
    QList<OutboxEntry> outbox(std::optional<OutboxEntry::State> state = std::nullopt);
    /// A cached order with the given priority not being `avoid`.
    WorkOrderSummary cachedOrderAt(int index);
    QString someCustomerId();
    /// Queues an urgent-priority edit of cached order `index` offline, changes the priority on
    /// the server meanwhile (to `*theirs`), and replays: the conflict the replay raises.
    Conflict queueConflictingEdit(int index, Priority *theirs);
    /// Applies `choice` to `conflict`; the priority the server should end with.
    Priority choose(const Conflict &conflict, Conflict::Choice choice, Priority theirs);
    QString someTechnicianId();
    /// Another dispatcher sets `priority` on the order on the server; its answer.
    ApiResult<WorkOrder> colleagueSetsPriority(const QString &id, Priority priority);
    /// The base of an edit made in a dialog that showed the server's current detail.
    QJsonObject seenOnServer(const QString &id, const WorkOrderPatch &patch);

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<WriterServices> m_services;
    QList<WorkOrderSummary> m_cached;
};

void TestOutbox::init()
{
    m_fixture = std::make_unique<SyncFixture>(kOrders);
    QVERIFY(m_fixture->startSynced());
    m_cached = allCachedOrders(m_fixture->store());
    QCOMPARE(m_cached.size(), kOrders);
    makeServices();
}

void TestOutbox::cleanup()
{
    m_services.reset();
    m_fixture.reset();
}

void TestOutbox::makeServices()
{
    m_services = std::make_unique<WriterServices>(*m_fixture);
    QVERIFY(m_services->reloadPending());
}

WriteResult TestOutbox::write(const std::function<void(OrderWriter::Callback)> &start)
{
    return await<WriteResult>(start);
}

ReplayReport TestOutbox::goOnlineAndReplay()
{
    QSignalSpy finished(&m_services->replayer(), &OutboxReplayer::replayFinished);
    if (m_services->monitor().isOnline())
        m_services->replayer().replay();
    else
        m_services->monitor().setForcedOffline(false); // back online: the replay starts by itself
    if (!finished.wait(kWaitMs))
        qFatal("the replay never finished");
    return finished.last().first().value<ReplayReport>();
}

QList<OutboxEntry> TestOutbox::outbox(std::optional<OutboxEntry::State> state)
{
    auto listed = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { m_fixture->store().listOutbox(state, nullptr, done); });
    return listed.isOk() ? listed.value() : QList<OutboxEntry>{};
}

WorkOrderSummary TestOutbox::cachedOrderAt(int index)
{
    return m_cached.at(index);
}

QJsonObject TestOutbox::seenOnServer(const QString &id, const WorkOrderPatch &patch)
{
    const auto order = serverOrder(m_fixture->client(), id);
    return order.isOk() ? OrderWriter::seenValues(order.value(), true, patch) : QJsonObject();
}

QString TestOutbox::someCustomerId()
{
    return m_cached.first().customer.id;
}

QString TestOutbox::someTechnicianId()
{
    for (const WorkOrderSummary &order : std::as_const(m_cached)) {
        if (order.technician)
            return order.technician->id;
    }
    return {};
}

void TestOutbox::onlineEditsGoStraightToServer()
{
    NewWorkOrder order;
    order.customerId = someCustomerId();
    order.description = u"Online create"_s;
    order.priority = Priority::High;
    const WriteResult created =
        write([&](auto done) { m_services->writer().create(order, nullptr, done); });
    QCOMPARE(int(created.outcome), int(Outcome::Sent));
    QVERIFY(!OutboxEntry::isLocalId(created.orderId));
    const auto onServer = serverOrder(m_fixture->client(), created.orderId);
    QVERIFY(onServer.isOk());
    QCOMPARE(onServer.value().description, u"Online create"_s);
    QTRY_VERIFY_WITH_TIMEOUT(cachedOrder(m_fixture->store(), created.orderId).has_value(), kWaitMs);

    WorkOrderPatch patch;
    patch.setNotes(u"Online note"_s);
    const WriteResult updated = write([&](auto done) {
        m_services->writer().update(created.orderId, patch, seenOf(onServer.value(), patch),
                                    nullptr, done);
    });
    QCOMPARE(int(updated.outcome), int(Outcome::Sent));
    QCOMPARE(serverOrder(m_fixture->client(), created.orderId).value().notes, u"Online note"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cachedOrder(m_fixture->store(), created.orderId)->order.notes,
                              u"Online note"_s, kWaitMs);

    const WriteResult removed =
        write([&](auto done) { m_services->writer().remove(created.orderId, nullptr, done); });
    QCOMPARE(int(removed.outcome), int(Outcome::Sent));
    QCOMPARE(serverOrder(m_fixture->client(), created.orderId).error().httpStatus(), 404);
    QTRY_VERIFY_WITH_TIMEOUT(!cachedOrder(m_fixture->store(), created.orderId), kWaitMs);
    QVERIFY(outbox().isEmpty());

    // A refusal online is shown, not queued.
    WorkOrderPatch bad;
    bad.setTechnicianId(u"tech-does-not-exist"_s);
    const WorkOrderSummary target = cachedOrderAt(1);
    const WriteResult refused = write([&](auto done) {
        m_services->writer().update(target.id, bad, seenOf(target, bad), nullptr, done);
    });
    QCOMPARE(int(refused.outcome), int(Outcome::Refused));
    QCOMPARE(refused.apiError.httpStatus(), 422);
    QVERIFY(!refused.isSaved());
    QVERIFY(outbox().isEmpty());
}

// "Keep mine" chosen the moment the conflict is reported, while the pass that found it is
// still going: the pass's end must not report the decision as merely queued.
void TestOutbox::conflictDecidedAtOnceIsSent()
{
    const WorkOrderSummary target = cachedOrderAt(3);
    const Priority theirs = target.priority == Priority::Low ? Priority::High : Priority::Low;
    QVERIFY(colleagueSetsPriority(target.id, theirs).isOk());
    WorkOrderPatch mine;
    mine.setPriority(Priority::Urgent);
    std::optional<WriteResult> kept;
    m_services->writer().update(
        target.id, mine, seenOf(target, mine), this, [&](WriteResult found) {
            QCOMPARE(int(found.outcome), int(Outcome::Conflict));
            m_services->writer().resolve(*found.conflict, Conflict::Choice::KeepMine, {}, this,
                                         [&](WriteResult result) { kept = result; });
        });
    QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), kWaitMs);
    QCOMPARE(int(kept->outcome), int(Outcome::Sent));
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().priority, Priority::Urgent);
}

void TestOutbox::onlineUpdateDetectsConflict()
{
    const WorkOrderSummary target = cachedOrderAt(2);
    const Priority theirs = target.priority == Priority::Low ? Priority::High : Priority::Low;
    QVERIFY(colleagueSetsPriority(target.id, theirs).isOk());

    WorkOrderPatch mine;
    mine.setPriority(Priority::Urgent);
    const WriteResult result = write([&](auto done) {
        m_services->writer().update(target.id, mine, seenOf(target, mine), nullptr, done);
    });
    QCOMPARE(int(result.outcome), int(Outcome::Conflict));
    QVERIFY(result.conflict);
    QCOMPARE(result.conflict->fields.size(), 1);
    const ConflictField &field = result.conflict->fields.first();
    QCOMPARE(field.field, u"priority"_s);
    QVERIFY(field.baseKnown);
    QCOMPARE(field.base.toString(), priorityToApi(target.priority));
    QCOMPARE(field.mine.toString(), u"urgent"_s);
    QCOMPARE(field.theirs.toString(), priorityToApi(theirs));
    // Nothing was overwritten; "keep mine" is a new update from the server's version.
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().priority, theirs);
    const WriteResult kept = write([&](auto done) {
        m_services->writer().resolve(*result.conflict, Conflict::Choice::KeepMine, {}, nullptr,
                                     done);
    });
    QCOMPARE(int(kept.outcome), int(Outcome::Sent));
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().priority, Priority::Urgent);
}

void TestOutbox::offlineEditsSurviveRestartAndReplayInOrder()
{
    m_services->monitor().setForcedOffline(true);
    const int requestsBefore = m_fixture->server()->requestCount();
    const WorkOrderSummary toUpdate = cachedOrderAt(3);
    const WorkOrderSummary toDelete = cachedOrderAt(4);

    NewWorkOrder order;
    order.customerId = someCustomerId();
    order.description = u"Made offline"_s;
    order.priority = Priority::Urgent;
    const WriteResult created =
        write([&](auto done) { m_services->writer().create(order, nullptr, done); });
    QCOMPARE(int(created.outcome), int(Outcome::Queued));
    QVERIFY(created.isSaved());
    const QString localId = created.orderId;
    QVERIFY(OutboxEntry::isLocalId(localId));
    QVERIFY(created.order);
    QCOMPARE(created.order->number, u"NEW-1"_s);
    QCOMPARE(created.order->customer.name, m_cached.first().customer.name);

    WorkOrderPatch patch;
    patch.setPriority(Priority::Low);
    patch.setWorkOrderType(u"inspection"_s);
    const WriteResult updated = write([&](auto done) {
        m_services->writer().update(toUpdate.id, patch, seenOf(toUpdate, patch), nullptr, done);
    });
    QCOMPARE(int(updated.outcome), int(Outcome::Queued));
    QCOMPARE(updated.order->priority, Priority::Low);

    const WriteResult removed =
        write([&](auto done) { m_services->writer().remove(toDelete.id, nullptr, done); });
    QCOMPARE(int(removed.outcome), int(Outcome::Queued));

    WorkOrderPatch onLocal;
    onLocal.setDescription(u"Made offline, then edited"_s);
    const WriteResult updatedLocal = write([&](auto done) {
        m_services->writer().update(localId, onLocal, seenOf(*created.order, onLocal), nullptr,
                                    done);
    });
    QCOMPARE(int(updatedLocal.outcome), int(Outcome::Queued));

    QCOMPARE(m_fixture->server()->requestCount(), requestsBefore); // nothing went out
    QVERIFY(m_services->pending().contains(localId));
    QVERIFY(m_services->pending().contains(toUpdate.id));

    // A restart: everything is read back from the file.
    m_services.reset();
    QVERIFY(m_fixture->reopenCache());
    makeServices();
    m_services->monitor().setForcedOffline(true);
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).kind, OutboxEntry::Kind::Create);
    QCOMPARE(entries.at(0).orderId, localId);
    QCOMPARE(entries.at(1).kind, OutboxEntry::Kind::Update);
    QCOMPARE(entries.at(1).orderId, toUpdate.id);
    QCOMPARE(entries.at(2).kind, OutboxEntry::Kind::Delete);
    QCOMPARE(entries.at(3).orderId, localId);
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i).seq > entries.at(i - 1).seq);
    QVERIFY(m_services->pending().contains(localId));
    QVERIFY(m_services->pending().contains(toUpdate.id));
    QVERIFY(m_services->pending().contains(toDelete.id));
    const auto localRow = cachedOrder(m_fixture->store(), localId);
    QVERIFY(localRow);
    QCOMPARE(localRow->order.number, u"NEW-1"_s);
    QCOMPARE(localRow->order.description, u"Made offline, then edited"_s);
    QCOMPARE(cachedOrder(m_fixture->store(), toUpdate.id)->order.priority, Priority::Low);
    QVERIFY(!cachedOrder(m_fixture->store(), toDelete.id));

    // Online again: the replay sends all four, in order.
    QSignalSpy changed(&m_services->replayer(), &OutboxReplayer::orderChanged);
    const ReplayReport report = goOnlineAndReplay();
    QVERIFY2(!report.stoppedEarly(), qPrintable(report.stoppedBy.technicalDetail()));
    QCOMPARE(report.sent, 4);
    QCOMPARE(report.needsAttention, 0);
    QVERIFY(outbox().isEmpty());

    QString serverId;
    for (const auto &args : std::as_const(changed)) {
        if (args.at(1).toString() == localId)
            serverId = args.at(0).value<WorkOrder>().id;
    }
    QVERIFY(!serverId.isEmpty());
    QVERIFY(!OutboxEntry::isLocalId(serverId));
    const auto createdOnServer = serverOrder(m_fixture->client(), serverId);
    QVERIFY(createdOnServer.isOk());
    // The later edit of the local id reached the order the server created.
    QCOMPARE(createdOnServer.value().description, u"Made offline, then edited"_s);
    QCOMPARE(createdOnServer.value().priority, Priority::Urgent);
    const auto updatedOnServer = serverOrder(m_fixture->client(), toUpdate.id);
    QCOMPARE(updatedOnServer.value().priority, Priority::Low);
    QCOMPARE(updatedOnServer.value().workOrderType, u"inspection"_s);
    QCOMPARE(serverOrder(m_fixture->client(), toDelete.id).error().httpStatus(), 404);

    // The cache holds the server's versions; the local row is gone; nothing is pending.
    QTRY_VERIFY_WITH_TIMEOUT(!cachedOrder(m_fixture->store(), localId), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(cachedOrder(m_fixture->store(), serverId).has_value(), kWaitMs);
    QCOMPARE(cachedOrder(m_fixture->store(), serverId)->order.number,
             createdOnServer.value().number);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->pending().ids().isEmpty(), kWaitMs);
}

void TestOutbox::conflictChoices_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("keep mine") << int(Conflict::Choice::KeepMine);
    QTest::newRow("take theirs") << int(Conflict::Choice::TakeTheirs);
    QTest::newRow("edit") << int(Conflict::Choice::Edit);
}

ApiResult<WorkOrder> TestOutbox::colleagueSetsPriority(const QString &id, Priority priority)
{
    WorkOrderPatch patch;
    patch.setPriority(priority);
    return await<ApiResult<WorkOrder>>(
        [&](auto done) { m_fixture->client().updateWorkOrder(id, patch, nullptr, done); });
}

Conflict TestOutbox::queueConflictingEdit(int index, Priority *theirs)
{
    const WorkOrderSummary target = cachedOrderAt(index);
    *theirs = target.priority == Priority::Low ? Priority::High : Priority::Low;

    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch mine;
    mine.setPriority(Priority::Urgent);
    const WriteResult queued = write([&](auto done) {
        m_services->writer().update(target.id, mine, seenOf(target, mine), nullptr, done);
    });
    if (queued.outcome != Outcome::Queued)
        qFatal("the offline edit was not queued");

    // Someone else changes the same field on the server meanwhile; the sandbox moves
    // updated_at at least one second past the previous one.
    const auto changed = colleagueSetsPriority(target.id, *theirs);
    if (!changed.isOk() || Conflict::sameSecond(changed.value().updatedAt, target.updatedAt))
        qFatal("the server-side change did not move updated_at");

    QSignalSpy conflicts(&m_services->replayer(), &OutboxReplayer::conflictDetected);
    const ReplayReport report = goOnlineAndReplay();
    if (report.conflicts != 1 || report.sent != 0 || conflicts.size() != 1)
        qFatal("the replay did not raise the conflict");
    return conflicts.first().first().value<Conflict>();
}

Priority TestOutbox::choose(const Conflict &conflict, Conflict::Choice choice, Priority theirs)
{
    switch (choice) {
    case Conflict::Choice::KeepMine:
        m_services->replayer().keepMine(conflict.seq);
        return Priority::Urgent;
    case Conflict::Choice::TakeTheirs:
        m_services->replayer().takeTheirs(conflict.seq);
        return theirs;
    case Conflict::Choice::Edit: {
        WorkOrderPatch edited;
        edited.setPriority(Priority::Medium);
        m_services->replayer().edit(conflict.seq, edited);
        return Priority::Medium;
    }
    }
    return theirs;
}

void TestOutbox::conflictChoices()
{
    QFETCH(int, choice);
    const WorkOrderSummary target = cachedOrderAt(5);
    Priority theirs = Priority::Unknown;
    const Conflict conflict = queueConflictingEdit(5, &theirs);
    QCOMPARE(conflict.orderId, target.id);
    QCOMPARE(conflict.fields.size(), 1);
    QCOMPARE(conflict.fields.first().field, u"priority"_s);
    QVERIFY(conflict.fields.first().baseKnown);
    QCOMPARE(conflict.fields.first().base.toString(), priorityToApi(target.priority));
    QCOMPARE(conflict.fields.first().mine.toString(), u"urgent"_s);
    QCOMPARE(conflict.fields.first().theirs.toString(), priorityToApi(theirs));
    QCOMPARE(m_services->replayer().conflicts().size(), 1);
    // Nothing was overwritten, and the edit still waits.
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().priority, theirs);
    QCOMPARE(outbox(OutboxEntry::State::Conflict).size(), 1);

    QSignalSpy finished(&m_services->replayer(), &OutboxReplayer::replayFinished);
    const Priority expected = choose(conflict, Conflict::Choice(choice), theirs);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(m_services->replayer().conflicts().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty(), kWaitMs);
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().priority, expected);
    QTRY_COMPARE_WITH_TIMEOUT(cachedOrder(m_fixture->store(), target.id)->order.priority, expected,
                              kWaitMs);
}

void TestOutbox::choiceDuringAPassIsNotRaisedAgain_data()
{
    conflictChoices_data();
}

void TestOutbox::choiceDuringAPassIsNotRaisedAgain()
{
    QFETCH(int, choice);
    const WorkOrderSummary target = cachedOrderAt(11);
    Priority theirs = Priority::Unknown;
    const Conflict conflict = queueConflictingEdit(11, &theirs);

    // A pass starts and reads the outbox now, before the choice below reaches the cache: the
    // replayer itself must hold the entry back (no waiting for the pass in the caller).
    QSignalSpy raised(&m_services->replayer(), &OutboxReplayer::conflictDetected);
    m_services->replayer().replay();
    QVERIFY(m_services->replayer().isRunning());
    const Priority expected = choose(conflict, Conflict::Choice(choice), theirs);

    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty() && !m_services->replayer().isRunning(), kWaitMs);
    QCOMPARE(raised.size(), 0);
    QVERIFY(m_services->replayer().conflicts().isEmpty());
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().priority, expected);
    QTRY_COMPARE_WITH_TIMEOUT(cachedOrder(m_fixture->store(), target.id)->order.priority, expected,
                              kWaitMs);
}

void TestOutbox::refusedReplaysNeedAttention()
{
    const WorkOrderSummary goneOnServer = cachedOrderAt(6);
    const WorkOrderSummary badTechnician = cachedOrderAt(7);
    const WorkOrderSummary fine = cachedOrderAt(8);
    QVERIFY(await<ApiResult<NoContent>>([&](auto done) {
                m_fixture->client().deleteWorkOrder(goneOnServer.id, nullptr, done);
            }).isOk());

    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch notes;
    notes.setNotes(u"Queued note"_s);
    WorkOrderPatch technician;
    technician.setTechnicianId(u"tech-does-not-exist"_s);
    for (const auto &[order, patch] :
         {std::pair{goneOnServer, notes}, std::pair{badTechnician, technician},
          std::pair{fine, notes}}) {
        const WriteResult queued = write([&, o = order, p = patch](auto done) {
            m_services->writer().update(o.id, p, seenOnServer(o.id, p), nullptr, done);
        });
        QCOMPARE(int(queued.outcome), int(Outcome::Queued));
    }

    QSignalSpy attention(&m_services->replayer(), &OutboxReplayer::needsAttention);
    const ReplayReport report = goOnlineAndReplay();
    QCOMPARE(report.needsAttention, 2);
    QCOMPARE(report.sent, 1); // a refusal does not hold up other orders
    QCOMPARE(attention.size(), 2);
    QCOMPARE(serverOrder(m_fixture->client(), fine.id).value().notes, u"Queued note"_s);

    const QList<OutboxEntry> kept = outbox(OutboxEntry::State::NeedsAttention);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).orderId, goneOnServer.id);
    QVERIFY2(kept.at(0).errorMessage.contains(u"no longer exists"_s),
             qPrintable(kept.at(0).errorMessage));
    QCOMPARE(kept.at(1).orderId, badTechnician.id);
    QVERIFY2(kept.at(1).errorMessage.contains(u"technician_id"_s),
             qPrintable(kept.at(1).errorMessage));
    QVERIFY(kept.at(1).attempts >= 1);
    QVERIFY(m_services->pending().contains(badTechnician.id));

    // Another pass leaves them where they are: only the user decides.
    const ReplayReport again = goOnlineAndReplay();
    QCOMPARE(again.sent, 0);
    QCOMPARE(outbox(OutboxEntry::State::NeedsAttention).size(), 2);

    // Discarding is the user's explicit choice; the row comes back as the server has it.
    QSignalSpy changed(&m_services->replayer(), &OutboxReplayer::orderChanged);
    m_services->replayer().discard(kept.at(1).seq);
    QTRY_COMPARE_WITH_TIMEOUT(outbox().size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->pending().contains(badTechnician.id), kWaitMs);
}

void TestOutbox::readOnlyKeyNeedsAttention()
{
    const WorkOrderSummary target = cachedOrderAt(9);
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch patch;
    patch.setNotes(u"Read-only attempt"_s);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(target.id, patch, seenOnServer(target.id, patch),
                                                 nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    m_fixture->client().setApiKey(m_fixture->options().readOnlyKey);
    const ReplayReport report = goOnlineAndReplay();
    QCOMPARE(report.needsAttention, 1);
    const QList<OutboxEntry> kept = outbox(OutboxEntry::State::NeedsAttention);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(kept.first().errorMessage.contains(u"only read"_s),
             qPrintable(kept.first().errorMessage));

    // With a key that may write, "retry" sends it.
    m_fixture->client().setApiKey(m_fixture->options().key);
    QSignalSpy finished(&m_services->replayer(), &OutboxReplayer::replayFinished);
    m_services->replayer().retry(kept.first().seq);
    QVERIFY(finished.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty(), kWaitMs);
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().notes, u"Read-only attempt"_s);
}

void TestOutbox::amendedRefusalIsSentAgain()
{
    const WorkOrderSummary target = cachedOrderAt(12);
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch patch;
    patch.setNotes(u"Kept through refusals"_s);
    patch.setTechnicianId(u"tech-does-not-exist"_s);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(target.id, patch, seenOnServer(target.id, patch),
                                                 nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    QCOMPARE(goOnlineAndReplay().needsAttention, 1);
    QList<OutboxEntry> kept = outbox(OutboxEntry::State::NeedsAttention);
    QCOMPARE(kept.size(), 1);
    // The field the server named is kept with the entry, for the edit dialog; never sent.
    const QList<FieldError> details = kept.first().refusal;
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().field, u"technician_id"_s);
    QVERIFY(!kept.first().patch.toJson().contains(outboxcodec::kRefusalKey));

    // Corrected offline: the correction waits in the queue.
    QJsonObject corrected = kept.first().patch.toJson();
    corrected.insert(u"technician_id"_s, someTechnicianId());
    m_services->monitor().setForcedOffline(true);
    const WriteResult waiting = await<WriteResult>([&](auto done) {
        m_services->replayer().amend(kept.first().seq, corrected, {}, nullptr, done);
    });
    QCOMPARE(int(waiting.outcome), int(Outcome::Queued));
    QCOMPARE(outbox(OutboxEntry::State::Pending).size(), 1);

    // Refused again (a read-only key): the correction stays in the outbox.
    m_fixture->client().setApiKey(m_fixture->options().readOnlyKey);
    QCOMPARE(goOnlineAndReplay().needsAttention, 1);
    kept = outbox(OutboxEntry::State::NeedsAttention);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().patch.toJson(), corrected);
    QVERIFY(kept.first().refusal.isEmpty()); // a 403 names no field

    // Sent again online with a key that may write: amend() says Sent.
    m_fixture->client().setApiKey(m_fixture->options().key);
    const WriteResult sent = await<WriteResult>([&](auto done) {
        m_services->replayer().amend(kept.first().seq, corrected, {}, nullptr, done);
    });
    QCOMPARE(int(sent.outcome), int(Outcome::Sent));
    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty(), kWaitMs);
    const WorkOrder onServer = serverOrder(m_fixture->client(), target.id).value();
    QCOMPARE(onServer.notes, u"Kept through refusals"_s);
    QCOMPARE(onServer.technician->id, someTechnicianId());
}

void TestOutbox::unreachableServerStopsReplay()
{
    // What the user saw of the order edited below, read while the server was still there.
    WorkOrderPatch patch;
    patch.setNotes(u"Also waits"_s);
    const WorkOrderSummary target = cachedOrderAt(10);
    const QJsonObject seen = seenOnServer(target.id, patch);
    m_services->monitor().setForcedOffline(true);
    NewWorkOrder order;
    order.customerId = someCustomerId();
    order.description = u"Waits for the server"_s;
    QCOMPARE(
        int(write([&](auto done) { m_services->writer().create(order, nullptr, done); }).outcome),
        int(Outcome::Queued));

    m_fixture->stopServer();
    const ReplayReport report = goOnlineAndReplay();
    QVERIFY(report.stoppedEarly());
    QVERIFY(ConnectivityMonitor::isUnreachable(report.stoppedBy));
    QCOMPARE(m_services->monitor().state(), ConnectivityMonitor::State::OfflineAuto);
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, OutboxEntry::State::Pending);

    // Edits made now are queued too (the server is unreachable)...
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(target.id, patch, seen, nullptr, done);
                 }).outcome),
             int(Outcome::Queued));

    // ...and everything goes out once the probe finds the server back.
    QSignalSpy finished(&m_services->replayer(), &OutboxReplayer::replayFinished);
    QVERIFY(m_fixture->startServer());
    QTRY_COMPARE_WITH_TIMEOUT(m_services->monitor().state(), ConnectivityMonitor::State::Online,
                              kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(outbox().isEmpty(), kWaitMs);
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().notes, u"Also waits"_s);
}

void TestOutbox::pendingRowsShowOnModel()
{
    WorkOrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_services->pending().bindModel(&model);
    connect(&m_services->writer(), &OrderWriter::orderChanged, &model,
            [&model](const WorkOrder &order) { model.updateOrder(order); });
    model.setSource(&m_services->pageSource());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, kWaitMs);

    const WorkOrderSummary target = model.orderAt(3);
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch patch;
    patch.setPriority(target.priority == Priority::Urgent ? Priority::Low : Priority::Urgent);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(target.id, patch, seenOf(target, patch), nullptr,
                                                 done);
                 }).outcome),
             int(Outcome::Queued));
    const int row = model.rowOfId(target.id);
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        model.data(model.index(row, 0), WorkOrderTableModel::PendingRole).toBool(), kWaitMs);
    QVERIFY(model.orderAt(row).priority != target.priority); // the change shows at once

    goOnlineAndReplay();
    QTRY_VERIFY_WITH_TIMEOUT(
        !model.data(model.index(model.rowOfId(target.id), 0), WorkOrderTableModel::PendingRole)
             .toBool(),
        kWaitMs);
}

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
