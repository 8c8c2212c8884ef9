// fentu-cli's output, as units: the table, CSV (RFC 4180) and JSON formatters, the list
// columns, the text of one order, the sync summary, and how every error becomes an exit status
// and one line.
#include "failure.h"
#include "formatters/csvformatter.h"
#include "formatters/jsonformatter.h"
#include "formatters/listcolumns.h"
#include "formatters/orderdetailformatter.h"
#include "formatters/orderlistformatter.h"
#include "formatters/syncsummary.h"
#include "formatters/tableformatter.h"

#include "api/apierror.h"
#include "cache/cacheerror.h"
#include "credentials/credentialresult.h"
#include "domain/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::cli;

namespace {

WorkOrder sampleOrder()
{
    // A plain literal: moc does not follow raw strings with quotes inside.
    const QByteArray json =
        "{ "
        "\"id\": \"wo-7\", \"work_order_number\": \"WO-2026-007\", \"status\": \"in_progress\", "
        "\"priority\": \"urgent\", \"work_order_type\": \"service\", "
        "\"customer\": {\"id\": \"cust-1\", \"name\": \"Keller, \\\"Best\\\" Bakery\", "
        "\"address\": \"1 Main St\"}, "
        "\"contact\": {\"id\": \"contact-1\", \"name\": \"Ann Lee\", \"phone\": \"+1-555\", "
        "\"email\": \"a@x.io\"}, "
        "\"technician\": {\"id\": \"tech-2\", \"name\": \"Jo Park\"}, "
        "\"scheduled_date\": \"2026-03-04T09:30:00Z\", \"estimated_duration\": 90, "
        "\"description\": \"Line one\\nLine two\\u001b[2J\", \"notes\": \"Call first\", "
        "\"tasks\": [{\"id\": \"task-1\", \"name\": \"Inspect\", \"status\": \"pending\"}], "
        "\"created_at\": \"2026-02-01T08:00:00Z\", \"updated_at\": \"2026-02-02T08:00:00Z\", "
        "\"x_unknown\": {\"kept\": true} "
        "} ";
    auto decoded = codec::decodeWorkOrder(QJsonDocument::fromJson(json).object());
    if (!decoded)
        qFatal("sample does not decode: %s", qPrintable(decoded.error()));
    return std::move(decoded).value();
}

WorkOrderSummary bareOrder()
{
    WorkOrderSummary order;
    order.id = u"wo-8"_s;
    order.raw = QJsonObject{{u"id"_s, u"wo-8"_s}};
    return order;
}

} // namespace

class TestCliFormatters : public QObject
{
    Q_OBJECT
private slots:
    void tableAlignsColumns();
    void tableKeepsEveryRowOnOneLine();
    void csvQuotesPerRfc4180_data();
    void csvQuotesPerRfc4180();
    void csvRecordsEndInCrLf();
    void jsonKeepsRawObjects();
    void listColumnsValues();
    void listFormats();
    void detailText();
    void syncSummary();
    void failureFromHttp_data();
    void failureFromHttp();
    void failureFromTransport_data();
    void failureFromTransport();
    void failureMasksTheKey();
    void failureFromCacheAndKeychain();
    void invalidFieldsNameTheOptions();
};

void TestCliFormatters::tableAlignsColumns()
{
    const QString text =
        TableFormatter::format({u"A"_s, u"LONG HEADER"_s, u"C"_s},
                               {{u"wide value"_s, u"x"_s, u"last"_s}, {u"v"_s, u"yy"_s, u""_s}});
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), 5); // header, rule, two rows, and the final newline
    QCOMPARE(lines.at(0), u"A           LONG HEADER  C"_s);
    QCOMPARE(lines.at(1), u"----------  -----------  ----"_s);
    QCOMPARE(lines.at(2), u"wide value  x            last"_s);
    QCOMPARE(lines.at(3), u"v           yy"_s); // no trailing spaces
    QCOMPARE(lines.at(4), QString());
}

void TestCliFormatters::tableKeepsEveryRowOnOneLine()
{
    const QString text =
        TableFormatter::format({u"NAME"_s, u"N"_s}, {{u"two\nlines\u001b[31m"_s, u"\u00e9\u00e9"_s},
                                                     {u"\U0001F600"_s, u"1"_s}});
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(2), u"two lines [31m  \u00e9\u00e9"_s); // ESC became a space
    // An astral character takes one column, like any other.
    QCOMPARE(TableFormatter::width(u"\U0001F600"_s), 1);
    QCOMPARE(lines.at(3), u"\U0001F600"_s + QString(15, u' ') + u"1"_s);
}

