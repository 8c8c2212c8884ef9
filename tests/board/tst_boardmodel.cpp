// BoardModel against an in-process fentu-sandbox and a real cache, through the window's own
// page source (server written through to the cache, the cache offline) and the one write path:
// a span's orders on technician rows, a move in time and across rows changing exactly those
// fields on the server, the same offline landing in the outbox and replaying, a refused move
// snapping back with the server's reason, undo, filters, and another dispatcher's change seen
// on the next re-read.
#include "board/boardmodel.h"
#include "pages/switchingpagesource.h"
#include "sync/lookuploader.h"
#include "synctestsupport.h"
#include "writerservices.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

// Far from the sandbox's seeded orders (±60 days around its anchor in March 2026): the span
// holds only the orders a test creates.
const QDate kDay(2031, 6, 10);

QDateTime at(int hour, int minute = 0, int dayOffset = 0)
{
    return QDateTime(kDay.addDays(dayOffset), QTime(hour, minute), Qt::LocalTime);
}

QString technicianOf(const WorkOrderSummary &order)
{
    return order.technician ? order.technician->id : QString();
}

} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void loadsEveryPageOfTheSpanOntoRows();
    void dragInTimeChangesOnlyTheScheduledDate();
    void dragAcrossRowsChangesOnlyTheTechnician();
    void aMultiSelectionMovesTogetherAndUndoPutsItBack();
    void trayAssignsAndUnassigns();
    void refusedMoveSnapsBackWithTheServersReason();
    void aPartlyRefusedMoveLeavesNothingHalfMoved();
    void aConflictKeepsTheirVersionAndPutsTheRestBack();
    void anOrderTheMoveTookOffTheBoardIsPutBackToo();
    void undoLeavesAnOrderMovedSinceAlone();
    void offlineMoveWaitsInTheOutboxAndIsSentLater();
    void anotherDispatchersChangeShowsOnTheNextReRead();
    void otherDaysAreNotMarkedAsChangedElsewhere();
    void anOrderBecomesLateAsTimePasses();
    void statusAndCustomerFiltersApply();
    void shownTechniciansNarrowTheRows();
    void aChangeDuringALoadIsNotUndoneByIt();
    void anOrderFromTheEveningBeforeThatRunsIntoTheSpanIsShown();
    void ordersWithoutDateOrTechnicianWaitAndAreScheduledByADrop();

private:
    WorkOrderSummary create(const QDateTime &start, int minutes, const QString &technicianId,
                            const QString &customerId = {});
    /// Another dispatcher's change, straight to the server; true when it took.
    bool changeOnServer(const QString &id, const WorkOrderPatch &patch);
    bool setStatus(const QString &id, Status status);
    void loadSpan(int days = 1);
    void awaitMove();

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<WriterServices> m_services; // with the window's page source
    std::unique_ptr<LookupLoader> m_lookups;
    std::unique_ptr<BoardModel> m_board;
    QList<Technician> m_technicians; // active ones, from the server
    QList<Customer> m_customers;
    QString m_lastMoveMessage;
};

void TestBoardModel::init()
{
    m_fixture = std::make_unique<SyncFixture>(30);
    QVERIFY(m_fixture->startServer());
    QVERIFY(m_fixture->openCache());
    m_services = std::make_unique<WriterServices>(*m_fixture);
    // The source first: of the two that follow the monitor, it hears of a switch first.
    SwitchingPageSource &pages = m_services->pageSource();
    m_lookups = std::make_unique<LookupLoader>(&m_fixture->client(), &m_fixture->store());
    m_lookups->setMonitor(&m_services->monitor());
    m_board = std::make_unique<BoardModel>(&pages, m_lookups.get(), &m_services->writer());
    m_board->setClock([] { return at(6); }); // the morning of the day: nothing is late yet

    const auto technicians = await<LookupLoader::Result<Technician>>(
        [&](auto done) { m_lookups->technicians(nullptr, done); });
    for (const Technician &technician : technicians.items) {
        if (technician.active)
            m_technicians.append(technician);
    }
    QVERIFY(m_technicians.size() >= 3);
    const auto customers = await<LookupLoader::Result<Customer>>(
        [&](auto done) { m_lookups->customers(nullptr, done); });
    m_customers = customers.items;
    QVERIFY(m_customers.size() >= 2);
}

