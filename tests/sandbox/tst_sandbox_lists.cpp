// The sandbox's read side: list filters and their combinations, paging, order, the lookups,
// and the 400/401/404/405 answers, over real loopback HTTP.
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using fentu::sandbox::Options;
using fentu::sandbox::SandboxServer;
using fentu::sandbox::test::SandboxTestClient;
using fentu::sandbox::test::TestReply;

namespace {

const QDate anchor(2024, 3, 15);
const QRegularExpression timestampShape(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);

QString str(const QJsonObject &row, const QString &key)
{
    return row.value(key).toString();
}

QString refId(const QJsonObject &row, const QString &key)
{
    return row.value(key).toObject().value(u"id"_s).toString();
}

std::optional<QDate> scheduledDay(const QJsonObject &row)
{
    const QJsonValue value = row.value(u"scheduled_date"_s);
    if (value.isNull())
        return std::nullopt;
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

void verifyErrorShape(const TestReply &reply, int status, const QString &code)
{
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    const QJsonObject error = reply.errorObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(error.value(u"details"_s).isArray());
}

} // namespace

class TestSandboxLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listIsOrderedByScheduleThenIdUnscheduledLast();
    void rowsHaveTheDocumentedShape();
    void demoDataIsPlausible();
    void defaultPaging();
    void pagingEdges_data();
    void pagingEdges();
    void pagesConcatenateToTheWholeList();
    void filters_data();
    void filters();
    void unscheduledOrdersNeverMatchADateFilter();
    void invalidParametersAnswer400_data();
    void invalidParametersAnswer400();
    void emptyParametersCountAsAbsent();
    void missingOrWrongKeyAnswers401_data();
    void missingOrWrongKeyAnswers401();
    void unknownThingsAnswer404_data();
    void unknownThingsAnswer404();
    void wrongMethodAnswers405();
    void detailHasTheDocumentedShape();
    void customersListSearchAndDetail();
    void techniciansList();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_all; // every order, in server order
};

void TestSandboxLists::initTestCase()
{
    Options options;
    options.orders = 300;
    options.seed = 7;
    options.anchorDate = anchor;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1/api/v1"_s.arg(m_server->port()));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), options.key);

    qint64 total = 0;
    m_all = m_client->allRows(u"/work-orders"_s, {}, 100, &total);
    QCOMPARE(total, 300);
    QCOMPARE(m_all.size(), 300);
    QSet<QString> ids;
    for (const QJsonValue &row : std::as_const(m_all))
        ids.insert(str(row.toObject(), u"id"_s));
    QCOMPARE(ids.size(), 300);
}

void TestSandboxLists::listIsOrderedByScheduleThenIdUnscheduledLast()
{
    bool seenUnscheduled = false;
    for (qsizetype i = 1; i < m_all.size(); ++i) {
        const QJsonObject a = m_all.at(i - 1).toObject();
        const QJsonObject b = m_all.at(i).toObject();
        const QJsonValue sa = a.value(u"scheduled_date"_s);
        const QJsonValue sb = b.value(u"scheduled_date"_s);
        if (sa.isNull()) {
            seenUnscheduled = true;
            QVERIFY2(sb.isNull(), "a scheduled order after an unscheduled one");
            QVERIFY(str(a, u"id"_s) < str(b, u"id"_s));
        } else if (!sb.isNull()) {
            QVERIFY(sa.toString() <= sb.toString());
            if (sa.toString() == sb.toString())
                QVERIFY(str(a, u"id"_s) < str(b, u"id"_s));
        }
    }
    QVERIFY2(seenUnscheduled, "the seed should produce a few unscheduled orders");
}

