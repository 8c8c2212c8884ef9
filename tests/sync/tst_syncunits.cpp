// The sync layer's pure parts: relative times, conflict detection, field values, the pending
// row an offline edit shows, and the outbox codec's round trip.
#include "cache/outboxcodec.h"
#include "cache/pendingchange.h"
#include "connectivity/connectivitymonitor.h"
#include "domain/codec.h"
#include "pages/relativetime.h"
#include "sync/conflict.h"
#include "sync/orderfields.h"

#include <QJsonArray>
#include <QtGlobal>

#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

WorkOrder serverOrder()
{
    const QJsonObject json{
        {u"id"_s, u"wo-1"_s},
        {u"work_order_number"_s, u"WO-2026-001"_s},
        {u"status"_s, u"open"_s},
        {u"priority"_s, u"high"_s},
        {u"customer"_s, QJsonObject{{u"id"_s, u"cust-1"_s}, {u"name"_s, u"Acme"_s}}},
        {u"technician"_s, QJsonObject{{u"id"_s, u"tech-1"_s}, {u"name"_s, u"Jane Doe"_s}}},
        {u"contact"_s, QJsonValue(QJsonValue::Null)},
        {u"scheduled_date"_s, u"2026-03-02T09:00:00Z"_s},
        {u"estimated_duration"_s, 90},
        {u"description"_s, u"Fix the boiler"_s},
        {u"notes"_s, QJsonValue(QJsonValue::Null)},
        {u"tasks"_s, QJsonArray{}},
        {u"created_at"_s, u"2026-02-01T10:00:00Z"_s},
        {u"updated_at"_s, u"2026-02-10T10:00:00Z"_s},
        {u"x_vendor"_s, u"kept"_s},
    };
    auto decoded = codec::decodeWorkOrder(json);
    if (!decoded)
        qFatal("test order does not decode: %s", qPrintable(decoded.error()));
    return std::move(decoded).value();
}

QDateTime utc(const char *iso)
{
    return codec::parseDateTime(QString::fromLatin1(iso));
}

} // namespace

class TestSyncUnits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void relativeTime_data();
    void relativeTime();
    void unreachableErrors();

    void noConflictWhenServerUnchanged();
    void conflictWhenServerChangedTheSameField();
    void noConflictWhenServerChangedOtherFieldsOnly();
    void conflictWithoutBaseValuesIsConservative();
    void newCustomerTakesAnUnknownContactAway();
    void newCustomerOverAColleaguesCustomerIsAConflict();
    void noConflictWhenBothSidesAgree();

    void fieldValues();
    void pendingChangeKeepsUnknownFields();
    void createdOrderIsLocal();
    void payloadRoundTrip();
};

void TestSyncUnits::initTestCase()
{
    // "Yesterday" counts calendar days in local time: pin the zone so the rows hold anywhere.
    qputenv("TZ", "UTC");
    tzset();
}

void TestSyncUnits::relativeTime_data()
{
    // No translator is installed: the source texts show, with %n filled in.
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << u"just now"_s;
    QTest::newRow("59 s") << qint64(59) << u"just now"_s;
    QTest::newRow("1 min") << qint64(60) << u"1 minute(s) ago"_s;
    QTest::newRow("5 min") << qint64(5 * 60 + 20) << u"5 minute(s) ago"_s;
    QTest::newRow("2 h") << qint64(2 * 3600 + 5) << u"2 hour(s) ago"_s;
    QTest::newRow("yesterday") << qint64(26 * 3600) << u"yesterday"_s;
    QTest::newRow("3 days") << qint64(3 * 86400) << u"3 day(s) ago"_s;
    QTest::newRow("future") << qint64(-300) << u"just now"_s;
}

void TestSyncUnits::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = utc("2026-03-02T12:00:00Z");
    QCOMPARE(RelativeTime::format(now.addSecs(-secondsAgo), now), expected);
    QCOMPARE(RelativeTime::format(QDateTime(), now), u"never"_s);
}