void TestBoardModel::cleanup()
{
    m_board.reset();
    m_lookups.reset();
    m_services.reset();
    m_fixture.reset();
    m_technicians.clear();
    m_customers.clear();
}

WorkOrderSummary TestBoardModel::create(const QDateTime &start, int minutes,
                                        const QString &technicianId, const QString &customerId)
{
    NewWorkOrder order;
    order.customerId = customerId.isEmpty() ? m_customers.first().id : customerId;
    order.workOrderType = u"repair"_s;
    order.scheduledDate = start.toUTC();
    order.estimatedDuration = minutes;
    order.technicianId = technicianId;
    const auto made = await<ApiResult<WorkOrder>>(
        [&](auto done) { m_fixture->client().createWorkOrder(order, nullptr, done); });
    if (!made.isOk())
        qFatal("create failed: %s", qPrintable(made.error().technicalDetail()));
    return made.value();
}

bool TestBoardModel::changeOnServer(const QString &id, const WorkOrderPatch &patch)
{
    return await<ApiResult<WorkOrder>>([&](auto done) {
               m_fixture->client().updateWorkOrder(id, patch, nullptr, done);
           }).isOk();
}

bool TestBoardModel::setStatus(const QString &id, Status status)
{
    WorkOrderPatch patch;
    patch.setStatus(status);
    return changeOnServer(id, patch);
}

void TestBoardModel::loadSpan(int days)
{
    QSignalSpy loading(m_board.get(), &BoardModel::loadingChanged);
    BoardSpan span;
    span.firstDay = kDay;
    span.days = days;
    if (m_board->span().firstDay == kDay && m_board->span().days == days)
        m_board->reload();
    else
        m_board->setSpan(span);
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QVERIFY(!loading.isEmpty());
    QCOMPARE(m_board->loadError(), QString());
}

void TestBoardModel::awaitMove()
{
    QSignalSpy finished(m_board.get(), &BoardModel::moveFinished);
    QVERIFY(finished.wait(kWaitMs));
    m_lastMoveMessage = finished.first().first().toString();
}

void TestBoardModel::loadsEveryPageOfTheSpanOntoRows()
{
    // 130 orders: two pages of 100. Two technicians share them, a third has none, ten wait
    // in the tray; the next day's orders stay off a one-day board.
    for (int i = 0; i < 120; ++i)
        create(at(7 + (i % 12), (i / 12) * 5), 30, m_technicians[i % 2].id);
    for (int i = 0; i < 10; ++i)
        create(at(8 + i), 60, QString());
    create(at(9, 0, 1), 60, m_technicians[0].id);
    loadSpan();

    int bars = 0;
    for (const BoardRow &row : m_board->rows())
        bars += int(row.bars.size());
    QCOMPARE(bars, 130);
    QVERIFY(m_board->rows().first().unassigned);
    QCOMPARE(m_board->rows().first().bars.size(), 10);
    int technicianRows = 0;
    for (const BoardRow &row : m_board->rows()) {
        if (row.unassigned)
            continue;
        ++technicianRows;
        const bool busy = row.technician.id == m_technicians[0].id ||
                          row.technician.id == m_technicians[1].id;
        QCOMPARE(row.bars.size(), busy ? 60 : 0);
    }
    QCOMPARE(technicianRows, int(m_technicians.size())); // every active one has a row

    // Written through: the same board offline comes from the cache.
    m_services->monitor().setForcedOffline(true);
    loadSpan();
    bars = 0;
    for (const BoardRow &row : m_board->rows())
        bars += int(row.bars.size());
    QCOMPARE(bars, 130);
}