void TestCliFormatters::csvQuotesPerRfc4180_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Acme Corp"_s << u"Acme Corp"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Keller, Inc."_s << u"\"Keller, Inc.\""_s;
    QTest::newRow("quote") << u"The \"Best\""_s << u"\"The \"\"Best\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("spaces kept") << u" padded "_s << u" padded "_s;
    QTest::newRow("apostrophe") << u"O'Brien"_s << u"O'Brien"_s;
}

void TestCliFormatters::csvQuotesPerRfc4180()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(CsvFormatter::field(value), field);
}

void TestCliFormatters::csvRecordsEndInCrLf()
{
    QCOMPARE(CsvFormatter::format({u"id"_s, u"name"_s}, {{u"1"_s, u"a,b"_s}, {u"2"_s, u""_s}}),
             u"id,name\r\n1,\"a,b\"\r\n2,\r\n"_s);
    QCOMPARE(CsvFormatter::format({u"id"_s}, {}), u"id\r\n"_s);
}

void TestCliFormatters::jsonKeepsRawObjects()
{
    const WorkOrder order = sampleOrder();
    const QString text = JsonFormatter::array({order.raw, bareOrder().raw});
    QVERIFY(text.endsWith(u'\n'));
    const QJsonArray back = QJsonDocument::fromJson(text.toUtf8()).array();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).toObject(), order.raw);
    QVERIFY(back.at(0).toObject().contains(u"x_unknown"_s)); // unknown fields survive
    QCOMPARE(QJsonDocument::fromJson(JsonFormatter::array({}).toUtf8()).array(), QJsonArray());
    QCOMPARE(QJsonDocument::fromJson(JsonFormatter::object(order.raw).toUtf8()).object(),
             order.raw);
}

void TestCliFormatters::listColumnsValues()
{
    const WorkOrder order = sampleOrder();
    QCOMPARE(ListColumns::value(order, ListColumns::Id), u"wo-7"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::Number), u"WO-2026-007"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::Status), u"in_progress"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::Priority), u"urgent"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::CustomerName), u"Keller, \"Best\" Bakery"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::TechnicianId), u"tech-2"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::Scheduled), u"2026-03-04T09:30:00Z"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::Duration), u"90"_s);
    QCOMPARE(ListColumns::value(order, ListColumns::Type), u"service"_s);

    const WorkOrderSummary bare = bareOrder();
    for (const ListColumns::Column column : ListColumns::csvColumns()) {
        if (column != ListColumns::Id)
            QCOMPARE(ListColumns::value(bare, column), QString());
        QVERIFY(!ListColumns::key(column).isEmpty());
        QVERIFY(!ListColumns::title(column).isEmpty());
    }
    // An unknown status is shown as the server wrote it.
    WorkOrderSummary odd = bare;
    odd.statusText = u"awaiting_parts"_s;
    QCOMPARE(ListColumns::value(odd, ListColumns::Status), u"awaiting_parts"_s);
}

void TestCliFormatters::listFormats()
{
    const QList<WorkOrderSummary> orders{sampleOrder(), bareOrder()};
    const QString csv = OrderListFormatter::format(orders, cli::OutputFormat::Csv);
    QVERIFY(csv.startsWith(u"id,work_order_number,status,priority,customer_id,customer_name,"
                           "technician_id,technician_name,scheduled_date,estimated_duration,"
                           "work_order_type,created_at,updated_at\r\n"_s));
    QVERIFY(csv.contains(u"\"Keller, \"\"Best\"\" Bakery\""_s));
    QCOMPARE(csv.count(u"\r\n"_s), 3);

    const QString table = OrderListFormatter::format(orders, cli::OutputFormat::Table);
    QVERIFY(table.startsWith(u"NUMBER"_s));
    QCOMPARE(table.count(u'\n'), 4);

    const QJsonArray json =
        QJsonDocument::fromJson(
            OrderListFormatter::format(orders, cli::OutputFormat::Json).toUtf8())
            .array();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject(), orders.at(0).raw);

    // An order that carries no server object still comes out, under the csv names.
    WorkOrderSummary local = bareOrder();
    local.raw = {};
    local.number = u"NEW-1"_s;
    const QJsonArray fallback =
        QJsonDocument::fromJson(
            OrderListFormatter::format({local}, cli::OutputFormat::Json).toUtf8())
            .array();
    QCOMPARE(fallback.at(0)[u"work_order_number"_s].toString(), u"NEW-1"_s);
    QVERIFY(fallback.at(0)[u"customer_id"_s].isNull());
}

