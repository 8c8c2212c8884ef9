// The write path's seven known faults (issue 9), one test each, against an in-process
// fentu-sandbox and a real cache: every change goes through OrderWriter and the outbox, the
// cache keeps the server's copy and the pending changes apart, conflicts compare field by field,
// a create whose answer was lost is looked for before it is ever sent again, and a replay stopped
// by a transient failure is tried again by itself.
#include "cache/cachestore.h"
#include "connectedclient.h"
#include "pages/writethrough.h"
#include "synctestsupport.h"
#include "writerservices.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

constexpr int kOrders = 120;
using Outcome = WriteResult::Outcome;

WorkOrder asOrder(const WorkOrderSummary &summary)
{
    WorkOrder order;
    static_cast<WorkOrderSummary &>(order) = summary;
    return order;
}

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fault1_queuedCustomerChangeReachesServer();
    void fault2_quickActionOnAnOlderRowAsksFirst();
    void fault2_unknownEarlierValueIsAQuestionNotAPass();
    void fault3_staleNotesUnderANewerListRowConflict();
    void fault4_lostCreateAnswerIsAdoptedNotDuplicated();
    void fault4_killAfterSendingIsLookedForNotResent();
    void fault4_lookAlikeOrderDoesNotHideTheLostOne();
    void fault4_possiblySentNotFoundWaitsForTheUser();
    void fault4_sendAgainWhoseAnswerIsLostIsLookedForAgain();
    void fault5_editAndDeleteWhileCreateIsInFlight();
    void fault6_serverPagesNeverClobberPendingChanges();
    void fault6_olderAnswerNeverReplacesNewer();
    void fault6_olderPageShowsTheNewerRow();
    void fault6_fetchedDetailShowsUnsentChanges();
    void fault6_listRowsWithoutATimeStillShowColleaguesChanges();
    void fault7_transientStopIsRetriedByItself();
    void fault7_aChangeTheServerAlwaysFailsIsSetAside();

private:
    WriteResult write(const std::function<void(OrderWriter::Callback)> &start);
    QList<OutboxEntry> outbox();
    bool waitForEmptyOutbox();
    /// Another dispatcher's client on the same server.
    ApiClient &other();
    /// The base of a change made in a dialog showing the server's current detail.
    QJsonObject seenOnServer(const QString &id, const WorkOrderPatch &patch);
    int serverOrdersDescribed(const QString &description);
    /// A new order whose answer was lost and that the server does not have, as Needs
    /// Attention shows it after a pass looked for it: its seq, or 0.
    qint64 possiblySentNotOnTheServer(const QString &description);

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<WriterServices> m_services; // made again after a restart
    QList<WorkOrderSummary> m_cached;
    std::unique_ptr<ApiClient> m_other;
};

void TestWritePath::init()
{
    m_fixture = std::make_unique<SyncFixture>(kOrders);
    QVERIFY(m_fixture->startSynced());
    m_cached = allCachedOrders(m_fixture->store());
    QCOMPARE(m_cached.size(), kOrders);
    m_services = std::make_unique<WriterServices>(*m_fixture);
}

void TestWritePath::cleanup()
{
    m_other.reset();
    m_services.reset();
    m_fixture.reset();
}

WriteResult TestWritePath::write(const std::function<void(OrderWriter::Callback)> &start)
{
    return await<WriteResult>(start);
}

QList<OutboxEntry> TestWritePath::outbox()
{
    auto listed = await<CacheResult<QList<OutboxEntry>>>(
        [&](auto done) { m_fixture->store().listOutbox(std::nullopt, nullptr, done); });
    return listed.isOk() ? listed.value() : QList<OutboxEntry>{};
}

bool TestWritePath::waitForEmptyOutbox()
{
    return QTest::qWaitFor([&] { return outbox().isEmpty(); }, kWaitMs);
}

ApiClient &TestWritePath::other()
{
    if (!m_other)
        m_other = connectedClient(*m_fixture->server(), quickRetries());
    return *m_other;
}