void TestBoardModel::dragInTimeChangesOnlyTheScheduledDate()
{
    const WorkOrderSummary order = create(at(9), 60, m_technicians[0].id);
    loadSpan();
    const WorkOrder before = orderOn(m_fixture->client(), order.id);

    m_board->move({{order.id}, 90 * 60, std::nullopt});
    awaitMove();
    QCOMPARE(m_lastMoveMessage, QString());

    const WorkOrder after = orderOn(m_fixture->client(), order.id);
    QCOMPARE(after.scheduledDate, at(10, 30).toUTC());
    QCOMPARE(technicianOf(after), technicianOf(before));
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.estimatedDuration, before.estimatedDuration);
    QCOMPARE(after.customer.id, before.customer.id);
    QCOMPARE(after.notes, before.notes);
    QCOMPARE(after.description, before.description);
    int row = -1;
    const BoardBar *bar = m_board->bar(order.id, &row);
    QVERIFY(bar);
    QCOMPARE(bar->start, at(10, 30).toUTC());
}

void TestBoardModel::dragAcrossRowsChangesOnlyTheTechnician()
{
    const WorkOrderSummary order = create(at(9), 60, m_technicians[0].id);
    loadSpan();
    const WorkOrder before = orderOn(m_fixture->client(), order.id);

    m_board->move({{order.id}, 0, m_technicians[1].id});
    awaitMove();

    const WorkOrder after = orderOn(m_fixture->client(), order.id);
    QCOMPARE(technicianOf(after), m_technicians[1].id);
    QCOMPARE(after.scheduledDate, before.scheduledDate);
    QCOMPARE(after.status, before.status);
    int row = -1;
    QVERIFY(m_board->bar(order.id, &row));
    QCOMPARE(m_board->rows()[row].technician.id, m_technicians[1].id);
}

void TestBoardModel::aMultiSelectionMovesTogetherAndUndoPutsItBack()
{
    const WorkOrderSummary a = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary b = create(at(13), 60, m_technicians[1].id);
    loadSpan();
    QVERIFY(!m_board->canUndo());

    m_board->move({{a.id, b.id}, 15 * 60, m_technicians[2].id});
    awaitMove();
    QCOMPARE(orderOn(m_fixture->client(), a.id).scheduledDate, at(9, 15).toUTC());
    QCOMPARE(orderOn(m_fixture->client(), b.id).scheduledDate, at(13, 15).toUTC());
    QCOMPARE(technicianOf(orderOn(m_fixture->client(), a.id)), m_technicians[2].id);
    QCOMPARE(technicianOf(orderOn(m_fixture->client(), b.id)), m_technicians[2].id);
    QVERIFY(m_board->canUndo());

    m_board->undo();
    awaitMove();
    QVERIFY(!m_board->canUndo());
    QCOMPARE(orderOn(m_fixture->client(), a.id).scheduledDate, at(9).toUTC());
    QCOMPARE(orderOn(m_fixture->client(), b.id).scheduledDate, at(13).toUTC());
    QCOMPARE(technicianOf(orderOn(m_fixture->client(), a.id)), m_technicians[0].id);
    QCOMPARE(technicianOf(orderOn(m_fixture->client(), b.id)), m_technicians[1].id);
}

void TestBoardModel::trayAssignsAndUnassigns()
{
    const WorkOrderSummary waiting = create(at(11), 45, QString());
    QCOMPARE(waiting.status, Status::Open);
    loadSpan();
    QCOMPARE(m_board->rows().first().bars.size(), 1);

    m_board->move({{waiting.id}, 60 * 60, m_technicians[0].id});
    awaitMove();
    WorkOrder after = orderOn(m_fixture->client(), waiting.id);
    QCOMPARE(technicianOf(after), m_technicians[0].id);
    QCOMPARE(after.scheduledDate, at(12).toUTC());
    QCOMPARE(after.status, Status::Assigned); // given to someone
    QVERIFY(m_board->rows().first().bars.isEmpty());

    m_board->move({{waiting.id}, 0, QString()}); // back to the tray
    awaitMove();
    after = orderOn(m_fixture->client(), waiting.id);
    QVERIFY(!after.technician || after.technician->id.isEmpty());
    QCOMPARE(after.status, Status::Open); // waiting for someone again
    QCOMPARE(m_board->rows().first().bars.size(), 1);
}

