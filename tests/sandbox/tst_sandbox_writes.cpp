// The sandbox's write side: create, partial update with null clearing, the status rules,
// the trash, work order numbers and timestamps, the 403/404/422 answers, and persistence.
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fentu::sandbox::Options;
using fentu::sandbox::SandboxServer;
using fentu::sandbox::test::jsonBody;
using fentu::sandbox::test::SandboxTestClient;
using fentu::sandbox::test::TestReply;

namespace {

QString str(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

QStringList errorFields(const TestReply &reply)
{
    QStringList fields;
    const QJsonArray details = reply.errorObject().value(u"details"_s).toArray();
    for (const QJsonValue &detail : details) {
        fields.append(str(detail.toObject(), u"field"_s));
        if (str(detail.toObject(), u"message"_s).isEmpty())
            fields.append(u"<no message>"_s);
    }
    return fields;
}

QDateTime parseTimestamp(const QJsonObject &object, const QString &key)
{
    return QDateTime::fromString(str(object, key), Qt::ISODate);
}

} // namespace

class TestSandboxWrites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createMinimal();
    void createFull();
    void createDraft();
    void numbersFollowOnPerYear();
    void createRejects_data();
    void createRejects();
    void bodyThatIsNotAnObject_data();
    void bodyThatIsNotAnObject();
    void updateChangesOnlyPresentFields();
    void nullClearsOptionalFields_data();
    void nullClearsOptionalFields();
    void rescheduleMovesTheOrderInTheList();
    void updateRejects_data();
    void updateRejects();
    void statusNeedsATechnician();
    void nothingLeavesCompletedOrCancelled();
    void contactMustBelongToTheCustomer();
    void deleteMovesToTheTrash();
    void readOnlyKeyMayNotWrite();
    void writesToUnknownOrdersAnswer404();
    void databaseFileKeepsEditsAndIsSeededOnce();
    void serversInOneProcessAreIndependent();

private:
    QJsonObject create(const QJsonObject &body);
    QJsonObject fetch(const QString &id);
    QString idWithStatus(const QString &status);
    qint64 totalCount(const QUrlQuery &query = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxWrites::init()
{
    Options options;
    options.orders = 200;
    options.seed = 11;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), options.key);
}

void TestSandboxWrites::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject TestSandboxWrites::create(const QJsonObject &body)
{
    const TestReply reply = m_client->post(u"/work-orders"_s, jsonBody(body));
    if (reply.status != 201)
        qWarning("create answered %d: %s", reply.status, reply.body.constData());
    return reply.dataObject();
}

QJsonObject TestSandboxWrites::fetch(const QString &id)
{
    return m_client->get(u"/work-orders/"_s + id).dataObject();
}

QString TestSandboxWrites::idWithStatus(const QString &status)
{
    const TestReply reply =
        m_client->get(u"/work-orders"_s, QUrlQuery{{u"status"_s, status}, {u"per_page"_s, u"1"_s}});
    return str(reply.dataArray().at(0).toObject(), u"id"_s);
}

qint64 TestSandboxWrites::totalCount(const QUrlQuery &query)
{
    return m_client->get(u"/work-orders"_s, query).meta().value(u"total_count"_s).toInteger();
}

void TestSandboxWrites::createMinimal()
{
    const qint64 before = totalCount();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const TestReply reply = m_client->post(
        u"/work-orders"_s, jsonBody({{u"customer_id"_s, u"cust-002"_s},
                                     {u"work_order_type"_s, u"service"_s},
                                     {u"priority"_s, u"high"_s},
                                     {u"description"_s, u"Repair air conditioning"_s}}));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    const QJsonObject order = reply.dataObject();
    const QString id = str(order, u"id"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(reply.header("Location"), "/api/v1/work-orders/" + id.toUtf8());
    QCOMPARE(str(order, u"status"_s), u"open"_s);
    QCOMPARE(str(order, u"priority"_s), u"high"_s);
    QCOMPARE(str(order, u"description"_s), u"Repair air conditioning"_s);
    QCOMPARE(str(order.value(u"customer"_s).toObject(), u"id"_s), u"cust-002"_s);
    QVERIFY(order.value(u"technician"_s).isNull());
    QVERIFY(order.value(u"contact"_s).isNull());
    QVERIFY(order.value(u"scheduled_date"_s).isNull());
    QCOMPARE(order.value(u"tasks"_s).toArray().size(), 0);
    QVERIFY(QRegularExpression(u"^WO-%1-\\d{3,}$"_s.arg(start.date().year()))
                .match(str(order, u"work_order_number"_s))
                .hasMatch());
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s)
                .match(str(order, u"created_at"_s))
                .hasMatch());
    QCOMPARE(str(order, u"created_at"_s), str(order, u"updated_at"_s));
    QVERIFY(parseTimestamp(order, u"created_at"_s) >= start);
    QVERIFY(parseTimestamp(order, u"created_at"_s) <= QDateTime::currentDateTimeUtc());

    QCOMPARE(fetch(id), order);
    QCOMPARE(totalCount(), before + 1);
    const QJsonArray mine =
        m_client->allRows(u"/work-orders"_s, QUrlQuery{{u"customer_id"_s, u"cust-002"_s}});
    QVERIFY(std::any_of(mine.begin(), mine.end(), [&id](const QJsonValue &row) {
        return str(row.toObject(), u"id"_s) == id;
    }));
}