QJsonObject TestWritePath::seenOnServer(const QString &id, const WorkOrderPatch &patch)
{
    const auto order = serverOrder(m_fixture->client(), id);
    return order.isOk() ? OrderWriter::seenValues(order.value(), true, patch) : QJsonObject();
}

qint64 TestWritePath::possiblySentNotOnTheServer(const QString &description)
{
    NewWorkOrder order;
    order.customerId = m_cached.first().customer.id;
    order.description = description;
    const qint64 seq = queuePossiblySentCreate(m_fixture->store(), order);
    if (seq == 0)
        return 0;
    QSignalSpy attention(&m_services->replayer(), &OutboxReplayer::needsAttention);
    m_services->replayer().replay();
    return attention.wait(kWaitMs) ? seq : 0;
}

int TestWritePath::serverOrdersDescribed(const QString &description)
{
    int found = 0;
    for (const WorkOrderSummary &order : allServerOrders(m_fixture->client())) {
        const auto detail = serverOrder(m_fixture->client(), order.id);
        if (detail.isOk() && detail.value().description == description)
            ++found;
    }
    return found;
}

// --- 1 ----------------------------------------------------------------------------------

void TestWritePath::fault1_queuedCustomerChangeReachesServer()
{
    const WorkOrderSummary target = m_cached.at(3);
    const auto other = std::find_if(m_cached.begin(), m_cached.end(), [&](const auto &o) {
        return o.customer.id != target.customer.id;
    });
    QVERIFY(other != m_cached.end());
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch patch;
    patch.setCustomerId(other->customer.id);
    patch.setContactId({}); // the old customer's contact cannot stay
    const QJsonObject seen = seenOnServer(target.id, patch);
    const WriteResult queued = write(
        [&](auto done) { m_services->writer().update(target.id, patch, seen, nullptr, done); });
    QCOMPARE(int(queued.outcome), int(Outcome::Queued));
    QVERIFY(queued.order);
    QCOMPARE(queued.order->customer.id, other->customer.id); // shown at once, pending

    m_services->monitor().setForcedOffline(false);
    QVERIFY(waitForEmptyOutbox());
    const WorkOrder onServer = serverOrder(m_fixture->client(), target.id).value();
    QCOMPARE(onServer.customer.id, other->customer.id);
    QVERIFY(!onServer.contact);
    // The row is the server's copy again, with the new customer.
    QCOMPARE(cachedOrder(m_fixture->store(), target.id)->order.customer.id, other->customer.id);
}

// --- 2 ----------------------------------------------------------------------------------

void TestWritePath::fault2_quickActionOnAnOlderRowAsksFirst()
{
    const WorkOrderSummary row = m_cached.at(5); // the table row, as the dispatcher sees it
    // A colleague changes the status; this computer even caches the newer detail meanwhile.
    WorkOrderPatch theirs;
    theirs.setPriority(row.priority == Priority::Low ? Priority::High : Priority::Low);
    const auto changed = await<ApiResult<WorkOrder>>(
        [&](auto done) { other().updateWorkOrder(row.id, theirs, nullptr, done); });
    QVERIFY(changed.isOk());
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertWorkOrder(changed.value(), nullptr, done); }));

    // The quick action starts from the row shown, older than the cached detail.
    WorkOrderPatch mine;
    mine.setPriority(Priority::Urgent);
    const WriteResult result = write([&](auto done) {
        m_services->writer().update(
            row.id, mine, OrderWriter::seenValues(asOrder(row), false, mine), nullptr, done);
    });
    QCOMPARE(int(result.outcome), int(Outcome::Conflict));
    QVERIFY(result.conflict);
    QCOMPARE(result.conflict->fields.first().field, u"priority"_s);
    QCOMPARE(serverOrder(m_fixture->client(), row.id).value().priority, changed.value().priority);
}