void TestBoardModel::refusedMoveSnapsBackWithTheServersReason()
{
    const WorkOrderSummary order = create(at(9), 60, m_technicians[0].id);
    loadSpan();

    m_board->move({{order.id}, 30 * 60, u"no-such-technician"_s});
    awaitMove();
    QVERIFY2(m_lastMoveMessage.contains(u"Technician not found"_s), qPrintable(m_lastMoveMessage));
    QVERIFY(m_board->refusal(order.id).contains(u"Technician not found"_s));

    // Nothing half-moved: not the time either, on the server or on the board.
    const WorkOrder after = orderOn(m_fixture->client(), order.id);
    QCOMPARE(after.scheduledDate, at(9).toUTC());
    QCOMPARE(technicianOf(after), m_technicians[0].id);
    int row = -1;
    const BoardBar *bar = m_board->bar(order.id, &row);
    QVERIFY(bar);
    QCOMPARE(bar->start, at(9).toUTC());
    QCOMPARE(m_board->rows()[row].technician.id, m_technicians[0].id);
    // Nothing stays behind in the outbox to block the order's next change.
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->pending().contains(order.id), kWaitMs);

    // Moved again, the reason goes.
    m_board->move({{order.id}, 30 * 60, std::nullopt});
    awaitMove();
    QCOMPARE(m_board->refusal(order.id), QString());
    QCOMPARE(orderOn(m_fixture->client(), order.id).scheduledDate, at(9, 30).toUTC());
}

void TestBoardModel::aPartlyRefusedMoveLeavesNothingHalfMoved()
{
    // Two orders moved together to the tray: the server takes the assigned one and refuses
    // the one in progress (it cannot lose its technician). The one it took goes back too.
    const WorkOrderSummary assigned = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary working = create(at(13), 60, m_technicians[1].id);
    QVERIFY(setStatus(assigned.id, Status::Assigned));
    QVERIFY(setStatus(working.id, Status::InProgress));
    loadSpan();
    const WorkOrder assignedBefore = orderOn(m_fixture->client(), assigned.id);
    QCOMPARE(assignedBefore.status, Status::Assigned);

    m_board->move({{assigned.id, working.id}, 30 * 60, QString()});
    awaitMove();
    QVERIFY2(m_lastMoveMessage.contains(working.number), qPrintable(m_lastMoveMessage));
    QVERIFY2(m_lastMoveMessage.contains(u"put back"_s), qPrintable(m_lastMoveMessage));
    QVERIFY(!m_board->refusal(working.id).isEmpty());

    // On the server: both as they were.
    const WorkOrder assignedAfter = orderOn(m_fixture->client(), assigned.id);
    QCOMPARE(assignedAfter.scheduledDate, at(9).toUTC());
    QCOMPARE(technicianOf(assignedAfter), m_technicians[0].id);
    QCOMPARE(assignedAfter.status, Status::Assigned);
    const WorkOrder workingAfter = orderOn(m_fixture->client(), working.id);
    QCOMPARE(workingAfter.scheduledDate, at(13).toUTC());
    QCOMPARE(technicianOf(workingAfter), m_technicians[1].id);
    QCOMPARE(workingAfter.status, Status::InProgress);
    // On the board: both on their rows at their times, and nothing left to undo.
    int row = -1;
    QVERIFY(m_board->bar(assigned.id, &row));
    QCOMPARE(m_board->rows()[row].technician.id, m_technicians[0].id);
    QCOMPARE(m_board->bar(assigned.id)->start, at(9).toUTC());
    QVERIFY(m_board->bar(working.id, &row));
    QCOMPARE(m_board->rows()[row].technician.id, m_technicians[1].id);
    QVERIFY(!m_board->canUndo());
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->pending().contains(assigned.id), kWaitMs);
}

