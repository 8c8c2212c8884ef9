// The sync's fast decoder of list pages (simdjson) against the codec it stands in for: on
// every body it answers for, it answers exactly what the codec does; on every other body it
// steps aside, and on the ordinary page it does answer. Hand-made edge cases, then seeded
// random mutations of a realistic page (FENTU_FAST_DECODE_SEEDS=N for a longer run).

#include "api/fastorderpage.h"
#include "api/jsonslices.h"
#include "api/receivedorderpage.h"
#include "domain/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

QJsonObject order(int i)
{
    QJsonObject json{
        {u"id"_s, u"wo-%1"_s.arg(i, 5, 10, QChar(u'0'))},
        {u"work_order_number"_s, u"WO-2024-%1"_s.arg(i)},
        {u"status"_s, QStringList{u"open"_s, u"assigned"_s, u"in_progress"_s, u"on_hold"_s,
                                  u"completed"_s, u"cancelled"_s, u"paused_by_vendor"_s}[i % 7]},
        {u"priority"_s, QStringList{u"low"_s, u"medium"_s, u"high"_s, u"urgent"_s}[i % 4]},
        {u"customer"_s,
         QJsonObject{{u"id"_s, u"cust-%1"_s.arg(i % 9)},
                     {u"name"_s, i % 3 ? u"Hôtel \"Zur Post\"\n😀"_s : u"Acme Corp"_s},
                     {u"address"_s, i % 2 ? QJsonValue(u"1 Quay St"_s) : QJsonValue()}}},
        {u"scheduled_date"_s,
         i % 5 ? u"2024-01-27T09:00:00Z"_s : u"2024-01-27T11:30:00.250+02:00"_s},
        {u"estimated_duration"_s, i % 4 ? QJsonValue(30 * i) : QJsonValue(120.0)},
        {u"work_order_type"_s, u"service"_s},
        {u"created_at"_s, u"2024-01-20T14:30:00Z"_s},
        {u"updated_at"_s, i % 6 ? QJsonValue(u"2024-01-25T10:15:00.123456Z"_s) : QJsonValue()},
        {u"x_vendor"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s, QJsonObject{}}}}},
    };
    if (i % 3 == 0) {
        json[u"technician"_s] = QJsonObject{{u"id"_s, u"tech-%1"_s.arg(i % 4)},
                                            {u"name"_s, u"José Núñez"_s},
                                            {u"active"_s, i % 2 == 0}};
    } else if (i % 3 == 1) {
        json[u"technician"_s] = QJsonValue();
    }
    if (i % 8 == 0) {
        QJsonObject customer = json[u"customer"_s].toObject();
        customer[u"contacts"_s] = QJsonArray{QJsonObject{{u"id"_s, u"c-1"_s},
                                                         {u"name"_s, u"Ann"_s},
                                                         {u"phone"_s, u"+1 555"_s},
                                                         {u"email"_s, QJsonValue()}}};
        json[u"customer"_s] = customer;
    }
    return json;
}

QJsonObject page(int count)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data.append(order(i));
    return QJsonObject{
        {u"data"_s, data},
        {u"meta"_s,
         QJsonObject{{u"current_page"_s, 3}, {u"total_pages"_s, 40}, {u"total_count"_s, 3999}}}};
}

QByteArray bytes(const QJsonObject &object,
                 QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    return QJsonDocument(object).toJson(format);
}

struct SlowResult
{
    bool ok = false;
    Page<WorkOrderSummary> page;
    QList<QByteArray> itemJson;
};

/// What the sync decoded before the fast path: the codec, then the slices.
SlowResult decodeSlowly(const QByteArray &body)
{
    SlowResult result;
    const Decoded<QJsonObject> envelope = codec::parseObject(body);
    if (!envelope)
        return result;
    Decoded<Page<WorkOrderSummary>> decoded = codec::decodeWorkOrderPage(envelope.value());
    if (!decoded)
        return result;
    result.ok = true;
    result.page = std::move(decoded).value();
    if (auto items = jsonslices::arrayElements(body, "data"))
        result.itemJson = *items;
    return result;
}

QString differenceIn(const WorkOrderSummary &fast, const WorkOrderSummary &slow)
{
    const auto sameTime = [](const QDateTime &a, const QDateTime &b) {
        return a.isValid() == b.isValid() &&
               (!a.isValid() ||
                (a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch() && a.timeSpec() == b.timeSpec()));
    };
    if (fast.id != slow.id)
        return u"id"_s;
    if (fast.number != slow.number)
        return u"number"_s;
    if (fast.status != slow.status || fast.statusText != slow.statusText)
        return u"status"_s;
    if (fast.priority != slow.priority || fast.priorityText != slow.priorityText)
        return u"priority"_s;
    if (!(fast.customer == slow.customer))
        return u"customer"_s;
    if (fast.technician != slow.technician)
        return u"technician"_s;
    if (!sameTime(fast.scheduledDate, slow.scheduledDate))
        return u"scheduled_date"_s;
    if (fast.estimatedDuration != slow.estimatedDuration)
        return u"estimated_duration"_s;
    if (fast.workOrderType != slow.workOrderType)
        return u"work_order_type"_s;
    if (!sameTime(fast.createdAt, slow.createdAt))
        return u"created_at"_s;
    if (!sameTime(fast.updatedAt, slow.updatedAt))
        return u"updated_at"_s;
    return {};
}