void TestSandboxLists::rowsHaveTheDocumentedShape()
{
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject row = value.toObject();
        for (const QString &key :
             {u"id"_s, u"work_order_number"_s, u"status"_s, u"work_order_type"_s, u"priority"_s,
              u"created_at"_s, u"updated_at"_s}) {
            QVERIFY2(row.value(key).isString(), qPrintable(key));
        }
        const QJsonObject customer = row.value(u"customer"_s).toObject();
        QVERIFY(customer.value(u"id"_s).isString());
        QVERIFY(customer.value(u"name"_s).isString());
        const QJsonValue technician = row.value(u"technician"_s);
        QVERIFY(technician.isNull() || technician.toObject().value(u"name"_s).isString());
        QVERIFY(row.contains(u"scheduled_date"_s));
        QVERIFY(row.contains(u"estimated_duration"_s));
        QVERIFY(timestampShape.match(str(row, u"created_at"_s)).hasMatch());
        QVERIFY(timestampShape.match(str(row, u"updated_at"_s)).hasMatch());
        QVERIFY(str(row, u"created_at"_s) <= str(row, u"updated_at"_s));
        if (!row.value(u"scheduled_date"_s).isNull())
            QVERIFY(timestampShape.match(str(row, u"scheduled_date"_s)).hasMatch());
        // Seeded data never lies in the anchor's future.
        QVERIFY(str(row, u"updated_at"_s) <= anchor.toString(Qt::ISODate) + u"T00:00:00Z"_s);
    }
}

void TestSandboxLists::demoDataIsPlausible()
{
    QSet<QString> statuses, priorities, types, customers;
    QDate first = anchor, last = anchor;
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject row = value.toObject();
        const QString status = str(row, u"status"_s);
        statuses.insert(status);
        priorities.insert(str(row, u"priority"_s));
        types.insert(str(row, u"work_order_type"_s));
        customers.insert(refId(row, u"customer"_s));
        if (status == u"assigned"_s || status == u"in_progress"_s)
            QVERIFY2(!row.value(u"technician"_s).isNull(), "status rule broken by the seed");
        if (const auto day = scheduledDay(row)) {
            first = qMin(first, *day);
            last = qMax(last, *day);
        }
        QVERIFY(QRegularExpression(u"^WO-\\d{4}-\\d{3,}$"_s)
                    .match(str(row, u"work_order_number"_s))
                    .hasMatch());
    }
    QCOMPARE(statuses.size(), 7);
    QCOMPARE(priorities, (QSet<QString>{u"low"_s, u"medium"_s, u"high"_s, u"urgent"_s}));
    QCOMPARE(types, (QSet<QString>{u"service"_s, u"repair"_s, u"installation"_s, u"inspection"_s,
                                   u"maintenance"_s, u"emergency"_s}));
    QVERIFY(customers.size() > 30);
    QVERIFY(first >= anchor.addDays(-60) && first < anchor.addDays(-45));
    QVERIFY(last <= anchor.addDays(60) && last > anchor.addDays(45));
}

void TestSandboxLists::defaultPaging()
{
    const TestReply reply = m_client->get(u"/work-orders"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    QCOMPARE(reply.dataArray().size(), 25);
    QCOMPARE(reply.meta().value(u"current_page"_s).toInt(), 1);
    QCOMPARE(reply.meta().value(u"total_pages"_s).toInt(), 12);
    QCOMPARE(reply.meta().value(u"total_count"_s).toInt(), 300);
}

void TestSandboxLists::pagingEdges_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("totalPages");

    QTest::newRow("per_page 1") << 1 << 1 << 1 << 300;
    QTest::newRow("per_page 1, last page") << 300 << 1 << 1 << 300;
    QTest::newRow("per_page 100") << 3 << 100 << 100 << 3;
    QTest::newRow("last page, partial") << 43 << 7 << 6 << 43;
    QTest::newRow("page past the end") << 44 << 7 << 0 << 43;
    QTest::newRow("far past the end") << 100000 << 100 << 0 << 3;
}

void TestSandboxLists::pagingEdges()
{
    QFETCH(int, page);
    QFETCH(int, perPage);
    QFETCH(int, rows);
    QFETCH(int, totalPages);
    const TestReply reply =
        m_client->get(u"/work-orders"_s, QUrlQuery{{u"page"_s, QString::number(page)},
                                                   {u"per_page"_s, QString::number(perPage)}});
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.dataArray();
    QCOMPARE(data.size(), rows);
    QCOMPARE(reply.meta().value(u"current_page"_s).toInt(), page);
    QCOMPARE(reply.meta().value(u"total_pages"_s).toInt(), totalPages);
    QCOMPARE(reply.meta().value(u"total_count"_s).toInt(), 300);
    for (int i = 0; i < data.size(); ++i)
        QCOMPARE(data.at(i), m_all.at((page - 1) * perPage + i));
}