void TestBoardModel::aConflictKeepsTheirVersionAndPutsTheRestBack()
{
    const WorkOrderSummary mine = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary theirs = create(at(13), 60, m_technicians[0].id);
    loadSpan();
    // Another dispatcher moves one of them; this board has not re-read yet.
    WorkOrderPatch elsewhere;
    elsewhere.setScheduledDate(at(15).toUTC());
    QVERIFY(changeOnServer(theirs.id, elsewhere));

    m_board->move({{mine.id, theirs.id}, 30 * 60, m_technicians[1].id});
    awaitMove();
    QVERIFY2(m_lastMoveMessage.contains(u"someone else"_s), qPrintable(m_lastMoveMessage));
    QVERIFY2(m_lastMoveMessage.contains(u"put back"_s), qPrintable(m_lastMoveMessage));
    // Their version stands, on the server and on the board; nothing waits in the outbox.
    const WorkOrder theirsAfter = orderOn(m_fixture->client(), theirs.id);
    QCOMPARE(theirsAfter.scheduledDate, at(15).toUTC());
    QCOMPARE(technicianOf(theirsAfter), m_technicians[0].id);
    QTRY_VERIFY_WITH_TIMEOUT(m_board->bar(theirs.id) &&
                                 m_board->bar(theirs.id)->start == at(15).toUTC(),
                             kWaitMs);
    QVERIFY(!m_board->refusal(theirs.id).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->pending().contains(theirs.id), kWaitMs);
    // The other order of the move is back where it was.
    const WorkOrder mineAfter = orderOn(m_fixture->client(), mine.id);
    QCOMPARE(mineAfter.scheduledDate, at(9).toUTC());
    QCOMPARE(technicianOf(mineAfter), m_technicians[0].id);
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->pending().contains(mine.id), kWaitMs);
}

void TestBoardModel::anOrderTheMoveTookOffTheBoardIsPutBackToo()
{
    // A day later and to the tray: the assigned order leaves this one-day board (and would be
    // taken); the one in progress is refused. The first must come back all the same.
    const WorkOrderSummary assigned = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary working = create(at(13), 60, m_technicians[1].id);
    QVERIFY(setStatus(assigned.id, Status::Assigned));
    QVERIFY(setStatus(working.id, Status::InProgress));
    loadSpan();

    m_board->move({{assigned.id, working.id}, 24 * 60 * 60, QString()});
    awaitMove();
    QVERIFY2(m_lastMoveMessage.contains(u"put back"_s), qPrintable(m_lastMoveMessage));
    const WorkOrder after = orderOn(m_fixture->client(), assigned.id);
    QCOMPARE(after.scheduledDate, at(9).toUTC());
    QCOMPARE(technicianOf(after), m_technicians[0].id);
    QCOMPARE(after.status, Status::Assigned);
    QTRY_VERIFY_WITH_TIMEOUT(m_board->bar(assigned.id), kWaitMs);
}

void TestBoardModel::undoLeavesAnOrderMovedSinceAlone()
{
    const WorkOrderSummary a = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary b = create(at(11), 60, m_technicians[0].id);
    loadSpan();
    m_board->move({{a.id, b.id}, 60 * 60, std::nullopt});
    awaitMove();
    QCOMPARE(m_lastMoveMessage, QString());

    // A colleague moves b again; this board learns of it on its next read.
    WorkOrderPatch later;
    later.setScheduledDate(at(17).toUTC());
    QVERIFY(changeOnServer(b.id, later));
    m_board->reloadOrders();
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading() && m_board->bar(b.id) &&
                                 m_board->bar(b.id)->start == at(17).toUTC(),
                             kWaitMs);

    // Undo puts a back and leaves b where the colleague put it, and says so.
    QVERIFY(m_board->canUndo());
    m_board->undo();
    awaitMove();
    QVERIFY2(m_lastMoveMessage.contains(b.number), qPrintable(m_lastMoveMessage));
    QCOMPARE(orderOn(m_fixture->client(), a.id).scheduledDate, at(9).toUTC());
    QCOMPARE(orderOn(m_fixture->client(), b.id).scheduledDate, at(17).toUTC());
}