// A list row holds no notes: an edit of them made from it has no earlier value to compare,
// and the server's (a colleague's) notes are shown, not overwritten.
void TestWritePath::fault2_unknownEarlierValueIsAQuestionNotAPass()
{
    const WorkOrderSummary row = m_cached.at(6);
    QVERIFY(!cachedOrder(m_fixture->store(), row.id)->hasDetail);
    WorkOrderPatch theirs;
    theirs.setNotes(u"A colleague's notes"_s);
    QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                other().updateWorkOrder(row.id, theirs, nullptr, done);
            }).isOk());
    WorkOrderPatch mine;
    mine.setNotes(u"Mine, typed over a list row"_s);
    const QJsonObject base = OrderWriter::seenValues(asOrder(row), false, mine);
    QVERIFY(!base.contains(u"notes"_s)); // not known here
    const WriteResult result =
        write([&](auto done) { m_services->writer().update(row.id, mine, base, nullptr, done); });
    QCOMPARE(int(result.outcome), int(Outcome::Conflict));
    QVERIFY(result.conflict);
    QCOMPARE(result.conflict->fields.size(), 1);
    QVERIFY(!result.conflict->fields.first().baseKnown);
    QCOMPARE(serverOrder(m_fixture->client(), row.id).value().notes, u"A colleague's notes"_s);
}

// --- 3 ----------------------------------------------------------------------------------

void TestWritePath::fault3_staleNotesUnderANewerListRowConflict()
{
    const WorkOrderSummary target = m_cached.at(7);
    // The detail is cached (notes as they were) ...
    const WorkOrder before = serverOrder(m_fixture->client(), target.id).value();
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertWorkOrder(before, nullptr, done); }));
    // ... a colleague changes the notes and the priority ...
    WorkOrderPatch theirs;
    theirs.setNotes(u"Colleague's newer notes"_s);
    theirs.setPriority(before.priority == Priority::Low ? Priority::High : Priority::Low);
    QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                other().updateWorkOrder(target.id, theirs, nullptr, done);
            }).isOk());
    // ... and a list page (no notes in it) brings the newer version over the held detail.
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
        m_fixture->store().upsertSummaries(allServerOrders(m_fixture->client()), nullptr, done);
    }));
    const auto cached = cachedOrder(m_fixture->store(), target.id);
    QVERIFY(cached && cached->hasDetail);
    QCOMPARE(cached->order.notes, before.notes); // the stale notes the dialog would show

    // Offline, the dispatcher edits those notes.
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch mine;
    mine.setNotes(u"Mine, written over the old notes"_s);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(target.id, mine,
                                                 OrderWriter::seenValues(cached->order, true, mine),
                                                 nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    QSignalSpy conflicts(&m_services->replayer(), &OutboxReplayer::conflictDetected);
    m_services->monitor().setForcedOffline(false);
    QVERIFY(conflicts.wait(kWaitMs));
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().notes,
             u"Colleague's newer notes"_s);
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().first().state, OutboxEntry::State::Conflict);
}

// --- 4 ----------------------------------------------------------------------------------

void TestWritePath::fault4_lostCreateAnswerIsAdoptedNotDuplicated()
{
    NewWorkOrder order;
    order.customerId = m_cached.first().customer.id;
    order.description = u"Created once, answer lost"_s;
    order.workOrderType = u"repair"_s;
    m_fixture->server()->loseNextWriteAnswers(1);
    const WriteResult result =
        write([&](auto done) { m_services->writer().create(order, nullptr, done); });
    QVERIFY(result.isSaved()); // kept: the outcome is unknown, nothing is lost
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrdersDescribed(order.description), 1);
    // The local row became the server's order.
    const QList<WorkOrderSummary> rows = allCachedOrders(m_fixture->store());
    const auto local = std::find_if(rows.begin(), rows.end(),
                                    [](const auto &o) { return OutboxEntry::isLocalId(o.id); });
    QVERIFY(local == rows.end());
    QCOMPARE(rows.size(), kOrders + 1);
}

