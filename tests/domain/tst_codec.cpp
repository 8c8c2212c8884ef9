// Decoding: the reference's examples decode field by field, and every way a real server can
// get a field wrong becomes an error naming the field's path, never a crash or a silent guess.
#include "domain/codec.h"
#include "jsonedit.h"
#include "referencepayloads.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace fentu;
using fentu::test::edited;
using fentu::test::jsonValue;
using fentu::test::parseJson;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

/// The reference's list example with four orders, so paths like data[3] exist.
QJsonObject listOfFour()
{
    QJsonObject envelope = parseJson(kListResponse);
    const QJsonObject first = envelope.value("data"_L1).toArray().at(0).toObject();
    QJsonArray data;
    for (int i = 1; i <= 4; ++i) {
        QJsonObject order = first;
        order["id"_L1] = u"wo-%1"_s.arg(i);
        data.append(order);
    }
    envelope["data"_L1] = data;
    return envelope;
}

QJsonObject customerEnvelope()
{
    return parseJson(R"({"data": {"id": "cust-001", "name": "Acme Corp",
        "address": "123 Main St, City, ST 12345",
        "contacts": [{"id": "contact-001", "name": "John Smith", "phone": "+1-555-123-4567",
                      "email": "john@acme.example"}]}})");
}

QJsonObject technicianPage()
{
    return parseJson(R"({"data": [{"id": "tech-001", "name": "Jane Doe", "active": true},
                                  {"id": "tech-002", "name": "Sam Roe", "active": false}],
                         "meta": {"current_page": 1, "total_pages": 1, "total_count": 2}})");
}

/// The error of decoding `document` as a `kind` envelope; empty when it decodes.
QString decodeError(const QString &kind, const QJsonObject &document)
{
    if (kind == u"list")
        return codec::decodeWorkOrderPage(document).error();
    if (kind == u"detail")
        return codec::decodeWorkOrderEnvelope(document).error();
    if (kind == u"customer")
        return codec::decodeCustomerEnvelope(document).error();
    if (kind == u"customers")
        return codec::decodeCustomerPage(document).error();
    return codec::decodeTechnicianPage(document).error();
}

QJsonObject baseDocument(const QString &kind)
{
    if (kind == u"list")
        return listOfFour();
    if (kind == u"detail")
        return parseJson(kGetResponse);
    if (kind == u"customer")
        return customerEnvelope();
    if (kind == u"customers") {
        QJsonObject page = technicianPage();
        page["data"_L1] = QJsonArray{customerEnvelope().value("data"_L1)};
        return page;
    }
    return technicianPage();
}