void TestSandboxWrites::createFull()
{
    const QJsonObject customer = m_client->get(u"/customers/cust-003"_s).dataObject();
    const QString contactId =
        str(customer.value(u"contacts"_s).toArray().at(0).toObject(), u"id"_s);
    const QJsonObject order = create({{u"customer_id"_s, u"cust-003"_s},
                                      {u"contact_id"_s, contactId},
                                      {u"work_order_type"_s, u"gutter cleaning"_s},
                                      {u"priority"_s, u"urgent"_s},
                                      {u"description"_s, u"Clear the gutters"_s},
                                      {u"scheduled_date"_s, u"2024-02-01T10:00:00+02:00"_s},
                                      {u"estimated_duration"_s, 90},
                                      {u"technician_id"_s, u"tech-004"_s},
                                      {u"notes"_s, u"Customer requests morning appointment"_s},
                                      {u"unknown_field"_s, u"is ignored"_s}});
    QCOMPARE(str(order, u"status"_s), u"open"_s);
    QCOMPARE(str(order, u"work_order_type"_s), u"gutter cleaning"_s);
    QCOMPARE(str(order.value(u"contact"_s).toObject(), u"id"_s), contactId);
    QVERIFY(!str(order.value(u"contact"_s).toObject(), u"phone"_s).isEmpty());
    QCOMPARE(str(order.value(u"technician"_s).toObject(), u"id"_s), u"tech-004"_s);
    // Stored and answered in UTC.
    QCOMPARE(str(order, u"scheduled_date"_s), u"2024-02-01T08:00:00Z"_s);
    QCOMPARE(order.value(u"estimated_duration"_s).toInt(), 90);
    QCOMPARE(str(order, u"notes"_s), u"Customer requests morning appointment"_s);
    QVERIFY(!order.contains(u"unknown_field"_s));
    QCOMPARE(str(order.value(u"customer"_s).toObject(), u"address"_s), str(customer, u"address"_s));
}

void TestSandboxWrites::createDraft()
{
    const QJsonObject draft =
        create({{u"customer_id"_s, u"cust-001"_s}, {u"status"_s, u"draft"_s}});
    QCOMPARE(str(draft, u"status"_s), u"draft"_s);
    const QJsonObject open = create({{u"customer_id"_s, u"cust-001"_s}, {u"status"_s, u"open"_s}});
    QCOMPARE(str(open, u"status"_s), u"open"_s);
    // Defaults for what the body leaves out.
    QCOMPARE(str(open, u"priority"_s), u"medium"_s);
    QCOMPARE(str(open, u"work_order_type"_s), u"service"_s);
}

void TestSandboxWrites::numbersFollowOnPerYear()
{
    const QJsonObject first = create({{u"customer_id"_s, u"cust-001"_s}});
    const QJsonObject second = create({{u"customer_id"_s, u"cust-001"_s}});
    const QStringList a = str(first, u"work_order_number"_s).split(u'-');
    const QStringList b = str(second, u"work_order_number"_s).split(u'-');
    QCOMPARE(a.size(), 3);
    QCOMPARE(b.size(), 3);
    QCOMPARE(a.at(1), b.at(1));
    QCOMPARE(b.at(2).toInt(), a.at(2).toInt() + 1);
    QVERIFY(str(first, u"id"_s) != str(second, u"id"_s));
    // Numbers never repeat the seeded ones.
    QCOMPARE(m_client->allRows(u"/work-orders"_s, {}).size(), 202);
    QSet<QString> numbers;
    for (const QJsonValue &row : m_client->allRows(u"/work-orders"_s, {}))
        numbers.insert(str(row.toObject(), u"work_order_number"_s));
    QCOMPARE(numbers.size(), 202);
}