void TestBoardModel::offlineMoveWaitsInTheOutboxAndIsSentLater()
{
    const WorkOrderSummary order = create(at(9), 60, m_technicians[0].id);
    loadSpan();
    m_services->monitor().setForcedOffline(true);
    loadSpan(); // from the cache now

    m_board->move({{order.id}, -60 * 60, m_technicians[1].id});
    awaitMove();
    QCOMPARE(m_lastMoveMessage, QString());
    QVERIFY(m_services->pending().contains(order.id));
    // On the board at once, pending; the server knows nothing yet.
    int row = -1;
    const BoardBar *bar = m_board->bar(order.id, &row);
    QVERIFY(bar);
    QCOMPARE(bar->start, at(8).toUTC());
    QCOMPARE(m_board->rows()[row].technician.id, m_technicians[1].id);
    QCOMPARE(orderOn(m_fixture->client(), order.id).scheduledDate, at(9).toUTC());

    // The board offline reads the cache, which holds the change too.
    loadSpan();
    bar = m_board->bar(order.id, &row);
    QVERIFY(bar);
    QCOMPARE(bar->start, at(8).toUTC());

    // Back online, the outbox sends it.
    m_services->monitor().setForcedOffline(false);
    m_services->replayer().replay();
    QTRY_VERIFY_WITH_TIMEOUT(orderOn(m_fixture->client(), order.id).scheduledDate == at(8).toUTC(),
                             kWaitMs);
    QCOMPARE(technicianOf(orderOn(m_fixture->client(), order.id)), m_technicians[1].id);
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->pending().contains(order.id), kWaitMs);
}

void TestBoardModel::anotherDispatchersChangeShowsOnTheNextReRead()
{
    const WorkOrderSummary mine = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary theirs = create(at(14), 60, m_technicians[1].id);
    loadSpan();
    m_board->move({{mine.id}, 15 * 60, std::nullopt});
    awaitMove();

    // Another dispatcher, another client: straight to the server.
    WorkOrderPatch patch;
    patch.setScheduledDate(at(16).toUTC());
    const auto changed = await<ApiResult<WorkOrder>>([&](auto done) {
        m_fixture->client().updateWorkOrder(theirs.id, patch, nullptr, done);
    });
    QVERIFY(changed.isOk());
    QVERIFY(!m_board->isChangedElsewhere(theirs.id));

    // The periodic re-read (here every 100 ms) picks it up and marks it; not the own move.
    m_board->setChangedMarkMs(60000);
    m_board->setRefreshInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(m_board->bar(theirs.id) &&
                                 m_board->bar(theirs.id)->start == at(16).toUTC(),
                             kWaitMs);
    QVERIFY(m_board->isChangedElsewhere(theirs.id));
    QVERIFY(!m_board->isChangedElsewhere(mine.id));
    m_board->setRefreshInterval(0);
}

void TestBoardModel::otherDaysAreNotMarkedAsChangedElsewhere()
{
    const WorkOrderSummary today = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary tomorrow = create(at(9, 0, 1), 60, m_technicians[0].id);
    m_board->setChangedMarkMs(60000);
    loadSpan(1);
    QVERIFY(!m_board->bar(tomorrow.id));
    // The week: tomorrow's order is shown for the first time, not changed by anyone.
    loadSpan(7);
    QVERIFY(m_board->bar(tomorrow.id) && m_board->bar(today.id));
    QVERIFY(!m_board->isChangedElsewhere(tomorrow.id));
    QVERIFY(!m_board->isChangedElsewhere(today.id));
    // Read again, the same days: still nothing marked.
    loadSpan(7);
    QVERIFY(!m_board->isChangedElsewhere(tomorrow.id));
}

void TestBoardModel::anOrderBecomesLateAsTimePasses()
{
    const WorkOrderSummary order = create(at(9), 60, m_technicians[0].id);
    QDateTime now = at(8);
    m_board->setClock([&now] { return now; });
    m_board->setRefreshInterval(0); // no re-read: only the clock moves
    loadSpan();
    QVERIFY(!m_board->bar(order.id)->late);
    QSignalSpy changed(m_board.get(), &BoardModel::changed);
    now = at(9, 30);
    m_board->setLatenessInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(m_board->bar(order.id) && m_board->bar(order.id)->late, kWaitMs);
    QVERIFY(!changed.isEmpty()); // the view hears of it and redraws
    m_board->setClock([] { return at(6); });
}

