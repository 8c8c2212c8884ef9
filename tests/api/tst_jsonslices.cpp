// The byte scanner that cuts a page's orders out of the reply body: exact slices, strings and
// escapes respected, nesting followed, and every malformed or ambiguous input refused.
#include "api/jsonslices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

using Slices = std::optional<QList<QByteArray>>;

Slices cut(const QByteArray &json)
{
    return jsonslices::arrayElements(json, "data");
}

/// The elements of `data` as Qt's own parser sees them; nullopt when it refuses the text.
std::optional<QJsonArray> qtElements(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(u"data"_s).isArray())
        return std::nullopt;
    return doc.object().value(u"data"_s).toArray();
}

QJsonValue parseValue(const QByteArray &slice)
{
    // Wrapped, so bare values (numbers, strings) parse too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + slice + "]");
    return doc.array().size() == 1 ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

QByteArray realisticPage()
{
    QJsonArray data;
    for (int i = 0; i < 20; ++i) {
        data.append(QJsonObject{
            {u"id"_s, u"wo-%1"_s.arg(i)},
            {u"work_order_number"_s, u"WO-2024-%1"_s.arg(i, 3, 10, QLatin1Char('0'))},
            {u"status"_s, i % 2 ? u"open"_s : u"completed"_s},
            {u"customer"_s, QJsonObject{{u"id"_s, u"cust-1"_s},
                                        {u"name"_s, u"Caf\u00e9 \"Zur Post\" {GmbH} [1]"_s}}},
            {u"technician"_s,
             i % 3 ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject{{u"id"_s, u"t-1"_s}})},
            {u"estimated_duration"_s, i * 15},
            {u"x_vendor"_s, QJsonArray{1.5, true, QJsonArray{u"a\\b"_s, u"\u0001"_s}}},
        });
    }
    return QJsonDocument(
               QJsonObject{{u"data"_s, data}, {u"meta"_s, QJsonObject{{u"current_page"_s, 1}}}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

class TestJsonSlices : public QObject
{
    Q_OBJECT
private slots:
    void cutsEachElementExactly();
    void whitespaceAroundElementsIsLeftOut();
    void stringsHideQuotesBracesAndBackslashes();
    void unicodeEscapesAndUtf8PassThrough();
    void nestingIsFollowed();
    void onlyTheTopLevelKeyCounts();
    void emptyArrayGivesNoElements();
    void missingOrWrongKindIsRefused();
    void duplicateOrEscapedKeyIsRefused();
    void everyTruncationIsRefused();
    void malformedInput_data();
    void malformedInput();
    void deepNestingIsRefusedWithoutCrashing();
    void numbersEveryParserReadsAlikeAreCut();
    void agreesWithQtOnARealisticPage();
    void agreesWithQtOnMutatedPages();
};

void TestJsonSlices::cutsEachElementExactly()
{
    const Slices slices = cut(R"({"data":[{"a":1},{"b":[2,3]}],"meta":{"total_count":2}})");
    QVERIFY(slices);
    QCOMPARE(*slices, (QList<QByteArray>{R"({"a":1})", R"({"b":[2,3]})"}));
}

void TestJsonSlices::whitespaceAroundElementsIsLeftOut()
{
    const Slices slices = cut(" \r\n{ \"data\" :\t[\n  { \"a\" : 1 } ,\n  2 \n] }\n\n");
    QVERIFY(slices);
    QCOMPARE(*slices, (QList<QByteArray>{R"({ "a" : 1 })", "2"}));
}

void TestJsonSlices::stringsHideQuotesBracesAndBackslashes()
{
    const QByteArray json =
        R"({"data":[{"s":"a\"b}],{["},{"t":"ends with backslash \\"},"\\\"]"],"x":"]"})";
    const Slices slices = cut(json);
    QVERIFY(slices);
    QCOMPARE(slices->size(), 3);
    QCOMPARE(slices->at(0), R"({"s":"a\"b}],{["})");
    QCOMPARE(slices->at(1), R"({"t":"ends with backslash \\"})");
    QCOMPARE(slices->at(2), R"("\\\"]")");
    QCOMPARE(parseValue(slices->at(0)).toObject().value(u"s"_s).toString(), u"a\"b}],{["_s);
}