void TestSandboxWrites::createRejects_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("fields");

    const QJsonObject valid{{u"customer_id"_s, u"cust-001"_s}};
    auto with = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject body = valid;
        body.insert(key, value);
        return body;
    };
    QTest::newRow("no customer_id")
        << QJsonObject{{u"priority"_s, u"low"_s}} << QStringList{u"customer_id"_s};
    QTest::newRow("customer_id null")
        << with(u"customer_id"_s, QJsonValue::Null) << QStringList{u"customer_id"_s};
    QTest::newRow("customer_id a number")
        << with(u"customer_id"_s, 1) << QStringList{u"customer_id"_s};
    QTest::newRow("unknown customer")
        << with(u"customer_id"_s, u"cust-999"_s) << QStringList{u"customer_id"_s};
    QTest::newRow("unknown contact")
        << with(u"contact_id"_s, u"contact-9999"_s) << QStringList{u"contact_id"_s};
    QTest::newRow("unknown technician")
        << with(u"technician_id"_s, u"tech-999"_s) << QStringList{u"technician_id"_s};
    QTest::newRow("technician a number")
        << with(u"technician_id"_s, 4) << QStringList{u"technician_id"_s};
    QTest::newRow("bad priority") << with(u"priority"_s, u"critical"_s)
                                  << QStringList{u"priority"_s};
    QTest::newRow("priority null")
        << with(u"priority"_s, QJsonValue::Null) << QStringList{u"priority"_s};
    QTest::newRow("negative duration")
        << with(u"estimated_duration"_s, -1) << QStringList{u"estimated_duration"_s};
    QTest::newRow("fractional duration")
        << with(u"estimated_duration"_s, 1.5) << QStringList{u"estimated_duration"_s};
    QTest::newRow("duration as text")
        << with(u"estimated_duration"_s, u"90"_s) << QStringList{u"estimated_duration"_s};
    QTest::newRow("scheduled_date words")
        << with(u"scheduled_date"_s, u"tomorrow"_s) << QStringList{u"scheduled_date"_s};
    QTest::newRow("scheduled_date without time")
        << with(u"scheduled_date"_s, u"2024-02-01"_s) << QStringList{u"scheduled_date"_s};
    QTest::newRow("scheduled_date without zone")
        << with(u"scheduled_date"_s, u"2024-02-01T10:00:00"_s) << QStringList{u"scheduled_date"_s};
    QTest::newRow("scheduled_date 30 February")
        << with(u"scheduled_date"_s, u"2024-02-30T10:00:00Z"_s) << QStringList{u"scheduled_date"_s};
    QTest::newRow("scheduled_date a number")
        << with(u"scheduled_date"_s, 1700000000) << QStringList{u"scheduled_date"_s};
    QTest::newRow("unknown status") << with(u"status"_s, u"finished"_s) << QStringList{u"status"_s};
    QTest::newRow("created assigned")
        << with(u"status"_s, u"assigned"_s) << QStringList{u"status"_s};
    QTest::newRow("description a number")
        << with(u"description"_s, 5) << QStringList{u"description"_s};
    QTest::newRow("notes a bool") << with(u"notes"_s, false) << QStringList{u"notes"_s};
    QTest::newRow("type an array")
        << with(u"work_order_type"_s, QJsonArray{}) << QStringList{u"work_order_type"_s};
    QTest::newRow("several at once")
        << QJsonObject{{u"customer_id"_s, u"cust-999"_s},
                       {u"priority"_s, u"meh"_s},
                       {u"estimated_duration"_s, -5}}
        << QStringList{u"customer_id"_s, u"priority"_s, u"estimated_duration"_s};
}

void TestSandboxWrites::createRejects()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, fields);
    const qint64 before = totalCount();
    const TestReply reply = m_client->post(u"/work-orders"_s, jsonBody(body));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    QCOMPARE(str(reply.errorObject(), u"code"_s), u"validation_error"_s);
    QVERIFY(!str(reply.errorObject(), u"message"_s).isEmpty());
    QStringList got = errorFields(reply);
    got.sort();
    fields.sort();
    QCOMPARE(got, fields);
    QCOMPARE(totalCount(), before);
}