void TestBoardModel::statusAndCustomerFiltersApply()
{
    const WorkOrderSummary first = create(at(9), 60, m_technicians[0].id, m_customers[0].id);
    const WorkOrderSummary second = create(at(10), 60, m_technicians[0].id, m_customers[1].id);
    loadSpan();
    QVERIFY(m_board->bar(first.id) && m_board->bar(second.id));

    WorkOrderFilter filter;
    filter.customerId = m_customers[1].id;
    filter.technicianId = m_technicians[1].id; // not the board's: its rows are technicians
    filter.fromDate = kDay.addDays(-30);       // nor its dates: the span decides
    filter.toDate = kDay.addDays(-29);
    m_board->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QVERIFY(!m_board->bar(first.id));
    QVERIFY(m_board->bar(second.id));

    filter = {};
    filter.status = Status::Completed;
    m_board->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QVERIFY(!m_board->bar(first.id) && !m_board->bar(second.id));
}

void TestBoardModel::shownTechniciansNarrowTheRows()
{
    // Two clashing orders for the first technician, one order for the second.
    const WorkOrderSummary a = create(at(9), 60, m_technicians[0].id);
    const WorkOrderSummary b = create(at(9, 30), 60, m_technicians[0].id);
    const WorkOrderSummary c = create(at(11), 60, m_technicians[1].id);
    loadSpan();
    const int everyone = m_board->rows().size();
    QVERIFY(everyone >= 4); // the tray and three technicians at least

    const auto rowIds = [this] {
        QStringList ids;
        for (const BoardRow &row : m_board->rows())
            ids << (row.unassigned ? u"tray"_s : row.technician.id);
        return ids;
    };
    // The team: its rows in the board's order, the tray first; a gone technician's id is kept
    // and ignored.
    m_board->setShownTechnicians({m_technicians[1].id, u"gone-from-the-server"_s,
                                  m_technicians[0].id});
    QVERIFY(m_board->isNarrowedToTechnicians());
    QStringList expected{u"tray"_s};
    for (const Technician &technician : m_board->technicians()) {
        if (technician.id == m_technicians[0].id || technician.id == m_technicians[1].id)
            expected << technician.id;
    }
    QCOMPARE(rowIds(), expected);
    QVERIFY(m_board->bar(a.id) && m_board->bar(b.id) && m_board->bar(c.id));
    // With "Clashes only": the team's rows that clash.
    m_board->setClashesOnly(true);
    QCOMPARE(rowIds(), (QStringList{u"tray"_s, m_technicians[0].id}));
    QVERIFY(!m_board->bar(c.id));
    m_board->setClashesOnly(false);
    // The rows follow a re-read too.
    m_board->reloadOrders();
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QCOMPARE(rowIds(), expected);

    // Only ids the server does not know (another server's view): every row.
    m_board->setShownTechnicians({u"gone-from-the-server"_s});
    QVERIFY(!m_board->isNarrowedToTechnicians());
    QCOMPARE(m_board->rows().size(), everyone);
    m_board->setShownTechnicians({});
    QCOMPARE(m_board->rows().size(), everyone);
}

void TestBoardModel::aChangeDuringALoadIsNotUndoneByIt()
{
    const WorkOrderSummary order = create(at(9), 60, m_technicians[0].id);
    loadSpan();
    // A re-read is on its way when the window learns of a change (a move saved offline, an
    // edit): the re-read's older copy must not put the bar back.
    m_board->reloadOrders();
    QVERIFY(m_board->isLoading());
    WorkOrder moved = orderOn(m_fixture->client(), order.id);
    moved.scheduledDate = at(11).toUTC();
    m_board->orderChanged(moved, moved.id);
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QVERIFY(m_board->bar(order.id));
    QCOMPARE(m_board->bar(order.id)->start, at(11).toUTC());
    // The next re-read, begun after it, reads what the server has.
    m_board->reloadOrders();
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QCOMPARE(m_board->bar(order.id)->start, at(9).toUTC());
}