void TestJsonSlices::unicodeEscapesAndUtf8PassThrough()
{
    const QByteArray json = "{\"data\":[{\"n\":\"\\u00e9\\ud83d\\ude00\\u005C\\u0022\"},"
                            "{\"n\":\"Caf\xc3\xa9 \xf0\x9f\x98\x80\"}]}";
    const Slices slices = cut(json);
    QVERIFY(slices);
    QCOMPARE(slices->size(), 2);
    QCOMPARE(parseValue(slices->at(0)).toObject().value(u"n"_s).toString(),
             u"\u00e9\U0001F600\\\""_s);
    QCOMPARE(slices->at(1), "{\"n\":\"Caf\xc3\xa9 \xf0\x9f\x98\x80\"}");
    // A \u with fewer than four hex digits is not JSON.
    QVERIFY(!cut(R"({"data":["\u00e"]})"));
    QVERIFY(!cut(R"({"data":["\u00eg"]})"));
}

void TestJsonSlices::nestingIsFollowed()
{
    const Slices slices =
        cut(R"({"data":[{"x":[[1,[2]],{"y":{"z":[]}}]},[],[[]],3.5e-2,-0,"s",null,true,false]})");
    QVERIFY(slices);
    QCOMPARE(*slices, (QList<QByteArray>{R"({"x":[[1,[2]],{"y":{"z":[]}}]})", "[]", "[[]]",
                                         "3.5e-2", "-0", R"("s")", "null", "true", "false"}));
}

void TestJsonSlices::onlyTheTopLevelKeyCounts()
{
    const Slices slices = cut(R"({"meta":{"data":[9,9]},"list":[{"data":[8]}],"data":[1]})");
    QVERIFY(slices);
    QCOMPARE(*slices, QList<QByteArray>{"1"});
}

void TestJsonSlices::emptyArrayGivesNoElements()
{
    const Slices slices = cut(R"({"data":[ ],"meta":{}})");
    QVERIFY(slices);
    QVERIFY(slices->isEmpty());
}

void TestJsonSlices::missingOrWrongKindIsRefused()
{
    QVERIFY(!cut(R"({"meta":{}})"));
    QVERIFY(!cut(R"({})"));
    QVERIFY(!cut(R"({"data":{"0":1}})"));
    QVERIFY(!cut(R"({"data":null})"));
    QVERIFY(!cut(R"({"Data":[1]})"));
    QVERIFY(!cut(R"([{"data":[1]}])")); // the top level must be an object
}

void TestJsonSlices::duplicateOrEscapedKeyIsRefused()
{
    // Which of two keys a parser keeps is its own choice: never guess.
    QVERIFY(!cut(R"({"data":[1],"data":[2]})"));
    QVERIFY(!cut(R"({"data":[1],"data":null})"));
    // "d\u0061ta" is "data" to a parser; the scanner does not decode keys, so it gives up.
    QVERIFY(!cut(R"({"d\u0061ta":[1]})"));
    QVERIFY(!cut(R"({"data":[1],"x\"y":2})"));
}

void TestJsonSlices::everyTruncationIsRefused()
{
    const QByteArray json = R"({"data":[{"s":"a\"}\\","n":[1,{"m":-1.5e+3}]},true],"meta":{}})";
    QVERIFY(cut(json));
    for (qsizetype length = 0; length < json.size(); ++length)
        QVERIFY2(!cut(json.left(length)), json.left(length).constData());
}