// A colleague's order for the same customer and time, made just before, comes first in the
// list: every candidate's detail is looked at, not only the first.
void TestWritePath::fault4_lookAlikeOrderDoesNotHideTheLostOne()
{
    NewWorkOrder order;
    order.customerId = m_cached.first().customer.id;
    order.scheduledDate = QDateTime(QDate(2026, 3, 5), QTime(8, 0), Qt::UTC);
    order.workOrderType = u"repair"_s;
    NewWorkOrder lookAlike = order;
    lookAlike.description = u"A colleague's, same time"_s;
    order.description = u"Mine, answer lost"_s;
    QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                other().createWorkOrder(lookAlike, nullptr, done);
            }).isOk());

    m_fixture->server()->loseNextWriteAnswers(1);
    QVERIFY(write([&](auto done) { m_services->writer().create(order, nullptr, done); }).isSaved());
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrdersDescribed(order.description), 1);
    QCOMPARE(serverOrdersDescribed(lookAlike.description), 1);
}

void TestWritePath::fault4_killAfterSendingIsLookedForNotResent()
{
    NewWorkOrder order;
    order.customerId = m_cached.first().customer.id;
    order.description = u"Sent just before the kill"_s;
    order.scheduledDate = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    // The last run committed the create, marked it as sending, and the POST arrived; then the
    // process was killed before the answer was recorded.
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Create;
    entry.orderId = OutboxEntry::newLocalId();
    entry.newOrder = order;
    const auto stored = await<CacheResult<OutboxWrite>>(
        [&](auto done) { m_fixture->store().enqueueOutbox(entry, nullptr, done); });
    QVERIFY(stored.isOk());
    QVERIFY(await<CacheResult<bool>>([&](auto done) {
                m_fixture->store().markOutboxSending(stored.value().entry.seq, nullptr, done);
            }).value());
    QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                other().createWorkOrder(order, nullptr, done);
            }).isOk());

    m_services.reset();
    QVERIFY(m_fixture->reopenCache());
    QCOMPARE(outbox().first().state, OutboxEntry::State::PossiblySent);
    m_services = std::make_unique<WriterServices>(*m_fixture);
    m_services->replayer().replay();
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrdersDescribed(order.description), 1);
}

void TestWritePath::fault4_possiblySentNotFoundWaitsForTheUser()
{
    const QString description = u"Never arrived"_s;
    const qint64 seq = possiblySentNotOnTheServer(description);
    QVERIFY(seq > 0);
    QCOMPARE(serverOrdersDescribed(description), 0); // not sent blindly
    QCOMPARE(outbox().size(), 1);
    QVERIFY(outbox().first().isWaitingForUser());
    QVERIFY(!outbox().first().errorMessage.isEmpty());

    // The user says "send again".
    m_services->replayer().retry(seq);
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrdersDescribed(description), 1);
}

// "Send again" is good for one send: when that answer is lost too, the order is looked for
// (and found) on the server, not sent a third time.
void TestWritePath::fault4_sendAgainWhoseAnswerIsLostIsLookedForAgain()
{
    const QString description = u"Lost twice"_s;
    const qint64 seq = possiblySentNotOnTheServer(description);
    QVERIFY(seq > 0);

    m_fixture->server()->loseNextWriteAnswers(1);
    m_services->replayer().retry(seq);
    QVERIFY(waitForEmptyOutbox()); // the lost answer's order was found and adopted
    QCOMPARE(serverOrdersDescribed(description), 1);
}

// --- 5 ----------------------------------------------------------------------------------