void TestSandboxWrites::bodyThatIsNotAnObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("array") << "[]"_ba << 422 << u"validation_error"_s;
    QTest::newRow("string") << "\"text\""_ba << 422 << u"validation_error"_s;
    QTest::newRow("number") << "3"_ba << 422 << u"validation_error"_s;
    QTest::newRow("null") << "null"_ba << 422 << u"validation_error"_s;
    QTest::newRow("unterminated") << "{\"customer_id\":"_ba << 400 << u"invalid_json"_s;
    QTest::newRow("empty") << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("html") << "<html></html>"_ba << 400 << u"invalid_json"_s;
}

void TestSandboxWrites::bodyThatIsNotAnObject()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    for (const QByteArray &method : {"POST"_ba, "PUT"_ba}) {
        const QString path = method == "POST" ? u"/work-orders"_s : u"/work-orders/wo-100001"_s;
        const TestReply reply = m_client->send(method, path, {}, body, "Bearer demo-key");
        QCOMPARE(reply.status, status);
        QCOMPARE(str(reply.errorObject(), u"code"_s), code);
        QVERIFY(reply.errorObject().value(u"details"_s).isArray());
    }
}

void TestSandboxWrites::updateChangesOnlyPresentFields()
{
    const QString id = idWithStatus(u"assigned"_s);
    const QJsonObject before = fetch(id);
    const TestReply reply =
        m_client->put(u"/work-orders/"_s + id,
                      jsonBody({{u"priority"_s, u"urgent"_s}, {u"status"_s, u"in_progress"_s}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject after = reply.dataObject();
    QCOMPARE(str(after, u"priority"_s), u"urgent"_s);
    QCOMPARE(str(after, u"status"_s), u"in_progress"_s);
    QVERIFY(parseTimestamp(after, u"updated_at"_s) > parseTimestamp(before, u"updated_at"_s));
    QCOMPARE(str(after, u"created_at"_s), str(before, u"created_at"_s));
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() != u"priority"_s && it.key() != u"status"_s && it.key() != u"updated_at"_s)
            QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(fetch(id), after);

    // Every update gets a newer updated_at, even within one second.
    const TestReply again = m_client->put(u"/work-orders/"_s + id, "{}");
    QCOMPARE(again.status, 200);
    QVERIFY(parseTimestamp(again.dataObject(), u"updated_at"_s) >
            parseTimestamp(after, u"updated_at"_s));
}

void TestSandboxWrites::nullClearsOptionalFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("answerKey");
    QTest::newRow("technician_id")
        << u"technician_id"_s << QJsonValue(u"tech-002"_s) << u"technician"_s;
    QTest::newRow("contact_id") << u"contact_id"_s << QJsonValue(u"contact-0001"_s) << u"contact"_s;
    QTest::newRow("scheduled_date")
        << u"scheduled_date"_s << QJsonValue(u"2024-05-05T05:05:05Z"_s) << u"scheduled_date"_s;
    QTest::newRow("estimated_duration")
        << u"estimated_duration"_s << QJsonValue(45) << u"estimated_duration"_s;
    QTest::newRow("notes") << u"notes"_s << QJsonValue(u"Gate code 1234"_s) << u"notes"_s;
}

void TestSandboxWrites::nullClearsOptionalFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, answerKey);
    const QString id = str(create({{u"customer_id"_s, u"cust-001"_s}, {field, value}}), u"id"_s);
    QVERIFY(!fetch(id).value(answerKey).isNull());

    const TestReply reply =
        m_client->put(u"/work-orders/"_s + id, jsonBody({{field, QJsonValue::Null}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.dataObject().value(answerKey).isNull());
    QVERIFY(fetch(id).value(answerKey).isNull());
    QCOMPARE(str(fetch(id), u"status"_s), u"open"_s);
}

void TestSandboxWrites::rescheduleMovesTheOrderInTheList()
{
    auto idsOn = [this](const QString &day) {
        QStringList ids;
        const QJsonArray rows = m_client->allRows(
            u"/work-orders"_s, QUrlQuery{{u"from_date"_s, day}, {u"to_date"_s, day}});
        for (const QJsonValue &row : rows)
            ids.append(str(row.toObject(), u"id"_s));
        return ids;
    };
    // Late in the day in UTC, early the next day in Tokyo: the UTC date counts.
    const QString id = str(create({{u"customer_id"_s, u"cust-001"_s},
                                   {u"scheduled_date"_s, u"2031-03-01T23:30:00Z"_s}}),
                           u"id"_s);
    QCOMPARE(idsOn(u"2031-03-01"_s), QStringList{id});
    QCOMPARE(m_client
                 ->put(u"/work-orders/"_s + id,
                       jsonBody({{u"scheduled_date"_s, u"2031-03-05T08:00:00+09:00"_s}}))
                 .status,
             200);
    QVERIFY(idsOn(u"2031-03-01"_s).isEmpty());
    QCOMPARE(idsOn(u"2031-03-04"_s), QStringList{id});
    // The latest scheduled order comes last among the scheduled ones...
    QJsonArray all = m_client->allRows(u"/work-orders"_s, {});
    qsizetype firstUnscheduled = 0;
    while (firstUnscheduled < all.size() &&
           !all.at(firstUnscheduled).toObject().value(u"scheduled_date"_s).isNull()) {
        ++firstUnscheduled;
    }
    QCOMPARE(str(all.at(firstUnscheduled - 1).toObject(), u"id"_s), id);
    // ...and, unscheduled, it is the newest of the unscheduled, so the very last.
    QCOMPARE(
        m_client->put(u"/work-orders/"_s + id, jsonBody({{u"scheduled_date"_s, QJsonValue::Null}}))
            .status,
        200);
    QVERIFY(idsOn(u"2031-03-04"_s).isEmpty());
    all = m_client->allRows(u"/work-orders"_s, {});
    QCOMPARE(str(all.last().toObject(), u"id"_s), id);
    QVERIFY(all.last().toObject().value(u"scheduled_date"_s).isNull());
}

void TestSandboxWrites::updateRejects_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("customer null")
        << QJsonObject{{u"customer_id"_s, QJsonValue::Null}} << u"customer_id"_s;
    QTest::newRow("unknown customer")
        << QJsonObject{{u"customer_id"_s, u"cust-999"_s}} << u"customer_id"_s;
    QTest::newRow("priority null")
        << QJsonObject{{u"priority"_s, QJsonValue::Null}} << u"priority"_s;
    QTest::newRow("status null") << QJsonObject{{u"status"_s, QJsonValue::Null}} << u"status"_s;
    QTest::newRow("unknown status") << QJsonObject{{u"status"_s, u"closed"_s}} << u"status"_s;
    QTest::newRow("description null")
        << QJsonObject{{u"description"_s, QJsonValue::Null}} << u"description"_s;
    QTest::newRow("bad date") << QJsonObject{{u"scheduled_date"_s, u"2024-02-01 10:00"_s}}
                              << u"scheduled_date"_s;
    QTest::newRow("unknown technician")
        << QJsonObject{{u"technician_id"_s, u"tech-0"_s}} << u"technician_id"_s;
    QTest::newRow("duration object")
        << QJsonObject{{u"estimated_duration"_s, QJsonObject{}}} << u"estimated_duration"_s;
}