void TestJsonSlices::malformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray(" \n ");
    QTest::newRow("unterminated string") << QByteArray(R"({"data":["abc]})");
    QTest::newRow("bad escape") << QByteArray(R"({"data":["\x41"]})");
    QTest::newRow("raw control character") << QByteArray("{\"data\":[\"a\tb\"]}");
    QTest::newRow("leading zero") << QByteArray(R"({"data":[01]})");
    QTest::newRow("lone minus") << QByteArray(R"({"data":[-]})");
    QTest::newRow("dot without digits") << QByteArray(R"({"data":[1.]})");
    QTest::newRow("exponent without digits") << QByteArray(R"({"data":[1e+]})");
    QTest::newRow("trailing comma in array") << QByteArray(R"({"data":[1,]})");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"data":[1],})");
    QTest::newRow("missing colon") << QByteArray(R"({"data" [1]})");
    QTest::newRow("missing comma") << QByteArray(R"({"data":[1 2]})");
    QTest::newRow("unquoted key") << QByteArray(R"({data:[1]})");
    QTest::newRow("single quotes") << QByteArray(R"({"data":['a']})");
    QTest::newRow("bad literal") << QByteArray(R"({"data":[nul]})");
    QTest::newRow("mismatched bracket") << QByteArray(R"({"data":[{"a":1]]})");
    QTest::newRow("garbage after object") << QByteArray(R"({"data":[1]} x)");
    QTest::newRow("second object") << QByteArray(R"({"data":[1]}{})");
    QTest::newRow("nested garbage") << QByteArray(R"({"data":[1],"meta":{"a":tru}})");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
    // Valid JSON, but parsers disagree on a value below a double's range: refused too.
    QTest::newRow("underflowing exponent") << QByteArray(R"({"data":[1e-400]})");
    QTest::newRow("three-digit negative exponent") << QByteArray(R"({"data":[{"x":2.5E-100}]})");
    QTest::newRow("twenty fraction digits") << QByteArray(R"({"data":[0.00000000000000000001]})");
}

void TestJsonSlices::malformedInput()
{
    QFETCH(QByteArray, json);
    QVERIFY(!cut(json));
}

void TestJsonSlices::numbersEveryParserReadsAlikeAreCut()
{
    const Slices slices = cut(R"({"data":[1e-99,1e300,0.1234567890123456789,-0,-0.0,1E+400]})");
    QVERIFY(slices);
    // 1E+400 overflows: every parser refuses it alike, so the scanner leaves it to them.
    QCOMPARE(slices->size(), 6);
}

void TestJsonSlices::deepNestingIsRefusedWithoutCrashing()
{
    const QByteArray deep =
        "{\"data\":[" + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}";
    QVERIFY(!cut(deep));
    const QByteArray fine = "{\"data\":[" + QByteArray(100, '[') + QByteArray(100, ']') + "]}";
    const Slices slices = cut(fine);
    QVERIFY(slices);
    QCOMPARE(slices->size(), 1);
}

void TestJsonSlices::agreesWithQtOnARealisticPage()
{
    const QByteArray body = realisticPage();
    const Slices slices = cut(body);
    QVERIFY(slices);
    const std::optional<QJsonArray> expected = qtElements(body);
    QVERIFY(expected);
    QCOMPARE(slices->size(), expected->size());
    for (int i = 0; i < slices->size(); ++i) {
        QVERIFY(slices->at(i).startsWith('{') && slices->at(i).endsWith('}'));
        QCOMPARE(parseValue(slices->at(i)), expected->at(i));
    }
}

void TestJsonSlices::agreesWithQtOnMutatedPages()
{
    // Single-byte changes that keep the UTF-8 valid (the scanner leaves that check to the
    // parser that runs first): whenever the scanner cuts a body, Qt parses it too and finds
    // the same elements.
    const QByteArray body = realisticPage();
    static constexpr char kBytes[] = R"({}[]",:\ -0123456789.eEtrufalsn	x)";
    QRandomGenerator random(20261128);
    int cutCount = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = body;
        const int edits = 1 + int(random.bounded(2));
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random.bounded(int(mutated.size())));
            if (static_cast<unsigned char>(mutated.at(at)) >= 0x80)
                continue; // never splits a UTF-8 sequence: its validity is Qt's check alone
            const char byte = kBytes[random.bounded(int(sizeof(kBytes) - 1))];
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = byte;
                break;
            case 1:
                mutated.insert(at, byte);
                break;
            default:
                mutated.remove(at, 1);
                break;
            }
        }
        const Slices slices = cut(mutated);
        if (!slices)
            continue;
        ++cutCount;
        const std::optional<QJsonArray> expected = qtElements(mutated);
        QVERIFY2(expected, mutated.constData());
        QCOMPARE(slices->size(), expected->size());
        for (int i = 0; i < slices->size(); ++i)
            QCOMPARE(parseValue(slices->at(i)), expected->at(i));
    }
    QVERIFY(cutCount > 100); // the mutations left plenty of valid bodies to compare
}

QTEST_GUILESS_MAIN(TestJsonSlices)
#include "tst_jsonslices.moc"