void TestWritePath::fault5_editAndDeleteWhileCreateIsInFlight()
{
    sandbox::Faults slow;
    slow.latencyMs = 400; // the POST stays in flight while the dispatcher goes on
    m_fixture->server()->setFaults(slow);
    NewWorkOrder first;
    first.customerId = m_cached.first().customer.id;
    first.description = u"Edited while in flight"_s;
    NewWorkOrder second = first;
    second.description = u"Deleted while in flight"_s;

    QStringList localIds;
    QHash<QString, WorkOrder> localRows; // as the table shows them
    connect(&m_services->writer(), &OrderWriter::orderChanged, this,
            [&](const WorkOrder &order, const QString &) {
                if (OutboxEntry::isLocalId(order.id) && !localIds.contains(order.id)) {
                    localIds.append(order.id);
                    localRows.insert(order.id, order);
                }
            });
    // The POST has left (its entry is marked sending) when the dispatcher goes on.
    const auto createInFlight = [this](const QString &localId) {
        const QList<OutboxEntry> entries = outbox();
        return std::any_of(entries.cbegin(), entries.cend(), [&](const OutboxEntry &entry) {
            return entry.kind == OutboxEntry::Kind::Create && entry.orderId == localId &&
                   entry.state == OutboxEntry::State::Sending;
        });
    };
    m_services->writer().create(first, nullptr, [](WriteResult) {});
    QTRY_COMPARE_WITH_TIMEOUT(localIds.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(createInFlight(localIds.at(0)), kWaitMs);
    WorkOrderPatch notes;
    notes.setNotes(u"Added while its create was on its way"_s);
    m_services->writer().update(
        localIds.at(0), notes,
        OrderWriter::seenValues(localRows.value(localIds.at(0)), true, notes), nullptr,
        [](WriteResult) {});
    QVERIFY(waitForEmptyOutbox());

    m_services->writer().create(second, nullptr, [](WriteResult) {});
    QTRY_COMPARE_WITH_TIMEOUT(localIds.size(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(createInFlight(localIds.at(1)), kWaitMs);
    m_services->writer().remove(localIds.at(1), nullptr, [](WriteResult) {});

    m_fixture->server()->setFaults({});
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrdersDescribed(second.description), 0); // created, then deleted
    bool found = false;
    for (const WorkOrderSummary &order : allServerOrders(m_fixture->client())) {
        const WorkOrder detail = serverOrder(m_fixture->client(), order.id).value();
        if (detail.description == first.description) {
            found = true;
            QCOMPARE(detail.notes, notes.toJson().value(u"notes"_s).toString());
        }
    }
    QVERIFY(found);
    // Nothing of either stays behind locally: the deleted one is not back from its answer.
    for (const WorkOrderSummary &row : allCachedOrders(m_fixture->store())) {
        QVERIFY(!OutboxEntry::isLocalId(row.id));
        QVERIFY(cachedOrder(m_fixture->store(), row.id)->order.description != second.description);
    }
}

// --- 6 ----------------------------------------------------------------------------------

void TestWritePath::fault6_serverPagesNeverClobberPendingChanges()
{
    const WorkOrderSummary edited = m_cached.at(10);
    const WorkOrderSummary deleted = m_cached.at(11);
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch patch;
    patch.setPriority(edited.priority == Priority::Urgent ? Priority::Low : Priority::Urgent);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(
                         edited.id, patch, OrderWriter::seenValues(asOrder(edited), false, patch),
                         nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().remove(deleted.id, nullptr, done);
                 }).outcome),
             int(Outcome::Queued));

    // A page written through (a sync batch, an older page still in flight) brings both back
    // as the server has them: the unsent changes stay shown, the deleted order stays hidden.
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
        m_fixture->store().upsertSummaries(allServerOrders(m_fixture->client()), nullptr, done);
    }));
    const WorkOrder detail = serverOrder(m_fixture->client(), edited.id).value();
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertWorkOrder(detail, nullptr, done); }));
    QCOMPARE(cachedOrder(m_fixture->store(), edited.id)->order.priority,
             *priorityFromApi(patch.toJson().value(u"priority"_s).toString()));
    QVERIFY(!cachedOrder(m_fixture->store(), deleted.id));

    // Sent: the server has both, and the rows follow it.
    m_services->monitor().setForcedOffline(false);
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(priorityToApi(serverOrder(m_fixture->client(), edited.id).value().priority),
             patch.toJson().value(u"priority"_s).toString());
    QVERIFY(!serverOrder(m_fixture->client(), deleted.id).isOk());
    QVERIFY(!cachedOrder(m_fixture->store(), deleted.id));
}

void TestWritePath::fault6_olderAnswerNeverReplacesNewer()
{
    const WorkOrderSummary target = m_cached.at(12);
    const WorkOrder older = serverOrder(m_fixture->client(), target.id).value();
    WorkOrderPatch patch;
    patch.setNotes(u"Newer than the page in flight"_s);
    const WriteResult sent = write([&](auto done) {
        m_services->writer().update(target.id, patch, seenOnServer(target.id, patch), nullptr,
                                    done);
    });
    QCOMPARE(int(sent.outcome), int(Outcome::Sent));
    // The page (and detail) fetched before the PUT arrive after its answer.
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertSummaries({older}, nullptr, done); }));
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertWorkOrder(older, nullptr, done); }));
    const auto cached = cachedOrder(m_fixture->store(), target.id);
    QCOMPARE(cached->order.notes, u"Newer than the page in flight"_s);
    QVERIFY(cached->order.updatedAt >= sent.order->updatedAt);
}