void TestSandboxLists::pagesConcatenateToTheWholeList()
{
    QCOMPARE(m_client->allRows(u"/work-orders"_s, {}, 7), m_all);
}

void TestSandboxLists::filters_data()
{
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<std::function<bool(const QJsonObject &)>>("matches");

    // Pick values that occur in the data, so that the filters have something to find.
    const QJsonObject sample = m_all.at(40).toObject();
    const QString customer = refId(sample, u"customer"_s);
    QString technician;
    for (const QJsonValue &row : std::as_const(m_all)) {
        if (!row.toObject().value(u"technician"_s).isNull()) {
            technician = refId(row.toObject(), u"technician"_s);
            break;
        }
    }
    const QDate from = anchor.addDays(-10);
    const QDate to = anchor.addDays(5);
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const QDate sampleDay = *scheduledDay(m_all.at(0).toObject());

    auto status = [](const QString &wanted) {
        return [wanted](const QJsonObject &row) { return str(row, u"status"_s) == wanted; };
    };
    auto byCustomer = [customer](const QJsonObject &row) {
        return refId(row, u"customer"_s) == customer;
    };
    auto byTechnician = [technician](const QJsonObject &row) {
        return refId(row, u"technician"_s) == technician;
    };
    auto between = [](std::optional<QDate> low, std::optional<QDate> high) {
        return [low, high](const QJsonObject &row) {
            const auto day = scheduledDay(row);
            return day && (!low || *day >= *low) && (!high || *day <= *high);
        };
    };
    using Predicate = std::function<bool(const QJsonObject &)>;
    auto all = [](QList<Predicate> predicates) -> Predicate {
        return [predicates](const QJsonObject &row) {
            return std::all_of(predicates.cbegin(), predicates.cend(),
                               [&row](const Predicate &p) { return p(row); });
        };
    };

    for (const QString &s : {u"draft"_s, u"open"_s, u"assigned"_s, u"in_progress"_s, u"on_hold"_s,
                             u"completed"_s, u"cancelled"_s}) {
        QTest::addRow("status=%s", qPrintable(s))
            << QUrlQuery{{u"status"_s, s}} << Predicate(status(s));
    }
    QTest::newRow("customer") << QUrlQuery{{u"customer_id"_s, customer}} << Predicate(byCustomer);
    QTest::newRow("unknown customer") << QUrlQuery{{u"customer_id"_s, u"cust-999"_s}}
                                      << Predicate([](const QJsonObject &) { return false; });
    QTest::newRow("technician") << QUrlQuery{{u"technician_id"_s, technician}}
                                << Predicate(byTechnician);
    QTest::newRow("from_date") << QUrlQuery{{u"from_date"_s, fromText}}
                               << Predicate(between(from, std::nullopt));
    QTest::newRow("to_date") << QUrlQuery{{u"to_date"_s, toText}}
                             << Predicate(between(std::nullopt, to));
    QTest::newRow("from and to") << QUrlQuery{{u"from_date"_s, fromText}, {u"to_date"_s, toText}}
                                 << Predicate(between(from, to));
    QTest::newRow("one day, both ends inclusive")
        << QUrlQuery{{u"from_date"_s, sampleDay.toString(Qt::ISODate)},
                     {u"to_date"_s, sampleDay.toString(Qt::ISODate)}}
        << Predicate(between(sampleDay, sampleDay));
    QTest::newRow("from after to") << QUrlQuery{{u"from_date"_s, toText}, {u"to_date"_s, fromText}}
                                   << Predicate(between(to, from));
    QTest::newRow("status + technician")
        << QUrlQuery{{u"status"_s, u"completed"_s}, {u"technician_id"_s, technician}}
        << all({status(u"completed"_s), byTechnician});
    QTest::newRow("customer + dates") << QUrlQuery{{u"customer_id"_s, customer},
                                                   {u"from_date"_s, fromText},
                                                   {u"to_date"_s, toText}}
                                      << all({byCustomer, between(from, to)});
    QTest::newRow("status + dates") << QUrlQuery{{u"status"_s, u"assigned"_s},
                                                 {u"from_date"_s, fromText},
                                                 {u"to_date"_s, toText}}
                                    << all({status(u"assigned"_s), between(from, to)});
    QTest::newRow("everything") << QUrlQuery{{u"status"_s, u"completed"_s},
                                             {u"customer_id"_s, customer},
                                             {u"technician_id"_s, technician},
                                             {u"from_date"_s, u"2000-01-01"_s},
                                             {u"to_date"_s, toText}}
                                << all({status(u"completed"_s), byCustomer, byTechnician,
                                        between(QDate(2000, 1, 1), to)});
}