void TestCliFormatters::detailText()
{
    const QString text = OrderDetailFormatter::format(sampleOrder());
    QVERIFY(text.startsWith(u"Number:     WO-2026-007\n"_s));
    for (const QString &line :
         {u"ID:         wo-7"_s, u"Status:     in_progress"_s,
          u"Customer:   Keller, \"Best\" Bakery (cust-1)"_s, u"Address:    1 Main St"_s,
          u"Contact:    Ann Lee (contact-1), +1-555, a@x.io"_s, u"Technician: Jo Park (tech-2)"_s,
          u"Scheduled:  2026-03-04T09:30:00Z"_s, u"Duration:   90 min"_s})
        QVERIFY2(text.contains(line + u'\n'), qPrintable(line));
    // Multi-line text is indented; escape sequences cannot reach the terminal.
    QVERIFY(text.contains(u"Description:\n  Line one\n  Line two [2J\n"_s));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(text.contains(u"Tasks:\n  - [pending] Inspect (task-1)\n"_s));

    // A bare order prints only what it has.
    WorkOrder bare;
    bare.id = u"wo-8"_s;
    QCOMPARE(OrderDetailFormatter::format(bare), u"ID: wo-8\n"_s);
}

void TestCliFormatters::syncSummary()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    // With the English catalogue, as fentu-cli runs: it holds the plural forms.
    QTranslator plurals;
    QVERIFY(plurals.load(QString::fromLocal8Bit(FENTU_ENGLISH_QM)));
    QCoreApplication::installTranslator(&plurals);
    QCOMPARE(SyncSummary::progress(3400, 10000, english), u"Syncing\u2026 3,400 / 10,000 orders"_s);
    QCOMPARE(SyncSummary::progress(0, 0, english), u"Syncing\u2026 0 orders"_s);
    QCOMPARE(SyncSummary::progress(1, 1, english), u"Syncing\u2026 1 / 1 order"_s);

    SyncResult result;
    result.outcome = SyncResult::Outcome::Completed;
    result.ordersWritten = 10000;
    result.removed = 3;
    result.customers = 25;
    result.technicians = 12;
    result.detailsFetched = 1250;
    QCOMPARE(SyncSummary::completed(result, 4230, english),
             u"Sync complete in 4.2 s. 10,000 orders written. 3 orders removed. 25 customers "
             "refreshed. 12 technicians refreshed. 1,250 order details fetched."_s);
    QCOMPARE(SyncSummary::detailProgress(120, 4000, english),
             u"Fetching details… 120 / 4,000"_s);
    result.detailsSkipped = true; // --lists-only: no word of details
    QVERIFY(!SyncSummary::completed(result, 4230, english).contains(u"detail"_s));
    result.detailsSkipped = false;
    result.detailsFetched = 1;
    QVERIFY(SyncSummary::completed(result, 4230, english).endsWith(u"1 order detail fetched."_s));
    result.removed = 1;
    result.technicians = 1;
    QVERIFY(SyncSummary::completed(result, 4230, english)
                .contains(u"1 order removed. 25 customers refreshed. 1 technician refreshed."_s));
    result.lookupsAvailable = false;
    result.removalSkipped = true;
    const QString text = SyncSummary::completed(result, 960, english);
    QVERIFY(text.startsWith(u"Sync complete in 1.0 s. 10,000 orders written. 1 order removed. "
                            "This server has no customer or technician list."_s));
    QVERIFY(text.contains(u"no order was removed"_s));
    QCoreApplication::removeTranslator(&plurals);
}

void TestCliFormatters::failureFromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("fields"); // field, message, field, message...
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int workOrder = int(ApiError::Subject::WorkOrder);
    const int list = int(ApiError::Subject::List);
    QTest::newRow("401") << 401 << QStringList{} << list << 2
                         << u"the API key was refused (HTTP 401); check FENTU_API_KEY or the key "
                            "saved in Fentu Desk's Settings"_s;
    QTest::newRow("403") << 403 << QStringList{} << workOrder << 2
                         << u"the API key may not do this (HTTP 403); it may be a read-only key"_s;
    QTest::newRow("404 order") << 404 << QStringList{} << workOrder << 2
                               << u"work order not found (HTTP 404)"_s;
    QTest::newRow("404 list") << 404 << QStringList{} << list << 2
                              << u"the server has nothing at this address (HTTP 404); check the "
                                 "base URL, including its path (such as /api/v1)"_s;
    QTest::newRow("422")
        << 422
        << QStringList{u"customer_id"_s, u"Customer not found"_s, u"technician_id"_s,
                       u"Technician\nnot found"_s}
        << workOrder << 2
        << u"the server refused the changes (HTTP 422): customer_id: Customer not found; "
           "technician_id: Technician not found"_s;
    QTest::newRow("422 no details") << 422 << QStringList{} << workOrder << 2
                                    << u"the server refused the changes (HTTP 422): Bad"_s;
    QTest::newRow("400") << 400 << QStringList{} << list << 2
                         << u"the server refused the request as invalid (HTTP 400): Bad"_s;
    QTest::newRow("429") << 429 << QStringList{} << list << 2
                         << u"the server is rate limiting requests (HTTP 429); try again in 7 s"_s;
    QTest::newRow("500") << 500 << QStringList{} << list << 4
                         << u"the server had a problem (HTTP 500) after 4 attempt(s)"_s;
    QTest::newRow("409") << 409 << QStringList{} << workOrder << 2
                         << u"the server answered with an error (HTTP 409): Bad"_s;
}