// The table gets a page as the cache holds it: a page that left the server before the answer
// to the user's own PUT shows the newer row, not its own older one.
void TestWritePath::fault6_olderPageShowsTheNewerRow()
{
    const WorkOrderSummary older = m_cached.at(15);
    WorkOrderPatch patch;
    patch.setPriority(older.priority == Priority::Urgent ? Priority::Low : Priority::Urgent);
    const WriteResult sent = write([&](auto done) {
        m_services->writer().update(older.id, patch, seenOnServer(older.id, patch), nullptr, done);
    });
    QCOMPARE(int(sent.outcome), int(Outcome::Sent));
    QTRY_VERIFY_WITH_TIMEOUT(
        cachedOrder(m_fixture->store(), older.id)->order.updatedAt > older.updatedAt, kWaitMs);
    const auto shown = await<CacheResult<QList<WorkOrderSummary>>>(
        [&](auto done) { m_fixture->store().writeThroughPage({older}, nullptr, done); });
    QVERIFY(shown.isOk());
    QCOMPARE(shown.value().size(), 1);
    QCOMPARE(priorityToApi(shown.value().first().priority),
             patch.toJson().value(u"priority"_s).toString());
}

// The details pane, online, reads the order through the write-through: it shows a change not
// yet sent, as the table does, not the server's value.
void TestWritePath::fault6_fetchedDetailShowsUnsentChanges()
{
    const WorkOrderSummary target = m_cached.at(16);
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch patch;
    patch.setNotes(u"Not sent yet"_s);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(target.id, patch, seenOnServer(target.id, patch),
                                                 nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    WriteThrough writeThrough(&m_fixture->store());
    const auto shown = await<ApiResult<WorkOrder>>([&](auto done) {
        writeThrough.fetchDetail(&m_fixture->client(), target.id, nullptr, done);
    });
    QVERIFY(shown.isOk());
    QCOMPARE(shown.value().notes, u"Not sent yet"_s);
    QVERIFY(!shown.value().description.isEmpty()); // the rest of the detail is the server's
    QCOMPARE(shown.value().description,
             serverOrder(m_fixture->client(), target.id).value().description);
}

// The vendor's list rows carry no updated_at: they cannot be compared with a held detail, so
// arrival order decides. Refusing them would freeze the row at the detail's version.
void TestWritePath::fault6_listRowsWithoutATimeStillShowColleaguesChanges()
{
    const WorkOrderSummary target = m_cached.at(13);
    const WorkOrder detail = serverOrder(m_fixture->client(), target.id).value();
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertWorkOrder(detail, nullptr, done); }));
    const Priority theirs = detail.priority == Priority::Urgent ? Priority::Low : Priority::Urgent;
    WorkOrderPatch colleague;
    colleague.setPriority(theirs);
    QVERIFY(await<ApiResult<WorkOrder>>([&](auto done) {
                other().updateWorkOrder(target.id, colleague, nullptr, done);
            }).isOk());
    WorkOrderSummary listed = serverOrder(m_fixture->client(), target.id).value();
    listed.updatedAt = QDateTime(); // as the vendor's reference lists them
    QVERIFY(await<CacheResult<CacheDone>>(
        [&](auto done) { m_fixture->store().upsertSummaries({listed}, nullptr, done); }));
    const auto cached = cachedOrder(m_fixture->store(), target.id);
    QVERIFY(cached && cached->hasDetail);
    QCOMPARE(cached->order.priority, theirs);
    QCOMPARE(cached->order.description, detail.description); // the detail is kept
}

// --- 7 ----------------------------------------------------------------------------------