void TestBoardModel::anOrderFromTheEveningBeforeThatRunsIntoTheSpanIsShown()
{
    const WorkOrderSummary overnight = create(at(22, 0, -1), 240, m_technicians[0].id);
    const WorkOrderSummary endsAtMidnight = create(at(22, 0, -1), 120, m_technicians[0].id);
    const WorkOrderSummary dayBefore = create(at(9, 0, -1), 60, m_technicians[0].id);
    loadSpan();
    QVERIFY(m_board->bar(overnight.id)); // 22:00 to 02:00: its last two hours are on the board
    QVERIFY(!m_board->bar(endsAtMidnight.id));
    QVERIFY(!m_board->bar(dayBefore.id));
}

void TestBoardModel::ordersWithoutDateOrTechnicianWaitAndAreScheduledByADrop()
{
    // Neither a date nor a technician: no date filter finds it on the server, so the board
    // lists it from the cache (here after a sync).
    NewWorkOrder fresh;
    fresh.customerId = m_customers[1].id;
    fresh.workOrderType = u"install"_s;
    fresh.estimatedDuration = 90;
    const auto made = await<ApiResult<WorkOrder>>(
        [&](auto done) { m_fixture->client().createWorkOrder(fresh, nullptr, done); });
    QVERIFY(made.isOk());
    const WorkOrder waiting = made.value();
    QVERIFY(!waiting.scheduledDate.isValid());
    QVERIFY(m_fixture->syncAll());
    m_board->setWaitingSource(&m_fixture->store());
    loadSpan();
    const auto listed = [&](const QString &id) {
        for (const WorkOrderSummary &order : m_board->waiting()) {
            if (order.id == id)
                return true;
        }
        return false;
    };
    QVERIFY(listed(waiting.id));
    QVERIFY(m_board->waitingTotal() >= int(m_board->waiting().size()));
    for (const WorkOrderSummary &order : m_board->waiting()) {
        QVERIFY(!order.scheduledDate.isValid());
        QVERIFY(technicianOf(order).isEmpty());
        QVERIFY(order.status != Status::Completed && order.status != Status::Cancelled);
    }
    QVERIFY(!m_board->bar(waiting.id));

    // The window's customer filter applies to the list as to the bars.
    WorkOrderFilter otherCustomer;
    otherCustomer.customerId = m_customers[0].id;
    m_board->setFilter(otherCustomer);
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QVERIFY(!listed(waiting.id));
    m_board->setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->isLoading(), kWaitMs);
    QVERIFY(listed(waiting.id));

    // Dropped on a technician's row at 10:00: that technician, that time, assigned.
    m_board->move({{waiting.id}, 0, m_technicians[0].id, at(10)});
    awaitMove();
    QCOMPARE(m_lastMoveMessage, QString());
    WorkOrder after = orderOn(m_fixture->client(), waiting.id);
    QCOMPARE(after.scheduledDate, at(10).toUTC());
    QCOMPARE(technicianOf(after), m_technicians[0].id);
    QCOMPARE(after.status, Status::Assigned);
    QCOMPARE(after.estimatedDuration, std::optional<int>(90));
    QVERIFY(!listed(waiting.id));
    int row = -1;
    QVERIFY(m_board->bar(waiting.id, &row));
    QCOMPARE(m_board->rows()[row].technician.id, m_technicians[0].id);

    // Undo: waiting again, on the server and in the list.
    m_board->undo();
    awaitMove();
    after = orderOn(m_fixture->client(), waiting.id);
    QVERIFY(!after.scheduledDate.isValid());
    QVERIFY(technicianOf(after).isEmpty());
    QCOMPARE(after.status, Status::Open);
    QVERIFY(listed(waiting.id));
    QVERIFY(!m_board->bar(waiting.id));
    // And the cache agrees: a fresh read lists it too.
    loadSpan();
    QVERIFY(listed(waiting.id));
}

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