void TestCliFormatters::failureFromHttp()
{
    QFETCH(int, status);
    QFETCH(QStringList, fields);
    QFETCH(int, subject);
    QFETCH(int, code);
    QFETCH(QString, message);
    QList<FieldError> details;
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
        details.append({fields.at(i), fields.at(i + 1)});
    ApiError error = ApiError::http(status, u"some_code"_s, u"Bad"_s, details, 7);
    error.setSubject(static_cast<ApiError::Subject>(subject));
    error.setAttempts(4);
    const Failure failure = Failure::fromApi(error);
    QCOMPARE(int(failure.code), code);
    QCOMPARE(failure.message, message);
}

void TestCliFormatters::failureFromTransport_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("refused") << int(ApiError::Kind::ConnectionRefused) << 3
                             << u"cannot reach the server at 127.0.0.1:9: nothing is listening "
                                "there"_s;
    QTest::newRow("dns") << int(ApiError::Kind::HostNotFound) << 3
                         << u"cannot find the server 127.0.0.1:9: the name does not resolve"_s;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 3
                             << u"the server at 127.0.0.1:9 did not answer in time"_s;
    QTest::newRow("network") << int(ApiError::Kind::Network) << 3
                             << u"the connection to the server at 127.0.0.1:9 failed before the "
                                "answer was complete"_s;
    QTest::newRow("malformed") << int(ApiError::Kind::MalformedBody) << 4
                               << u"the server sent an answer fentu-cli cannot read (data[0]: "
                                  "expected an object)"_s;
    QTest::newRow("tls") << int(ApiError::Kind::Tls) << 3
                         << u"the server's TLS certificate could not be verified; the connection "
                            "was not made"_s;
}

void TestCliFormatters::failureFromTransport()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(QString, message);
    ApiError error =
        ApiError::transport(static_cast<ApiError::Kind>(kind), u"data[0]: expected an object"_s);
    error.setEndpoint(u"127.0.0.1:9"_s);
    const Failure failure = Failure::fromApi(error);
    QCOMPARE(int(failure.code), code);
    QCOMPARE(failure.message, message);
}

void TestCliFormatters::failureMasksTheKey()
{
    const QString key = u"sekrit-key-123456"_s;
    const ApiError error =
        ApiError::http(422, u"validation_error"_s, u"Bearer "_s + key + u" rejected"_s,
                       {{u"customer_id"_s, u"echo "_s + key}});
    const Failure failure = Failure::fromApi(error, key);
    QVERIFY(!failure.message.contains(key));
    QVERIFY(failure.message.contains(u"[redacted]"_s));

    ApiError malformed = ApiError::transport(ApiError::Kind::MalformedBody, u"saw "_s + key);
    QVERIFY(!Failure::fromApi(malformed, key).message.contains(key));
}

void TestCliFormatters::failureFromCacheAndKeychain()
{
    const Failure cache = Failure::fromCache(CacheError(CacheError::Kind::DiskFull, u"x"_s));
    QCOMPARE(cache.code, ExitCode::Local);
    QVERIFY(cache.message.startsWith(u"offline cache: The disk is full"_s));

    const Failure unavailable = Failure::fromCredentials(CredentialResult::unavailable(2, u"x"_s));
    QCOMPARE(unavailable.code, ExitCode::Local);
    QVERIFY(unavailable.message.contains(u"keychain is unavailable"_s));
    QVERIFY(unavailable.message.contains(u"FENTU_API_KEY"_s));

    const Failure none = Failure::fromCredentials(CredentialResult::noKeyStored());
    QCOMPARE(none.code, ExitCode::Local);
    QVERIFY(none.message.startsWith(u"no API key is configured"_s));

    QCOMPARE(Failure::oneLine(u"a\nb\rc\u2028d\te"_s), u"a b c d e"_s);
}

void TestCliFormatters::invalidFieldsNameTheOptions()
{
    const Failure failure = Failure::invalidFields(
        {{u"estimated_duration"_s, u"Bad."_s}, {u"customer_id"_s, u"Needed."_s}});
    QCOMPARE(failure.code, ExitCode::Usage);
    QCOMPARE(failure.message, u"--duration: Bad.; --customer: Needed."_s);
    QCOMPARE(Failure::optionForField(u"work_order_type"_s), u"--type"_s);
    QCOMPARE(Failure::optionForField(u"something_else"_s), u"something_else"_s);
}

QTEST_GUILESS_MAIN(TestCliFormatters)
#include "tst_cliformatters.moc"