void TestWritePath::fault7_transientStopIsRetriedByItself()
{
    const WorkOrderSummary target = m_cached.at(14);
    WorkOrderPatch patch;
    patch.setNotes(u"Through a busy server"_s);
    const QJsonObject seen = seenOnServer(target.id, patch);
    // The server answers 500 (not "unreachable": the window stays online) long enough to stop
    // the pass; nothing else happens afterwards that could start another one.
    m_fixture->server()->failNext(8, 500);
    const WriteResult result = write(
        [&](auto done) { m_services->writer().update(target.id, patch, seen, nullptr, done); });
    QCOMPARE(int(result.outcome), int(Outcome::Queued));
    QVERIFY(m_services->monitor().isOnline());
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().notes, u"Through a busy server"_s);

    // A 429 with Retry-After: the retry waits as long as the server asked.
    patch.setNotes(u"Through a rate limit"_s);
    const QJsonObject seenAgain = seenOnServer(target.id, patch);
    m_fixture->server()->failNext(8, 429, 2);
    // The pause is the replayer's own: from the pass the 429 stopped to the next one.
    QElapsedTimer clock;
    clock.start();
    qint64 stoppedAt = -1;
    qint64 resumedAfter = -1;
    connect(&m_services->replayer(), &OutboxReplayer::replayFinished, this,
            [&](const ReplayReport &report) {
                if (report.stoppedBy.httpStatus() == 429)
                    stoppedAt = clock.elapsed();
            });
    connect(&m_services->replayer(), &OutboxReplayer::replayStarted, this, [&] {
        if (stoppedAt >= 0 && resumedAfter < 0)
            resumedAfter = clock.elapsed() - stoppedAt;
    });
    const WriteResult limited = write([&](auto done) {
        m_services->writer().update(target.id, patch, seenAgain, nullptr, done);
    });
    QVERIFY(limited.isSaved());
    QVERIFY(waitForEmptyOutbox());
    QVERIFY2(stoppedAt >= 0, "the rate limit never stopped a pass");
    QVERIFY2(resumedAfter >= 1900, qPrintable(QString::number(resumedAfter)));
    QCOMPARE(serverOrder(m_fixture->client(), target.id).value().notes, u"Through a rate limit"_s);
}

// A server that answers 500 to one change every time must not hold back the changes behind
// it: after a few tries that change waits in Needs Attention, kept, and the next one is sent.
void TestWritePath::fault7_aChangeTheServerAlwaysFailsIsSetAside()
{
    const WorkOrderSummary first = m_cached.at(17);
    const WorkOrderSummary second = m_cached.at(18);
    m_services->monitor().setForcedOffline(true);
    WorkOrderPatch failing;
    failing.setNotes(u"The server fails this one"_s);
    WorkOrderPatch fine;
    fine.setNotes(u"This one goes through"_s);
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(first.id, failing, seenOnServer(first.id, failing),
                                                 nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    QCOMPARE(int(write([&](auto done) {
                     m_services->writer().update(second.id, fine, seenOnServer(second.id, fine),
                                                 nullptr, done);
                 }).outcome),
             int(Outcome::Queued));
    // Five passes, each stopped at the first entry's check (a GET and its retries).
    m_fixture->server()->failNext(5 * quickRetries().maxAttempts, 500);
    QSignalSpy attention(&m_services->replayer(), &OutboxReplayer::needsAttention);
    m_services->monitor().setForcedOffline(false);
    QVERIFY(attention.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(outbox().size(), 1, kWaitMs);
    const OutboxEntry kept = outbox().first();
    QCOMPARE(kept.orderId, first.id);
    QCOMPARE(int(kept.state), int(OutboxEntry::State::NeedsAttention));
    QVERIFY(!kept.errorMessage.isEmpty());
    QCOMPARE(serverOrder(m_fixture->client(), second.id).value().notes, u"This one goes through"_s);
    // Once the server works again, Retry sends it.
    m_services->replayer().retry(kept.seq);
    QVERIFY(waitForEmptyOutbox());
    QCOMPARE(serverOrder(m_fixture->client(), first.id).value().notes,
             u"The server fails this one"_s);
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