void TestSandboxLists::filters()
{
    QFETCH(QUrlQuery, query);
    QFETCH(std::function<bool(const QJsonObject &)>, matches);

    // Brute force: the whole list, filtered here, in the server's order.
    QJsonArray expected;
    for (const QJsonValue &row : std::as_const(m_all)) {
        if (matches(row.toObject()))
            expected.append(row);
    }
    qint64 total = -1;
    const QJsonArray got = m_client->allRows(u"/work-orders"_s, query, 9, &total);
    for (const QJsonValue &row : got)
        QVERIFY2(matches(row.toObject()), qPrintable(str(row.toObject(), u"id"_s)));
    QCOMPARE(total, expected.size());
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
}

void TestSandboxLists::unscheduledOrdersNeverMatchADateFilter()
{
    const QJsonArray got =
        m_client->allRows(u"/work-orders"_s, QUrlQuery{{u"from_date"_s, u"1900-01-01"_s},
                                                       {u"to_date"_s, u"2999-12-31"_s}});
    int unscheduled = 0;
    for (const QJsonValue &row : std::as_const(m_all))
        unscheduled += row.toObject().value(u"scheduled_date"_s).isNull() ? 1 : 0;
    QVERIFY(unscheduled > 0);
    QCOMPARE(got.size(), m_all.size() - unscheduled);
    for (const QJsonValue &row : got)
        QVERIFY(!row.toObject().value(u"scheduled_date"_s).isNull());
}

void TestSandboxLists::invalidParametersAnswer400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    const QString orders = u"/work-orders"_s;
    QTest::newRow("page 0") << orders << u"page"_s << u"0"_s;
    QTest::newRow("page -1") << orders << u"page"_s << u"-1"_s;
    QTest::newRow("page abc") << orders << u"page"_s << u"abc"_s;
    QTest::newRow("page 1.5") << orders << u"page"_s << u"1.5"_s;
    QTest::newRow("page too big for an int") << orders << u"page"_s << u"99999999999"_s;
    QTest::newRow("per_page 0") << orders << u"per_page"_s << u"0"_s;
    QTest::newRow("per_page 101") << orders << u"per_page"_s << u"101"_s;
    QTest::newRow("per_page x") << orders << u"per_page"_s << u"x"_s;
    QTest::newRow("unknown status") << orders << u"status"_s << u"done"_s;
    QTest::newRow("status in capitals") << orders << u"status"_s << u"OPEN"_s;
    QTest::newRow("month 13") << orders << u"from_date"_s << u"2024-13-01"_s;
    QTest::newRow("31 February") << orders << u"to_date"_s << u"2024-02-31"_s;
    QTest::newRow("slashes") << orders << u"to_date"_s << u"2024/01/01"_s;
    QTest::newRow("no dashes") << orders << u"from_date"_s << u"20240101"_s;
    QTest::newRow("date-time") << orders << u"from_date"_s << u"2024-01-01T00:00:00Z"_s;
    QTest::newRow("customers page 0") << u"/customers"_s << u"page"_s << u"0"_s;
    QTest::newRow("customers per_page 500") << u"/customers"_s << u"per_page"_s << u"500"_s;
    QTest::newRow("technicians page abc") << u"/technicians"_s << u"page"_s << u"abc"_s;
}

void TestSandboxLists::invalidParametersAnswer400()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, value);
    const TestReply reply = m_client->get(path, QUrlQuery{{name, value}});
    verifyErrorShape(reply, 400, u"bad_request"_s);
    const QJsonArray details = reply.errorObject().value(u"details"_s).toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.at(0).toObject().value(u"field"_s).toString(), name);
    QVERIFY(!details.at(0).toObject().value(u"message"_s).toString().isEmpty());
}