void TestSyncUnits::unreachableErrors()
{
    using K = ApiError::Kind;
    QVERIFY(ConnectivityMonitor::isUnreachable(ApiError::transport(K::ConnectionRefused, {})));
    QVERIFY(ConnectivityMonitor::isUnreachable(ApiError::transport(K::HostNotFound, {})));
    QVERIFY(ConnectivityMonitor::isUnreachable(ApiError::transport(K::Timeout, {})));
    QVERIFY(ConnectivityMonitor::isUnreachable(ApiError::transport(K::Network, {})));
    QVERIFY(ConnectivityMonitor::isUnreachable(ApiError::http(503, {}, {}, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::http(401, {}, {}, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::http(403, {}, {}, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::http(404, {}, {}, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::http(422, {}, {}, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::http(500, {}, {}, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::transport(K::Tls, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::transport(K::MalformedBody, {})));
    QVERIFY(!ConnectivityMonitor::isUnreachable(ApiError::transport(K::Cancelled, {})));
}

void TestSyncUnits::noConflictWhenServerUnchanged()
{
    const WorkOrder theirs = serverOrder();
    const QJsonObject mine{{u"priority"_s, u"urgent"_s}};
    // The server still holds what the user saw: the change goes through.
    QVERIFY(
        !Conflict::detect(theirs.id, mine, OrderFields::wireValues(theirs, mine.keys()), theirs));
}

void TestSyncUnits::conflictWhenServerChangedTheSameField()
{
    const WorkOrder theirs = serverOrder(); // priority high now
    const QJsonObject mine{{u"priority"_s, u"urgent"_s}, {u"notes"_s, u"call first"_s}};
    const QJsonObject base{{u"priority"_s, u"low"_s}, {u"notes"_s, QJsonValue::Null}};
    const auto conflict = Conflict::detect(theirs.id, mine, base, theirs);
    QVERIFY(conflict);
    QCOMPARE(conflict->orderId, u"wo-1"_s);
    QCOMPARE(conflict->fields.size(), 2); // both differ from the server, in form order
    const ConflictField &priority = conflict->fields.at(0);
    QCOMPARE(priority.field, u"priority"_s);
    QVERIFY(priority.baseKnown);
    QCOMPARE(priority.base.toString(), u"low"_s);
    QCOMPARE(priority.mine.toString(), u"urgent"_s);
    QCOMPARE(priority.theirs.toString(), u"high"_s);
    QVERIFY(priority.changedOnServer);
    QCOMPARE(priority.theirsText, priorityDisplayName(Priority::High));
    const ConflictField &notes = conflict->fields.at(1);
    QCOMPARE(notes.field, u"notes"_s);
    QVERIFY(!notes.changedOnServer); // the server still has the base value
}

void TestSyncUnits::noConflictWhenServerChangedOtherFieldsOnly()
{
    const WorkOrder theirs = serverOrder();
    const QJsonObject mine{{u"notes"_s, u"call first"_s}};
    const QJsonObject base{{u"notes"_s, QJsonValue::Null}};
    QVERIFY(!Conflict::detect(theirs.id, mine, base, theirs));
}

void TestSyncUnits::conflictWithoutBaseValuesIsConservative()
{
    const WorkOrder theirs = serverOrder();
    const QJsonObject mine{{u"technician_id"_s, u"tech-2"_s}};
    const auto conflict = Conflict::detect(theirs.id, mine, {}, theirs);
    QVERIFY(conflict);
    QCOMPARE(conflict->fields.size(), 1);
    QVERIFY(!conflict->fields.first().baseKnown);
    QCOMPARE(conflict->fields.first().theirsText, u"Jane Doe"_s);
    QCOMPARE(conflict->fields.first().mineText, u"tech-2"_s);
}

// Issue 9, fault 1 from a list row (contact not known): the old customer's contact cannot stay,
// so clearing it is no question to ask while the server still has the customer the user saw.
void TestSyncUnits::newCustomerTakesAnUnknownContactAway()
{
    WorkOrder theirs = serverOrder();
    theirs.contact = Contact{u"contact-9"_s, u"Old customer's contact"_s, {}, {}};
    const QJsonObject mine{{u"customer_id"_s, u"cust-2"_s},
                           {u"contact_id"_s, QJsonValue(QJsonValue::Null)}};
    const QJsonObject base{{u"customer_id"_s, u"cust-1"_s}};
    QVERIFY(!Conflict::detect(theirs.id, mine, base, theirs));
}

void TestSyncUnits::newCustomerOverAColleaguesCustomerIsAConflict()
{
    WorkOrder theirs = serverOrder();
    theirs.customer.id = u"cust-3"_s; // a colleague moved it meanwhile
    theirs.contact = Contact{u"contact-9"_s, u"Their contact"_s, {}, {}};
    const QJsonObject mine{{u"customer_id"_s, u"cust-2"_s},
                           {u"contact_id"_s, QJsonValue(QJsonValue::Null)}};
    const QJsonObject base{{u"customer_id"_s, u"cust-1"_s}};
    const auto conflict = Conflict::detect(theirs.id, mine, base, theirs);
    QVERIFY(conflict);
    QCOMPARE(conflict->fields.size(), 2); // the customer and, with it, the contact
    for (const ConflictField &field : conflict->fields)
        QVERIFY2(field.changedOnServer, qPrintable(field.field));
}

void TestSyncUnits::noConflictWhenBothSidesAgree()
{
    const WorkOrder theirs = serverOrder();
    const QJsonObject mine{{u"scheduled_date"_s, u"2026-03-02T09:00:00.000Z"_s}};
    QVERIFY(!Conflict::detect(theirs.id, mine, {}, theirs));
}

void TestSyncUnits::fieldValues()
{
    const WorkOrder order = serverOrder();
    QCOMPARE(OrderFields::wireValue(order, u"technician_id"_s).toString(), u"tech-1"_s);
    QVERIFY(OrderFields::wireValue(order, u"contact_id"_s).isNull());
    QCOMPARE(OrderFields::wireValue(order, u"estimated_duration"_s).toInt(), 90);
    QCOMPARE(OrderFields::wireValue(order, u"scheduled_date"_s).toString(),
             u"2026-03-02T09:00:00Z"_s);
    QVERIFY(OrderFields::sameValue(u"notes"_s, QJsonValue::Null, u""_s));
    QVERIFY(!OrderFields::sameValue(u"notes"_s, QJsonValue::Null, u"x"_s));
    QVERIFY(OrderFields::sameValue(u"estimated_duration"_s, 90, 90.0));
    QCOMPARE(OrderFields::displayValue(u"status"_s, u"in_progress"_s),
             statusDisplayName(Status::InProgress));
    QVERIFY(!OrderFields::displayValue(u"notes"_s, QJsonValue::Null).isEmpty());
}

void TestSyncUnits::pendingChangeKeepsUnknownFields()
{
    const WorkOrder order = serverOrder();
    WorkOrderPatch patch;
    patch.setTechnicianId(u"tech-7"_s);
    patch.setPriority(Priority::Urgent);
    patch.setNotes({});
    NameBook names;
    names.technicians.insert(u"tech-7"_s, u"Sam Lee"_s);
    const WorkOrder row = PendingChange::applied(order, patch.toJson(), names);
    QCOMPARE(row.priority, Priority::Urgent);
    QVERIFY(row.technician);
    QCOMPARE(row.technician->name, u"Sam Lee"_s);
    QCOMPARE(row.updatedAt, order.updatedAt); // still the version the edit started from
    QCOMPARE(row.raw.value(u"x_vendor"_s).toString(), u"kept"_s);
    QCOMPARE(row.raw.value(u"priority"_s).toString(), u"urgent"_s);
    QCOMPARE(row.raw.value(u"technician"_s).toObject().value(u"name"_s).toString(), u"Sam Lee"_s);
    // What the cache stores decodes back to the same fields.
    const auto decoded = codec::decodeWorkOrder(row.raw);
    QVERIFY(decoded);
    QCOMPARE(decoded.value().technician->id, u"tech-7"_s);
    QCOMPARE(decoded.value().description, order.description);
    QVERIFY(PendingChange::touchesDetail(patch.toJson()));
}

void TestSyncUnits::createdOrderIsLocal()
{
    NewWorkOrder order;
    order.customerId = u"cust-1"_s;
    order.priority = Priority::Low;
    order.description = u"New pump"_s;
    order.estimatedDuration = 30;
    NameBook names;
    names.customers.insert(u"cust-1"_s, u"Acme"_s);
    const QString localId = u"local-1234"_s;
    const WorkOrder row =
        PendingChange::created(order, localId, u"NEW-3"_s, names, utc("2026-03-02T10:00:00Z"));
    QCOMPARE(row.id, localId);
    QCOMPARE(row.number, u"NEW-3"_s);
    QCOMPARE(row.status, Status::Open);
    QCOMPARE(row.customer.name, u"Acme"_s);
    QCOMPARE(row.estimatedDuration, std::optional<int>(30));
    QVERIFY(!row.updatedAt.isValid());
}

void TestSyncUnits::payloadRoundTrip()
{
    // Every field a patch can carry, set and cleared, the customer among them (fault 1: a
    // queued customer change was dropped when the patch was read back).
    const QList<std::function<void(WorkOrderPatch &)>> patches = {
        [](WorkOrderPatch &p) {
            p.setStatus(Status::OnHold);
            p.setPriority(Priority::Urgent);
            p.setDescription(u"Leak under the sink"_s);
            p.setWorkOrderType(u"repair"_s);
            p.setTechnicianId(u"tech-3"_s);
            p.setContactId(u"contact-2"_s);
            p.setCustomerId(u"cust-9"_s);
            p.setScheduledDate(utc("2026-03-04T08:30:00Z"));
            p.setEstimatedDuration(90);
            p.setNotes(u"Back door"_s);
        },
        [](WorkOrderPatch &p) {
            p.setTechnicianId({});
            p.setContactId({});
            p.setScheduledDate({});
            p.setEstimatedDuration(std::nullopt);
            p.setNotes({});
            p.setDescription({});
        },
        [](WorkOrderPatch &p) { p.setCustomerId(u"cust-2"_s); },
    };
    for (const auto &fill : patches) {
        OutboxEntry entry;
        entry.kind = OutboxEntry::Kind::Update;
        fill(entry.patch);
        entry.baseValues = QJsonObject{{u"status"_s, u"open"_s},
                                       {u"technician_id"_s, QJsonValue(QJsonValue::Null)}};
        entry.refusal = {{u"customer_id"_s, u"unknown customer"_s}, {{}, u"try later"_s}};
        entry.sendAgainConfirmed = true;
        OutboxEntry back;
        back.kind = OutboxEntry::Kind::Update;
        outboxcodec::decode(outboxcodec::encode(entry), back);
        QCOMPARE(back.patch.toJson(), entry.patch.toJson());
        QCOMPARE(back.baseValues, entry.baseValues);
        QCOMPARE(back.refusal, entry.refusal);
        QVERIFY(back.sendAgainConfirmed);
        // What is sent is exactly the patch: no reserved key reaches the server.
        QCOMPARE(WorkOrderPatch::fromJson(entry.patch.toJson()).toJson(), entry.patch.toJson());
    }

    OutboxEntry create;
    create.kind = OutboxEntry::Kind::Create;
    NewWorkOrder &order = create.newOrder;
    order.customerId = u"cust-1"_s;
    order.contactId = u"contact-2"_s;
    order.workOrderType = u"repair"_s;
    order.priority = Priority::Urgent;
    order.description = u"Leak"_s;
    order.scheduledDate = utc("2026-03-05T07:00:00Z");
    order.estimatedDuration = 45;
    order.technicianId = u"tech-3"_s;
    order.notes = u"Back door"_s;
    order.draft = true;
    create.localNumber = u"NEW-7"_s;
    OutboxEntry back;
    back.kind = OutboxEntry::Kind::Create;
    outboxcodec::decode(outboxcodec::encode(create), back);
    QCOMPARE(codec::encode(back.newOrder), codec::encode(order));
    QCOMPARE(back.localNumber, u"NEW-7"_s);
    QVERIFY(!back.sendAgainConfirmed);

    OutboxEntry remove;
    remove.kind = OutboxEntry::Kind::Delete;
    OutboxEntry removed;
    removed.kind = OutboxEntry::Kind::Delete;
    outboxcodec::decode(outboxcodec::encode(remove), removed);
    QVERIFY(removed.patch.isEmpty());
    QVERIFY(removed.refusal.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncUnits)
#include "tst_syncunits.moc"