void TestSandboxWrites::updateRejects()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QString id = idWithStatus(u"open"_s);
    const QJsonObject before = fetch(id);
    const TestReply reply = m_client->put(u"/work-orders/"_s + id, jsonBody(body));
    QCOMPARE(reply.status, 422);
    QCOMPARE(str(reply.errorObject(), u"code"_s), u"validation_error"_s);
    QCOMPARE(errorFields(reply), QStringList{field});
    QCOMPARE(fetch(id), before);
}

void TestSandboxWrites::statusNeedsATechnician()
{
    const QString id = str(create({{u"customer_id"_s, u"cust-001"_s}}), u"id"_s);
    for (const QString &status : {u"assigned"_s, u"in_progress"_s}) {
        const TestReply reply =
            m_client->put(u"/work-orders/"_s + id, jsonBody({{u"status"_s, status}}));
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorFields(reply), QStringList{u"status"_s});
    }
    TestReply reply = m_client->put(
        u"/work-orders/"_s + id,
        jsonBody({{u"status"_s, u"assigned"_s}, {u"technician_id"_s, u"tech-001"_s}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(str(reply.dataObject(), u"status"_s), u"assigned"_s);

    // Taking the technician away from an assigned order breaks the same rule.
    reply =
        m_client->put(u"/work-orders/"_s + id, jsonBody({{u"technician_id"_s, QJsonValue::Null}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorFields(reply), QStringList{u"status"_s});
    // Unless the status goes back too.
    reply =
        m_client->put(u"/work-orders/"_s + id,
                      jsonBody({{u"technician_id"_s, QJsonValue::Null}, {u"status"_s, u"open"_s}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.dataObject().value(u"technician"_s).isNull());
}

void TestSandboxWrites::nothingLeavesCompletedOrCancelled()
{
    for (const QString &final : {u"completed"_s, u"cancelled"_s}) {
        const QString id = idWithStatus(final);
        QVERIFY(!id.isEmpty());
        for (const QString &status : {u"open"_s, u"draft"_s, u"on_hold"_s, u"in_progress"_s}) {
            const TestReply reply =
                m_client->put(u"/work-orders/"_s + id, jsonBody({{u"status"_s, status}}));
            QCOMPARE(reply.status, 422);
            QCOMPARE(errorFields(reply), QStringList{u"status"_s});
        }
        const QString other = final == u"completed"_s ? u"cancelled"_s : u"completed"_s;
        QCOMPARE(m_client->put(u"/work-orders/"_s + id, jsonBody({{u"status"_s, other}})).status,
                 422);
        // Staying put, and editing other fields, is fine.
        const TestReply reply = m_client->put(
            u"/work-orders/"_s + id, jsonBody({{u"status"_s, final}, {u"notes"_s, u"Invoiced"_s}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(str(reply.dataObject(), u"notes"_s), u"Invoiced"_s);
        QCOMPARE(str(fetch(id), u"status"_s), final);
    }
}

void TestSandboxWrites::contactMustBelongToTheCustomer()
{
    const QJsonObject one = m_client->get(u"/customers/cust-001"_s).dataObject();
    const QJsonObject two = m_client->get(u"/customers/cust-002"_s).dataObject();
    const QString contactOne = str(one.value(u"contacts"_s).toArray().at(0).toObject(), u"id"_s);
    const QString contactTwo = str(two.value(u"contacts"_s).toArray().at(0).toObject(), u"id"_s);

    TestReply reply = m_client->post(u"/work-orders"_s, jsonBody({{u"customer_id"_s, u"cust-001"_s},
                                                                  {u"contact_id"_s, contactTwo}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorFields(reply), QStringList{u"contact_id"_s});

    const QString id =
        str(create({{u"customer_id"_s, u"cust-001"_s}, {u"contact_id"_s, contactOne}}), u"id"_s);
    reply = m_client->put(u"/work-orders/"_s + id, jsonBody({{u"contact_id"_s, contactTwo}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorFields(reply), QStringList{u"contact_id"_s});
    // Moving to another customer while keeping the old customer's contact is refused too.
    reply = m_client->put(u"/work-orders/"_s + id, jsonBody({{u"customer_id"_s, u"cust-002"_s}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorFields(reply), QStringList{u"contact_id"_s});
    reply =
        m_client->put(u"/work-orders/"_s + id,
                      jsonBody({{u"customer_id"_s, u"cust-002"_s}, {u"contact_id"_s, contactTwo}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(str(reply.dataObject().value(u"customer"_s).toObject(), u"id"_s), u"cust-002"_s);
    QCOMPARE(str(reply.dataObject().value(u"contact"_s).toObject(), u"id"_s), contactTwo);
}

void TestSandboxWrites::deleteMovesToTheTrash()
{
    const QString id = idWithStatus(u"open"_s);
    const QString customer = str(fetch(id).value(u"customer"_s).toObject(), u"id"_s);
    const qint64 total = totalCount();
    const qint64 forCustomer = totalCount(QUrlQuery{{u"customer_id"_s, customer}});
    const qint64 open = totalCount(QUrlQuery{{u"status"_s, u"open"_s}});

    const TestReply reply = m_client->remove(u"/work-orders/"_s + id);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());

    QCOMPARE(m_client->get(u"/work-orders/"_s + id).status, 404);
    QCOMPARE(str(m_client->get(u"/work-orders/"_s + id).errorObject(), u"code"_s), u"not_found"_s);
    QCOMPARE(m_client->put(u"/work-orders/"_s + id, "{\"notes\":\"x\"}").status, 404);
    QCOMPARE(m_client->remove(u"/work-orders/"_s + id).status, 404);
    QCOMPARE(totalCount(), total - 1);
    QCOMPARE(totalCount(QUrlQuery{{u"customer_id"_s, customer}}), forCustomer - 1);
    QCOMPARE(totalCount(QUrlQuery{{u"status"_s, u"open"_s}}), open - 1);
    for (const QJsonValue &row : m_client->allRows(u"/work-orders"_s, {}))
        QVERIFY(str(row.toObject(), u"id"_s) != id);
    // Its id is never handed out again.
    QVERIFY(str(create({{u"customer_id"_s, u"cust-001"_s}}), u"id"_s) != id);
}

void TestSandboxWrites::readOnlyKeyMayNotWrite()
{
    const QString id = idWithStatus(u"open"_s);
    const QJsonObject before = fetch(id);
    const qint64 total = totalCount();
    m_client->setKey(m_server->options().readOnlyKey);

    QCOMPARE(m_client->get(u"/work-orders/"_s + id).status, 200);
    QCOMPARE(m_client->get(u"/customers"_s).status, 200);
    const TestReply created =
        m_client->post(u"/work-orders"_s, jsonBody({{u"customer_id"_s, u"cust-001"_s}}));
    const TestReply updated = m_client->put(u"/work-orders/"_s + id, "{\"notes\":\"x\"}");
    const TestReply deleted = m_client->remove(u"/work-orders/"_s + id);
    const TestReply unknown = m_client->remove(u"/work-orders/wo-999999"_s);
    for (const TestReply &reply : {created, updated, deleted, unknown}) {
        QCOMPARE(reply.status, 403);
        QCOMPARE(str(reply.errorObject(), u"code"_s), u"forbidden"_s);
        QVERIFY(reply.errorObject().value(u"details"_s).isArray());
    }
    m_client->setKey(m_server->options().key);
    QCOMPARE(fetch(id), before);
    QCOMPARE(totalCount(), total);
}

void TestSandboxWrites::writesToUnknownOrdersAnswer404()
{
    QCOMPARE(m_client->put(u"/work-orders/wo-999999"_s, "{}").status, 404);
    QCOMPARE(m_client->put(u"/work-orders/wo-999999"_s, "not json").status, 404);
    QCOMPARE(m_client->remove(u"/work-orders/wo-999999"_s).status, 404);
    QCOMPARE(m_client->remove(u"/work-orders/"_s).status, 405); // that is the collection
}

void TestSandboxWrites::databaseFileKeepsEditsAndIsSeededOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Options options;
    options.orders = 50;
    options.databasePath = dir.filePath(u"sandbox.db"_s);
    QString id;
    {
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SandboxTestClient client(server.baseUrl(), options.key);
        const TestReply reply = client.post(
            u"/work-orders"_s,
            jsonBody({{u"customer_id"_s, u"cust-001"_s}, {u"notes"_s, u"survives a restart"_s}}));
        QCOMPARE(reply.status, 201);
        id = str(reply.dataObject(), u"id"_s);
        QCOMPARE(client.remove(u"/work-orders/wo-100001"_s).status, 204);
    }
    options.orders = 70; // ignored: the file is not empty
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), options.key);
    QCOMPARE(str(client.get(u"/work-orders/"_s + id).dataObject(), u"notes"_s),
             u"survives a restart"_s);
    QCOMPARE(client.get(u"/work-orders/wo-100001"_s).status, 404);
    QCOMPARE(client.get(u"/work-orders"_s).meta().value(u"total_count"_s).toInt(), 50);
    QCOMPARE(client.get(u"/customers"_s).meta().value(u"total_count"_s).toInt(), 60);
    // Ids and numbers carry on after a restart.
    const QJsonObject next =
        client.post(u"/work-orders"_s, jsonBody({{u"customer_id"_s, u"cust-001"_s}})).dataObject();
    QVERIFY(str(next, u"id"_s) > id);
}

void TestSandboxWrites::serversInOneProcessAreIndependent()
{
    Options options;
    options.orders = 20;
    SandboxServer other(options);
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    QVERIFY(other.port() != m_server->port());
    SandboxTestClient otherClient(other.baseUrl(), options.key);
    const qint64 before = totalCount();
    QCOMPARE(
        otherClient.post(u"/work-orders"_s, jsonBody({{u"customer_id"_s, u"cust-001"_s}})).status,
        201);
    QCOMPARE(otherClient.get(u"/work-orders"_s).meta().value(u"total_count"_s).toInt(), 21);
    QCOMPARE(totalCount(), before);
}

QTEST_GUILESS_MAIN(TestSandboxWrites)
#include "tst_sandbox_writes.moc"