void TestSandboxLists::emptyParametersCountAsAbsent()
{
    const TestReply reply = m_client->get(u"/work-orders"_s, QUrlQuery{{u"status"_s, QString()},
                                                                       {u"page"_s, QString()},
                                                                       {u"from_date"_s, QString()},
                                                                       {u"unknown"_s, u"x"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.meta().value(u"total_count"_s).toInt(), 300);
}

void TestSandboxLists::missingOrWrongKeyAnswers401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << QByteArray() << u"Missing API key"_s;
    QTest::newRow("wrong key") << "Bearer not-the-key"_ba << u"Invalid API key"_s;
    QTest::newRow("empty bearer") << "Bearer"_ba << u"Invalid API key"_s;
    QTest::newRow("basic scheme") << "Basic ZGVtby1rZXk6"_ba << u"Invalid API key"_s;
    QTest::newRow("key without scheme") << "demo-key"_ba << u"Invalid API key"_s;
}

void TestSandboxLists::missingOrWrongKeyAnswers401()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, message);
    for (const QString &path :
         {u"/work-orders"_s, u"/work-orders/wo-100001"_s, u"/customers"_s, u"/no-such-thing"_s}) {
        const TestReply reply = m_client->send("GET", path, {}, {}, authorization);
        verifyErrorShape(reply, 401, u"unauthorized"_s);
        QCOMPARE(reply.errorObject().value(u"message"_s).toString(), message);
        QVERIFY2(!reply.body.contains("not-the-key"), "a key was echoed back");
    }
    const TestReply write =
        m_client->send("DELETE", u"/work-orders/wo-100001"_s, {}, {}, authorization);
    QCOMPARE(write.status, 401);
    // The scheme's case does not matter.
    QCOMPARE(m_client->send("GET", u"/customers"_s, {}, {}, "bearer demo-key").status, 200);
}

void TestSandboxLists::unknownThingsAnswer404_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("work order") << u"/work-orders/wo-999999"_s << u"Work order not found"_s;
    QTest::newRow("odd id") << u"/work-orders/%20x"_s << u"Work order not found"_s;
    QTest::newRow("customer") << u"/customers/cust-999"_s << u"Customer not found"_s;
    QTest::newRow("path") << u"/work-order"_s << QString();
    QTest::newRow("deeper path") << u"/work-orders/wo-100001/tasks"_s << QString();
    QTest::newRow("technician detail") << u"/technicians/tech-001"_s << QString();
    QTest::newRow("api root") << QString() << QString();
    QTest::newRow("double slash") << u"//work-orders"_s << QString();
}

void TestSandboxLists::unknownThingsAnswer404()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const TestReply reply = m_client->get(path);
    verifyErrorShape(reply, 404, u"not_found"_s);
    if (!message.isEmpty())
        QCOMPARE(reply.errorObject().value(u"message"_s).toString(), message);
}

void TestSandboxLists::wrongMethodAnswers405()
{
    TestReply reply =
        m_client->send("PATCH", u"/work-orders/wo-100001"_s, {}, "{}", "Bearer demo-key");
    verifyErrorShape(reply, 405, u"method_not_allowed"_s);
    QCOMPARE(reply.header("Allow"), "GET, PUT, DELETE"_ba);
    reply = m_client->send("DELETE", u"/work-orders"_s, {}, {}, "Bearer demo-key");
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), "GET, POST"_ba);
}