/// Whether the field at `path` of the reference's get example decoded to its empty default.
bool isDefault(const WorkOrder &order, const QString &path)
{
    static const Customer kReferenceCustomer{
        u"cust-001"_s, u"Acme Corp"_s, u"123 Main St, City, ST 12345"_s, {}};
    if (path == u"work_order_number")
        return order.number.isEmpty();
    if (path == u"status")
        return order.status == Status::Unknown && order.statusText.isEmpty();
    if (path == u"priority")
        return order.priority == Priority::Unknown && order.priorityText.isEmpty();
    if (path == u"description")
        return order.description.isEmpty();
    if (path == u"notes")
        return order.notes.isEmpty();
    if (path == u"work_order_type")
        return order.workOrderType.isEmpty();
    if (path == u"customer")
        return order.customer == Customer{};
    if (path == u"customer.name")
        return order.customer.name.isEmpty() && order.customer.id == u"cust-001";
    if (path == u"customer.address")
        return order.customer.address.isEmpty() && order.customer.name == u"Acme Corp";
    if (path == u"customer.contacts")
        return order.customer == kReferenceCustomer;
    if (path == u"contact")
        return !order.contact.has_value();
    if (path == u"contact.name")
        return order.contact && order.contact->name.isEmpty();
    if (path == u"contact.phone")
        return order.contact && order.contact->phone.isEmpty();
    if (path == u"contact.email")
        return order.contact && order.contact->email.isEmpty();
    if (path == u"technician")
        return !order.technician.has_value();
    if (path == u"technician.name")
        return order.technician && order.technician->name.isEmpty();
    if (path == u"technician.active")
        return order.technician && order.technician->active;
    if (path == u"scheduled_date")
        return !order.scheduledDate.isValid();
    if (path == u"estimated_duration")
        return !order.estimatedDuration.has_value();
    if (path == u"created_at")
        return !order.createdAt.isValid();
    if (path == u"updated_at")
        return !order.updatedAt.isValid();
    if (path == u"tasks")
        return order.tasks.isEmpty();
    if (path == u"tasks.0.name")
        return order.tasks.size() == 1 && order.tasks.at(0).name.isEmpty();
    if (path == u"tasks.0.status")
        return order.tasks.size() == 1 && order.tasks.at(0).status.isEmpty();
    qWarning("isDefault: no check for %s", qPrintable(path));
    return false;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheReferenceListExample()
    {
        const QJsonObject envelope = parseJson(kListResponse);
        const Decoded<Page<WorkOrderSummary>> page = codec::decodeWorkOrderPage(envelope);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page.value().meta, (PageMeta{1, 5, 47}));
        QCOMPARE(page.value().items.size(), 1);

        const WorkOrderSummary &order = page.value().items.at(0);
        QCOMPARE(order.id, u"wo-12345"_s);
        QCOMPARE(order.number, u"WO-2024-001"_s);
        QCOMPARE(order.status, Status::Open);
        QCOMPARE(order.statusText, u"open"_s);
        QCOMPARE(order.priority, Priority::High);
        QCOMPARE(order.priorityText, u"high"_s);
        QCOMPARE(order.customer, (Customer{u"cust-001"_s, u"Acme Corp"_s, {}, {}}));
        QVERIFY(!order.technician);
        QCOMPARE(order.scheduledDate, utc(2024, 1, 27, 9, 0));
        QCOMPARE(order.scheduledDate.timeSpec(), Qt::UTC);
        QCOMPARE(order.createdAt, utc(2024, 1, 20, 14, 30));
        QVERIFY(!order.updatedAt.isValid());
        QVERIFY(!order.estimatedDuration);
        QVERIFY(order.workOrderType.isEmpty());
        QCOMPARE(order.raw, envelope.value("data"_L1).toArray().at(0).toObject());
    }

    void decodesTheReferenceGetExample()
    {
        const QJsonObject envelope = parseJson(kGetResponse);
        const Decoded<WorkOrder> decoded = codec::decodeWorkOrderEnvelope(envelope);
        QVERIFY2(decoded, qPrintable(decoded.error()));

        const WorkOrder &order = decoded.value();
        QCOMPARE(order.id, u"wo-12345"_s);
        QCOMPARE(order.number, u"WO-2024-001"_s);
        QCOMPARE(order.status, Status::Open);
        QCOMPARE(order.priority, Priority::High);
        QCOMPARE(order.description, u"Annual HVAC maintenance"_s);
        QCOMPARE(order.customer,
                 (Customer{u"cust-001"_s, u"Acme Corp"_s, u"123 Main St, City, ST 12345"_s, {}}));
        QCOMPARE(order.contact,
                 (Contact{u"contact-001"_s, u"John Smith"_s, u"+1-555-123-4567"_s, {}}));
        QCOMPARE(order.scheduledDate, utc(2024, 1, 27, 9, 0));
        QCOMPARE(order.estimatedDuration, 120);
        QCOMPARE(order.technician, (Technician{u"tech-001"_s, u"Jane Doe"_s, true}));
        QCOMPARE(order.tasks, (QList<Task>{{u"task-001"_s, u"Inspect filters"_s, u"pending"_s}}));
        QCOMPARE(order.createdAt, utc(2024, 1, 20, 14, 30));
        QCOMPARE(order.updatedAt, utc(2024, 1, 25, 10, 15));
        QVERIFY(order.notes.isEmpty());
        QCOMPARE(order.raw, envelope.value("data"_L1).toObject());
    }

    void decodesTheReferenceCreateResponse()
    {
        const Decoded<WorkOrder> decoded =
            codec::decodeWorkOrderEnvelope(parseJson(kCreateResponse));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        const WorkOrder &order = decoded.value();
        QCOMPARE(order.id, u"wo-12346"_s);
        QCOMPARE(order.number, u"WO-2024-002"_s);
        QCOMPARE(order.status, Status::Open);
        QCOMPARE(order.createdAt, utc(2024, 1, 27, 15, 0));
        // Everything the short answer leaves out is simply empty.
        QCOMPARE(order.priority, Priority::Unknown);
        QVERIFY(order.priorityText.isEmpty());
        QCOMPARE(order.customer, Customer{});
        QVERIFY(!order.contact && !order.technician);
        QVERIFY(!order.scheduledDate.isValid() && !order.updatedAt.isValid());
        QVERIFY(order.tasks.isEmpty());
    }

    void decodesTheAssumedLookups()
    {
        const Decoded<Customer> customer = codec::decodeCustomerEnvelope(customerEnvelope());
        QVERIFY2(customer, qPrintable(customer.error()));
        QCOMPARE(customer.value().address, u"123 Main St, City, ST 12345"_s);
        QCOMPARE(customer.value().contacts,
                 (QList<Contact>{{u"contact-001"_s, u"John Smith"_s, u"+1-555-123-4567"_s,
                                  u"john@acme.example"_s}}));

        const Decoded<Page<Customer>> customers =
            codec::decodeCustomerPage(baseDocument(u"customers"_s));
        QVERIFY2(customers, qPrintable(customers.error()));
        QCOMPARE(customers.value().items, QList<Customer>{customer.value()});

        const Decoded<Page<Technician>> technicians = codec::decodeTechnicianPage(technicianPage());
        QVERIFY2(technicians, qPrintable(technicians.error()));
        QCOMPARE(technicians.value().items,
                 (QList<Technician>{{u"tech-001"_s, u"Jane Doe"_s, true},
                                    {u"tech-002"_s, u"Sam Roe"_s, false}}));
        QCOMPARE(technicians.value().meta, (PageMeta{1, 1, 2}));
    }

    void keepsUnknownFieldsInRaw()
    {
        QJsonObject order = parseJson(kGetResponse).value("data"_L1).toObject();
        order["sla"_L1] = QJsonObject{{"hours"_L1, 4}, {"breached"_L1, false}};
        order["x-vendor-tags"_L1] = QJsonArray{1, u"two"_s, QJsonValue::Null};
        order["customer"_L1] =
            edited(order.value("customer"_L1).toObject(), u"tier"_s, QJsonValue(u"gold"_s));
        const QJsonObject envelope{{"data"_L1, order}, {"request_id"_L1, u"r-1"_s}};

        const Decoded<WorkOrder> decoded = codec::decodeWorkOrderEnvelope(envelope);
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded.value().raw, order);
        QCOMPARE(decoded.value().raw.value("sla"_L1).toObject().value("hours"_L1).toInt(), 4);
        QCOMPARE(decoded.value().customer.name, u"Acme Corp"_s);
    }

    void keepsADeeplyNestedUnknownField()
    {
        const QByteArray body =
            "{\"id\":\"wo-1\",\"extra\":" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}";
        const Decoded<QJsonObject> parsed = codec::parseObject(body);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        const Decoded<WorkOrderSummary> order = codec::decodeWorkOrderSummary(parsed.value());
        QVERIFY2(order, qPrintable(order.error()));
        QVERIFY(order.value().raw.value("extra"_L1).isArray());
    }

    void unknownStatusesStayVisible_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<Status>("status");
        for (const Status status : kAllStatuses)
            QTest::addRow("%s", qPrintable(statusToApi(status))) << statusToApi(status) << status;
        QTest::newRow("new server status") << u"escalated"_s << Status::Unknown;
        QTest::newRow("different case") << u"OPEN"_s << Status::Unknown;
        QTest::newRow("spaced") << u"in progress"_s << Status::Unknown;
        QTest::newRow("empty string") << QString() << Status::Unknown;
        QTest::newRow("1 MB string") << QString(1024 * 1024, u'z') << Status::Unknown;
    }

    void unknownStatusesStayVisible()
    {
        QFETCH(QString, wire);
        QFETCH(Status, status);
        const QJsonObject json{{"id"_L1, u"wo-1"_s}, {"status"_L1, wire}};
        const Decoded<WorkOrderSummary> order = codec::decodeWorkOrderSummary(json);
        QVERIFY2(order, qPrintable(order.error()));
        QCOMPARE(order.value().status, status);
        QCOMPARE(order.value().statusText, wire);
    }

    void unknownPrioritiesStayVisible_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<Priority>("priority");
        for (const Priority priority : kAllPriorities)
            QTest::addRow("%s", qPrintable(priorityToApi(priority)))
                << priorityToApi(priority) << priority;
        QTest::newRow("new server priority") << u"critical"_s << Priority::Unknown;
        QTest::newRow("different case") << u"High"_s << Priority::Unknown;
        QTest::newRow("numeric text") << u"1"_s << Priority::Unknown;
        QTest::newRow("empty string") << QString() << Priority::Unknown;
    }

    void unknownPrioritiesStayVisible()
    {
        QFETCH(QString, wire);
        QFETCH(Priority, priority);
        const QJsonObject json{{"id"_L1, u"wo-1"_s}, {"priority"_L1, wire}};
        const Decoded<WorkOrderSummary> order = codec::decodeWorkOrderSummary(json);
        QVERIFY2(order, qPrintable(order.error()));
        QCOMPARE(order.value().priority, priority);
        QCOMPARE(order.value().priorityText, wire);
    }

    void optionalFieldsMayBeNullOrMissing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("asNull");
        const QStringList optional = {
            u"work_order_number"_s,
            u"status"_s,
            u"priority"_s,
            u"description"_s,
            u"notes"_s,
            u"work_order_type"_s,
            u"customer"_s,
            u"customer.name"_s,
            u"customer.address"_s,
            u"customer.contacts"_s,
            u"contact"_s,
            u"contact.name"_s,
            u"contact.phone"_s,
            u"contact.email"_s,
            u"technician"_s,
            u"technician.name"_s,
            u"technician.active"_s,
            u"scheduled_date"_s,
            u"estimated_duration"_s,
            u"created_at"_s,
            u"updated_at"_s,
            u"tasks"_s,
            u"tasks.0.name"_s,
            u"tasks.0.status"_s,
        };
        for (const QString &path : optional) {
            QTest::addRow("%s null", qPrintable(path)) << path << true;
            QTest::addRow("%s missing", qPrintable(path)) << path << false;
        }
    }

    void optionalFieldsMayBeNullOrMissing()
    {
        QFETCH(QString, path);
        QFETCH(bool, asNull);
        const std::optional<QJsonValue> replacement =
            asNull ? std::optional<QJsonValue>(QJsonValue::Null) : std::nullopt;
        const QJsonObject envelope =
            edited(parseJson(kGetResponse), u"data."_s + path, replacement);

        const Decoded<WorkOrder> decoded = codec::decodeWorkOrderEnvelope(envelope);
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded.value().id, u"wo-12345"_s);
        QVERIFY(isDefault(decoded.value(), path));
        QCOMPARE(decoded.value().raw, envelope.value("data"_L1).toObject());
    }

    void wrongInputNamesThePath_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("editPath");
        QTest::addColumn<QByteArray>("replacement"); // JSON text; empty removes the field
        QTest::addColumn<QString>("error");

        const auto row = [](const char *name, const char *kind, const char *path,
                            const QByteArray &json, const char *error) {
            QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(path) << json
                                << QString::fromUtf8(error);
        };
        // The list envelope and its meta.
        row("data missing", "list", "data", {}, "data: required field is missing");
        row("data null", "list", "data", "null", "data: expected an array, got null");
        row("data object", "list", "data", "{}", "data: expected an array, got an object");
        row("meta missing", "list", "meta", {}, "meta: required field is missing");
        row("meta null", "list", "meta", "null", "meta: expected an object, got null");
        row("meta string", "list", "meta", "\"1/5\"", "meta: expected an object, got a string");
        row("meta count as text", "list", "meta.total_count", "\"47\"",
            "meta.total_count: expected a whole number, got a string");
        row("meta pages fraction", "list", "meta.total_pages", "1.5",
            "meta.total_pages: expected a whole number, got 1.5");
        row("meta page negative", "list", "meta.current_page", "-1",
            "meta.current_page: expected a whole number from 0 to 2147483647, got -1");
        row("meta count huge", "list", "meta.total_count", "1e20",
            "meta.total_count: expected a whole number from 0 to 2147483647, got 1e+20");
        row("meta count bool", "list", "meta.total_count", "true",
            "meta.total_count: expected a whole number, got a boolean");
        // A list row, at every level.
        row("row string", "list", "data.0", "\"wo-1\"",
            "data[0]: expected an object, got a string");
        row("row null", "list", "data.2", "null", "data[2]: expected an object, got null");
        row("row array", "list", "data.1", "[]", "data[1]: expected an object, got an array");
        row("customer name number", "list", "data.3.customer.name", "42",
            "data[3].customer.name: expected a string, got a number");
        row("id missing", "list", "data.0.id", {}, "data[0].id: required field is missing");
        row("id null", "list", "data.0.id", "null", "data[0].id: expected a string, got null");
        row("id number", "list", "data.0.id", "12345",
            "data[0].id: expected a string, got a number");
        row("id empty", "list", "data.0.id", "\"\"", "data[0].id: must not be empty");
        row("number object", "list", "data.1.work_order_number", "{}",
            "data[1].work_order_number: expected a string, got an object");
        row("status number", "list", "data.0.status", "2",
            "data[0].status: expected a string, got a number");
        row("priority bool", "list", "data.0.priority", "true",
            "data[0].priority: expected a string, got a boolean");
        row("customer string", "list", "data.0.customer", "\"Acme Corp\"",
            "data[0].customer: expected an object, got a string");
        row("customer without id", "list", "data.0.customer.id", {},
            "data[0].customer.id: required field is missing");
        row("technician array", "list", "data.0.technician", "[]",
            "data[0].technician: expected an object, got an array");
        row("technician active text", "list", "data.0.technician", R"({"id":"t","active":"yes"})",
            "data[0].technician.active: expected a boolean, got a string");
        row("date as number", "list", "data.0.scheduled_date", "20240127",
            "data[0].scheduled_date: expected a string, got a number");
        row("date as words", "list", "data.0.scheduled_date", "\"tomorrow\"",
            "data[0].scheduled_date: expected an ISO 8601 date and time, got \"tomorrow\"");
        row("date month 13", "list", "data.0.created_at", "\"2024-13-01T00:00:00Z\"",
            "data[0].created_at: expected an ISO 8601 date and time, got "
            "\"2024-13-01T00:00:00Z\"");
        row("updated_at not a date", "list", "data.2.updated_at", "\"27/01/2024\"",
            "data[2].updated_at: expected an ISO 8601 date and time, got \"27/01/2024\"");
        row("duration text", "list", "data.0.estimated_duration", "\"120\"",
            "data[0].estimated_duration: expected a whole number, got a string");
        row("duration negative", "list", "data.0.estimated_duration", "-5",
            "data[0].estimated_duration: expected a whole number from 0 to 5270400, got -5");
        row("duration fraction", "list", "data.0.estimated_duration", "90.5",
            "data[0].estimated_duration: expected a whole number, got 90.5");
        row("duration huge", "list", "data.0.estimated_duration", "1e300",
            "data[0].estimated_duration: expected a whole number from 0 to 5270400, got 1e+300");
        row("duration past int64", "list", "data.0.estimated_duration", "9223372036854775807",
            "data[0].estimated_duration: expected a whole number from 0 to 5270400, got "
            "9.22337e+18");
        row("type array", "list", "data.0.work_order_type", "[\"service\"]",
            "data[0].work_order_type: expected a string, got an array");
        // The detail envelope.
        row("detail data missing", "detail", "data", {}, "data: required field is missing");
        row("detail data array", "detail", "data", "[]", "data: expected an object, got an array");
        row("detail id missing", "detail", "data.id", {}, "data.id: required field is missing");
        row("description array", "detail", "data.description", "[]",
            "data.description: expected a string, got an array");
        row("notes number", "detail", "data.notes", "0",
            "data.notes: expected a string, got a number");
        row("contact phone number", "detail", "data.contact.phone", "5551234567",
            "data.contact.phone: expected a string, got a number");
        row("contact id missing", "detail", "data.contact.id", {},
            "data.contact.id: required field is missing");
        row("tasks string", "detail", "data.tasks", "\"none\"",
            "data.tasks: expected an array, got a string");
        row("tasks object", "detail", "data.tasks", "{}",
            "data.tasks: expected an array, got an object");
        row("task number", "detail", "data.tasks.0", "7",
            "data.tasks[0]: expected an object, got a number");
        row("task id missing", "detail", "data.tasks.0.id", {},
            "data.tasks[0].id: required field is missing");
        row("task name bool", "detail", "data.tasks.0.name", "false",
            "data.tasks[0].name: expected a string, got a boolean");
        row("technician id number", "detail", "data.technician.id", "1",
            "data.technician.id: expected a string, got a number");
        // The assumed lookups.
        row("customer data null", "customer", "data", "null", "data: expected an object, got null");
        row("customer address number", "customer", "data.address", "12345",
            "data.address: expected a string, got a number");
        row("contacts object", "customer", "data.contacts", "{}",
            "data.contacts: expected an array, got an object");
        row("contact email number", "customer", "data.contacts.0.email", "1",
            "data.contacts[0].email: expected a string, got a number");
        row("customers row name", "customers", "data.0.name", "[]",
            "data[0].name: expected a string, got an array");
        row("technicians active number", "technicians", "data.1.active", "0",
            "data[1].active: expected a boolean, got a number");
        row("technicians meta missing", "technicians", "meta", {},
            "meta: required field is missing");
    }

    void wrongInputNamesThePath()
    {
        QFETCH(QString, kind);
        QFETCH(QString, editPath);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, error);
        const QJsonObject base = baseDocument(kind);
        QVERIFY2(decodeError(kind, base).isEmpty(), qPrintable(decodeError(kind, base)));

        const std::optional<QJsonValue> value =
            replacement.isEmpty() ? std::nullopt
                                  : std::optional<QJsonValue>(jsonValue(replacement));
        QCOMPARE(decodeError(kind, edited(base, editPath, value)), error);
    }

    void firstErrorWins()
    {
        QJsonObject envelope = edited(listOfFour(), u"data.1.status"_s, QJsonValue(1));
        envelope = edited(envelope, u"data.3.id"_s, std::nullopt);
        QCOMPARE(codec::decodeWorkOrderPage(envelope).error(),
                 u"data[1].status: expected a string, got a number"_s);
    }

    void topLevelDecodersHaveNoPrefix()
    {
        QCOMPARE(codec::decodeWorkOrder(QJsonArray{}).error(),
                 u"expected an object, got an array"_s);
        QCOMPARE(codec::decodeWorkOrderSummary(QJsonValue(u"wo-1"_s)).error(),
                 u"expected an object, got a string"_s);
        QCOMPARE(codec::decodeCustomer(QJsonValue()).error(), u"expected an object, got null"_s);
        QCOMPARE(codec::decodeCustomer(QJsonValue(QJsonValue::Undefined)).error(),
                 u"expected an object, got nothing"_s);
        QCOMPARE(codec::decodeContact(QJsonObject{}).error(), u"id: required field is missing"_s);
        QCOMPARE(codec::decodeTechnician(QJsonObject{{"id"_L1, 3}}).error(),
                 u"id: expected a string, got a number"_s);
        QCOMPARE(codec::decodeMeta(QJsonObject{{"total_pages"_L1, u"5"_s}}).error(),
                 u"total_pages: expected a whole number, got a string"_s);
        QVERIFY(codec::decodeWorkOrder(QJsonObject{{"id"_L1, u"wo-1"_s}}));
    }

    void metaDefaultsWhenFieldsAreMissing()
    {
        const Decoded<PageMeta> meta = codec::decodeMeta(QJsonObject{});
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(meta.value(), (PageMeta{1, 0, 0}));
    }

    void acceptsIntegralDoublesAsMinutes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("minutes");
        QTest::newRow("integer") << QByteArray("120") << 120;
        QTest::newRow("integral double") << QByteArray("120.0") << 120;
        QTest::newRow("exponent") << QByteArray("1.2e2") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative zero") << QByteArray("-0.0") << 0;
    }

    void acceptsIntegralDoublesAsMinutes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, minutes);
        const Decoded<WorkOrderSummary> order = codec::decodeWorkOrderSummary(
            QJsonObject{{"id"_L1, u"wo-1"_s}, {"estimated_duration"_L1, jsonValue(json)}});
        QVERIFY2(order, qPrintable(order.error()));
        QCOMPARE(order.value().estimatedDuration, minutes);
    }

    void refusesNonFiniteNumbersBuiltInCode_data()
    {
        // Qt's parser refuses these literals, but a QJsonValue built in code can carry them.
        QTest::addColumn<double>("number");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
        QTest::newRow("max double") << std::numeric_limits<double>::max();
        QTest::newRow("lowest double") << std::numeric_limits<double>::lowest();
        QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
    }

    void refusesNonFiniteNumbersBuiltInCode()
    {
        QFETCH(double, number);
        const Decoded<WorkOrderSummary> order = codec::decodeWorkOrderSummary(
            QJsonObject{{"id"_L1, u"wo-1"_s}, {"estimated_duration"_L1, number}});
        QVERIFY(!order);
        QVERIFY2(order.error().startsWith(u"estimated_duration: expected a whole number"_s),
                 qPrintable(order.error()));
        const Decoded<PageMeta> meta = codec::decodeMeta(QJsonObject{{"total_count"_L1, number}});
        QVERIFY(!meta);
        QVERIFY2(meta.error().startsWith(u"total_count: "_s), qPrintable(meta.error()));
    }

    void keepsMegabyteStrings()
    {
        const QString big(1024 * 1024, u'é');
        QJsonObject envelope = edited(parseJson(kGetResponse), u"data.description"_s, big);
        envelope = edited(envelope, u"data.customer.name"_s, big);
        const Decoded<WorkOrder> order = codec::decodeWorkOrderEnvelope(envelope);
        QVERIFY2(order, qPrintable(order.error().left(200)));
        QCOMPARE(order.value().description, big);
        QCOMPARE(order.value().customer.name, big);
    }

    void aMegabyteDateIsAShortError()
    {
        const QString big(1024 * 1024, u'9');
        const QJsonObject envelope = edited(listOfFour(), u"data.2.scheduled_date"_s, big);
        const QString error = codec::decodeWorkOrderPage(envelope).error();
        QVERIFY2(error.startsWith(u"data[2].scheduled_date: expected an ISO 8601 date and time"_s),
                 qPrintable(error.left(200)));
        QVERIFY2(error.size() < 200, qPrintable(error.left(200)));
        QVERIFY2(error.contains(u"1048576 characters"_s), qPrintable(error));
    }

    void convertsOffsetsToUtc()
    {
        const QJsonObject json{{"id"_L1, u"wo-1"_s},
                               {"scheduled_date"_L1, u"2024-01-27T11:00:00.250+02:00"_s},
                               {"created_at"_L1, u"2024-01-20T09:30:00-05:00"_s}};
        const Decoded<WorkOrderSummary> order = codec::decodeWorkOrderSummary(json);
        QVERIFY2(order, qPrintable(order.error()));
        QCOMPARE(order.value().scheduledDate, utc(2024, 1, 27, 9, 0, 0, 250));
        QCOMPARE(order.value().scheduledDate.timeSpec(), Qt::UTC);
        QCOMPARE(order.value().createdAt, utc(2024, 1, 20, 14, 30));
        QCOMPARE(order.value().createdAt.timeSpec(), Qt::UTC);
    }

    void decodesALargePageInOrder()
    {
        const QJsonObject first =
            parseJson(kListResponse).value("data"_L1).toArray().at(0).toObject();
        QJsonArray data;
        for (int i = 0; i < 5000; ++i) {
            QJsonObject order = first;
            order["id"_L1] = u"wo-%1"_s.arg(i);
            data.append(order);
        }
        const QJsonObject envelope{{"data"_L1, data}, {"meta"_L1, QJsonObject{}}};
        const Decoded<Page<WorkOrderSummary>> page = codec::decodeWorkOrderPage(envelope);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page.value().items.size(), 5000);
        QCOMPARE(page.value().items.at(0).id, u"wo-0"_s);
        QCOMPARE(page.value().items.at(4999).id, u"wo-4999"_s);
    }

    void emptyPageIsValid()
    {
        const QJsonObject envelope = edited(parseJson(kListResponse), u"data"_s, QJsonArray{});
        const Decoded<Page<WorkOrderSummary>> page = codec::decodeWorkOrderPage(envelope);
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page.value().items.isEmpty());
        QCOMPARE(page.value().meta, (PageMeta{1, 5, 47}));
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