/// Empty when the fast path agrees with the codec on `body` (or stepped aside); else what
/// differs.
QString disagreement(const QByteArray &body, bool *answered = nullptr)
{
    const std::optional<ReceivedOrderPage> fast = decodeOrderPageFast(body);
    if (answered)
        *answered = fast.has_value();
    if (!fast)
        return {};
    const SlowResult slow = decodeSlowly(body);
    if (!slow.ok)
        return u"the fast path accepted a body the codec refuses"_s;
    if (fast->page.meta != slow.page.meta)
        return u"meta"_s;
    if (fast->page.items.size() != slow.page.items.size())
        return u"item count"_s;
    for (qsizetype i = 0; i < fast->page.items.size(); ++i) {
        if (const QString field = differenceIn(fast->page.items.at(i), slow.page.items.at(i));
            !field.isEmpty())
            return u"data[%1].%2"_s.arg(i).arg(field);
        if (!fast->page.items.at(i).raw.isEmpty())
            return u"raw is filled"_s;
    }
    if (fast->itemJson != slow.itemJson)
        return u"item bytes"_s;
    return {};
}

/// `value` with the field at `path` ("data.3.customer.name") replaced, or removed.
QJsonValue edited(const QJsonValue &node, QStringList path, const std::optional<QJsonValue> &to)
{
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (index >= array.size())
            return node;
        if (path.isEmpty()) {
            if (to)
                array[index] = *to;
            else
                array.removeAt(index);
        } else {
            array[index] = edited(array.at(index), path, to);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (to)
            object[key] = *to;
        else
            object.remove(key);
    } else {
        object[key] = edited(object.value(key), path, to);
    }
    return object;
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

class TestFastOrderPage : public QObject
{
    Q_OBJECT

private slots:
    void answersForTheOrdinaryPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("compact") << bytes(page(60));
        QTest::newRow("indented") << bytes(page(60), QJsonDocument::Indented);
        QTest::newRow("empty page") << QByteArray("{\"data\":[],\"meta\":{}}");
        QTest::newRow("reference example") << QByteArray(
            "{\n"
            "  \"data\": [\n"
            "    {\n"
            "      \"id\": \"wo-12345\",\n"
            "      \"work_order_number\": \"WO-2024-001\",\n"
            "      \"status\": \"open\",\n"
            "      \"customer\": { \"id\": \"cust-001\", \"name\": \"Acme Corp\" },\n"
            "      \"scheduled_date\": \"2024-01-27T09:00:00Z\",\n"
            "      \"priority\": \"high\",\n"
            "      \"created_at\": \"2024-01-20T14:30:00Z\"\n"
            "    }\n"
            "  ],\n"
            "  \"meta\": { \"current_page\": 1, \"total_pages\": 5, \"total_count\": 47 }\n"
            "}");
        QTest::newRow("escaped text") << QByteArray(
            "{\"data\":[{\"id\":\"wo-\\u0031\",\"customer\":{\"id\":\"c\",\"name\":\"Caf\\u00e9 "
            "\\ud83d\\ude00 \\\"x\\\"\\\\\\/\"}}],\"meta\":{\"total_count\":1}}");
    }

    void answersForTheOrdinaryPage()
    {
        QFETCH(QByteArray, body);
        bool answered = false;
        const QString difference = disagreement(body, &answered);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(answered); // else the sync would never take the fast path
    }

    void stepsAsideWhereTheCodecWouldWordAnError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("replacement"); // JSON text; empty removes the field
        const auto row = [](const char *path, const QByteArray &replacement) {
            QTest::addRow("%s = %s", path,
                          replacement.isEmpty() ? "(removed)" : replacement.constData())
                << QString::fromLatin1(path) << replacement;
        };
        row("data", {});
        row("data", "null");
        row("data", "{}");
        row("meta", {});
        row("meta", "null");
        row("meta.total_count", "\"47\"");
        row("meta.total_pages", "1.5");
        row("meta.current_page", "-1");
        row("meta.total_count", "1e20");
        row("data.0", "\"wo-1\"");
        row("data.2", "null");
        row("data.0.id", {});
        row("data.0.id", "null");
        row("data.0.id", "12345");
        row("data.0.id", "\"\"");
        row("data.1.work_order_number", "{}");
        row("data.0.status", "2");
        row("data.0.customer", "\"Acme\"");
        row("data.0.customer.id", {});
        row("data.0.customer.contacts", "{}");
        row("data.8.customer.contacts.0.id", {});
        row("data.8.customer.contacts.0.email", "1");
        row("data.0.technician", "[]");
        row("data.0.technician.active", "\"yes\"");
        row("data.0.technician.id", "1");
        row("data.0.scheduled_date", "20240127");
        row("data.0.scheduled_date", "\"tomorrow\"");
        row("data.0.created_at", "\"2024-13-01T00:00:00Z\"");
        row("data.0.estimated_duration", "\"120\"");
        row("data.0.estimated_duration", "-5");
        row("data.0.estimated_duration", "90.5");
        row("data.0.estimated_duration", "1e300");
        row("data.0.estimated_duration", "9223372036854775807");
        row("data.0.work_order_type", "[\"service\"]");
    }

    void stepsAsideWhereTheCodecWouldWordAnError()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, replacement);
        const std::optional<QJsonValue> to =
            replacement.isEmpty() ? std::nullopt : std::optional<QJsonValue>(json(replacement));
        const QByteArray body = bytes(edited(page(10), path.split(u'.'), to).toObject());
        QVERIFY2(!decodeSlowly(body).ok, "the case must be one the codec refuses");
        QVERIFY(!decodeOrderPageFast(body));
        // What the sync gets: the codec's words for it.
        const Decoded<ReceivedOrderPage> decoded = decodeReceivedOrderPage(body);
        QVERIFY(!decoded);
        const Decoded<QJsonObject> envelope = codec::parseObject(body);
        QCOMPARE(decoded.error(), envelope ? codec::decodeWorkOrderPage(envelope.value()).error()
                                           : envelope.error());
    }

    void stepsAsideForOddButValidBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        // The codec reads these (or refuses them) in its own way; the fast path never guesses.
        QTest::newRow("duplicate id")
            << QByteArray("{\"data\":[{\"id\":\"a\",\"id\":\"b\"}],\"meta\":{}}");
        QTest::newRow("duplicate status") << QByteArray(
            "{\"data\":[{\"id\":\"a\",\"status\":\"open\",\"status\":\"closed\"}],\"meta\":{}}");
        QTest::newRow("duplicate data")
            << QByteArray("{\"data\":[],\"data\":[{\"id\":\"a\"}],\"meta\":{}}");
        QTest::newRow("escaped data key")
            << QByteArray("{\"d\\u0061ta\":[{\"id\":\"a\"}],\"meta\":{}}");
        QTest::newRow("deep unknown field")
            << (QByteArray("{\"data\":[{\"id\":\"a\",\"x\":") + QByteArray(40, '[') +
                QByteArray(40, ']') + "}],\"meta\":{}}");
        QTest::newRow("not an object") << QByteArray("[{\"data\":[]}]");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated") << bytes(page(3)).chopped(7);
        QTest::newRow("trailing garbage") << bytes(page(3)) + "x";
        QTest::newRow("invalid utf-8") << QByteArray("{\"data\":[{\"id\":\"a\xff\"}],\"meta\":{}}");
        QTest::newRow("lone surrogate")
            << QByteArray("{\"data\":[{\"id\":\"a\",\"status\":\"\\ud800\"}],\"meta\":{}}");
        QTest::newRow("empty") << QByteArray();
    }

    void stepsAsideForOddButValidBodies()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!decodeOrderPageFast(body));
    }

    // Numbers and text as a server may spell them, byte for byte (QJsonDocument would
    // normalise them before the random test below sees them): the fast path agrees with the
    // codec on every one, answering for some and stepping aside for the rest.
    void agreesOnOddSpellings_data()
    {
        QTest::addColumn<QByteArray>("field"); // the order's fields after "id":"a",
        QTest::addColumn<bool>("answers");
        const auto row = [](const char *name, const char *field, bool answers) {
            QTest::newRow(name) << QByteArray(field) << answers;
        };
        row("minus zero", "\"estimated_duration\":-0", true);
        row("minus zero point zero", "\"estimated_duration\":-0.0", true);
        row("whole as a fraction", "\"estimated_duration\":120.0", true);
        row("whole with an exponent", "\"estimated_duration\":1.2e2", true);
        row("whole with a capital exponent", "\"estimated_duration\":12E+1", true);
        row("nul in a string", "\"work_order_type\":\"a\\u0000b\"", true);
        row("escaped slash", "\"work_order_type\":\"a\\/b\"", true);
        row("huge exponent in an unknown field", "\"x\":1e300", true);
        // Parsers disagree on these, or the codec refuses them: the codec decides.
        row("underflow", "\"estimated_duration\":1e-400", false);
        row("underflow in an unknown field", "\"x\":1e-400", false);
        row("long fraction", "\"x\":0.000000000000000000000001", false);
        row("twenty-one digits", "\"x\":123456789012345678901", false);
        row("duration past int64", "\"estimated_duration\":9223372036854775808", false);
        row("overflow", "\"x\":1e400", false);
    }

    void agreesOnOddSpellings()
    {
        QFETCH(QByteArray, field);
        QFETCH(bool, answers);
        const QByteArray body = "{\"data\":[{\"id\":\"a\"," + field + "}],\"meta\":{}}";
        bool answered = false;
        const QString difference = disagreement(body, &answered);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(answered, answers);
    }

    void aByteOrderMarkIsLeftToTheCodec()
    {
        const QByteArray body = "\xEF\xBB\xBF{\"data\":[{\"id\":\"a\"}],\"meta\":{}}";
        QVERIFY(disagreement(body).isEmpty());
        QVERIFY(!decodeOrderPageFast(body));
    }

    // Seeded random mutations of a realistic page: one to four fields set to values of every
    // kind, removed, or the body cut or doubled in places. The fast path must agree with the
    // codec on every body it answers for, and answer for a good share of them.
    void agreesWithTheCodecOnMutatedPages()
    {
        const int seeds = qEnvironmentVariableIntValue("FENTU_FAST_DECODE_SEEDS") > 0
                              ? qEnvironmentVariableIntValue("FENTU_FAST_DECODE_SEEDS")
                              : 3;
        const QStringList fields{u"id"_s,
                                 u"work_order_number"_s,
                                 u"status"_s,
                                 u"priority"_s,
                                 u"customer"_s,
                                 u"customer.id"_s,
                                 u"customer.name"_s,
                                 u"customer.address"_s,
                                 u"customer.contacts"_s,
                                 u"technician"_s,
                                 u"technician.id"_s,
                                 u"technician.name"_s,
                                 u"technician.active"_s,
                                 u"scheduled_date"_s,
                                 u"estimated_duration"_s,
                                 u"work_order_type"_s,
                                 u"created_at"_s,
                                 u"updated_at"_s,
                                 u"x_vendor"_s};
        const QList<QByteArray> values{{},
                                       "null",
                                       "\"\"",
                                       "\"x\"",
                                       "0",
                                       "-1",
                                       "7",
                                       "1.5",
                                       "120.0",
                                       "1e3",
                                       "1e300",
                                       "true",
                                       "false",
                                       "[]",
                                       "{}",
                                       "{\"id\":\"z\"}",
                                       "{\"id\":\"\"}",
                                       "[{\"id\":\"c\"}]",
                                       "\"2024-02-29T23:59:59Z\"",
                                       "\"2024-02-30T00:00:00Z\"",
                                       "\"2024-01-01T00:00\"",
                                       "\"2024-01-01 08:00:00+05:30\"",
                                       "\"1969-12-31T23:59:59.999Z\"",
                                       "5270400",
                                       "5270401",
                                       "-0",
                                       "\"open\"",
                                       "\"\\u00e9\""};
        int answered = 0;
        int bodies = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            QRandomGenerator random{quint32(seed)};
            for (int round = 0; round < 400; ++round) {
                QJsonValue document = page(12);
                const int edits = 1 + int(random.bounded(4));
                for (int e = 0; e < edits; ++e) {
                    const QString path = u"data.%1.%2"_s.arg(random.bounded(12))
                                             .arg(fields.at(random.bounded(int(fields.size()))));
                    const QByteArray value = values.at(random.bounded(int(values.size())));
                    document = edited(document, path.split(u'.'),
                                      value.isEmpty() ? std::nullopt
                                                      : std::optional<QJsonValue>(json(value)));
                }
                const QByteArray body = bytes(document.toObject());
                bool fast = false;
                const QString difference = disagreement(body, &fast);
                QVERIFY2(difference.isEmpty(),
                         qPrintable(u"seed %1 round %2: %3\n%4"_s.arg(seed).arg(round).arg(
                             difference, QString::fromUtf8(body))));
                answered += fast ? 1 : 0;
                ++bodies;
            }
        }
        // About one in ten stays an ordinary page (a null, another string, a valid date): the
        // agreement above was checked on real answers, not only on refusals.
        QVERIFY2(answered > bodies / 20, qPrintable(u"%1 of %2"_s.arg(answered).arg(bodies)));
        QVERIFY2(answered < bodies, "no mutation made the fast path step aside");
    }
};

QTEST_GUILESS_MAIN(TestFastOrderPage)
#include "tst_fastorderpage.moc"