void TestSandboxLists::detailHasTheDocumentedShape()
{
    // Find an order with a contact, a technician and tasks.
    int withTasks = 0;
    for (int i = 0; i < 40; ++i) {
        const QString id = str(m_all.at(i).toObject(), u"id"_s);
        const TestReply reply = m_client->get(u"/work-orders/"_s + id);
        QCOMPARE(reply.status, 200);
        const QJsonObject order = reply.dataObject();
        QCOMPARE(str(order, u"id"_s), id);
        // Everything a list row has, the detail has too, with the same values.
        const QJsonObject row = m_all.at(i).toObject();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (it.key() == u"customer"_s) {
                QCOMPARE(refId(order, u"customer"_s), refId(row, u"customer"_s));
            } else {
                QCOMPARE(order.value(it.key()), it.value());
            }
        }
        QVERIFY(order.value(u"description"_s).isString());
        QVERIFY(order.contains(u"notes"_s));
        QVERIFY(order.value(u"customer"_s).toObject().value(u"address"_s).isString());
        const QJsonValue contact = order.value(u"contact"_s);
        if (!contact.isNull()) {
            for (const QString &key : {u"id"_s, u"name"_s, u"phone"_s})
                QVERIFY(contact.toObject().value(key).isString());
        }
        const QJsonArray tasks = order.value(u"tasks"_s).toArray();
        QVERIFY(order.value(u"tasks"_s).isArray());
        withTasks += tasks.isEmpty() ? 0 : 1;
        for (const QJsonValue &task : tasks) {
            for (const QString &key : {u"id"_s, u"name"_s, u"status"_s})
                QVERIFY(task.toObject().value(key).isString());
            if (str(order, u"status"_s) == u"completed"_s)
                QCOMPARE(str(task.toObject(), u"status"_s), u"completed"_s);
        }
    }
    QVERIFY2(withTasks > 20, "most orders should have tasks");
}

void TestSandboxLists::customersListSearchAndDetail()
{
    qint64 total = 0;
    const QJsonArray customers = m_client->allRows(u"/customers"_s, {}, 25, &total);
    QCOMPARE(total, 60);
    QCOMPARE(customers.size(), 60);
    for (const QJsonValue &value : customers) {
        const QJsonObject customer = value.toObject();
        QVERIFY(customer.value(u"id"_s).isString());
        QVERIFY(!str(customer, u"name"_s).isEmpty());
        QVERIFY(QRegularExpression(u", [A-Z]{2} \\d{5}$"_s)
                    .match(str(customer, u"address"_s))
                    .hasMatch());
    }

    // Search: part of a name, any case.
    const QString name = str(customers.at(5).toObject(), u"name"_s);
    const QString fragment = name.mid(1, 4).toUpper();
    const QJsonArray found = m_client->allRows(u"/customers"_s, QUrlQuery{{u"search"_s, fragment}});
    int expected = 0;
    for (const QJsonValue &value : customers)
        expected += str(value.toObject(), u"name"_s).contains(fragment, Qt::CaseInsensitive);
    QCOMPARE(found.size(), expected);
    QVERIFY(found.contains(customers.at(5)));
    QVERIFY(m_client->allRows(u"/customers"_s, QUrlQuery{{u"search"_s, u"%_zz"_s}}).isEmpty());

    const TestReply detail =
        m_client->get(u"/customers/"_s + str(customers.at(5).toObject(), u"id"_s));
    QCOMPARE(detail.status, 200);
    const QJsonObject customer = detail.dataObject();
    QCOMPARE(str(customer, u"name"_s), name);
    const QJsonArray contacts = customer.value(u"contacts"_s).toArray();
    QVERIFY(contacts.size() >= 1 && contacts.size() <= 3);
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        QVERIFY(!str(contact, u"name"_s).isEmpty());
        QVERIFY(QRegularExpression(u"^\\+1-\\d{3}-555-01\\d{2}$"_s)
                    .match(str(contact, u"phone"_s))
                    .hasMatch());
        QVERIFY(str(contact, u"email"_s).contains(u'@'));
    }
}

void TestSandboxLists::techniciansList()
{
    qint64 total = 0;
    const QJsonArray technicians = m_client->allRows(u"/technicians"_s, {}, 4, &total);
    QCOMPARE(total, 15);
    QCOMPARE(technicians.size(), 15);
    int inactive = 0;
    for (const QJsonValue &value : technicians) {
        const QJsonObject technician = value.toObject();
        QVERIFY(!str(technician, u"id"_s).isEmpty());
        QVERIFY(!str(technician, u"name"_s).isEmpty());
        QVERIFY(technician.value(u"active"_s).isBool());
        inactive += technician.value(u"active"_s).toBool() ? 0 : 1;
    }
    QVERIFY(inactive >= 1 && inactive <= 2);
}

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandbox_lists.moc"
