// parseObject: the first gate untrusted bytes pass. Every hostile body must come back as a
// readable error (or, where JSON allows it, a value), never a crash.
#include "domain/codec.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

QByteArray nested(int depth)
{
    return "{\"data\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}

} // namespace

class TestParseObject : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAnObject()
    {
        const Decoded<QJsonObject> parsed = codec::parseObject(R"({"data":[],"meta":{}})");
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed.value().value("data"_L1).toArray().size(), 0);
        QVERIFY(parsed.value().value("meta"_L1).isObject());
    }

    void acceptsSurroundingWhitespaceAndByteOrderMark()
    {
        QVERIFY(codec::parseObject(" \r\n\t{\"a\":1}\n  "));
        QVERIFY(codec::parseObject("\xEF\xBB\xBF{\"a\":1}"));
    }

    void keepsAMegabyteString()
    {
        const QByteArray big(1024 * 1024, 'x');
        const Decoded<QJsonObject> parsed = codec::parseObject("{\"name\":\"" + big + "\"}");
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed.value().value("name"_L1).toString().size(), big.size());
    }

    void acceptsModerateNesting()
    {
        // Deep enough for any real answer, inside Qt's own limit of 1024 levels.
        QVERIFY(codec::parseObject(nested(500)));
    }

    void rejectsHostileBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedInError");

        QTest::newRow("empty") << QByteArray() << u"empty response body"_s;
        QTest::newRow("whitespace only") << QByteArray(" \n\t\r ") << u"empty response body"_s;
        QTest::newRow("html page")
            << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
            << u"HTML"_s;
        QTest::newRow("html after whitespace") << QByteArray("\n  <html>oops") << u"HTML"_s;
        // Escaped rather than raw: moc loses track of a raw string with unbalanced braces.
        QTest::newRow("truncated") << QByteArray("{\"data\":[{\"id\":\"wo-1\",\"status\":\"op")
                                   << u"invalid JSON at byte"_s;
        QTest::newRow("truncated after comma")
            << QByteArray("{\"data\":[],") << u"invalid JSON at byte"_s;
        QTest::newRow("top-level array") << QByteArray(R"([{"id":"wo-1"}])") << u"an array"_s;
        QTest::newRow("top-level number") << QByteArray("42") << u"JSON"_s;
        QTest::newRow("top-level string") << QByteArray(R"("data")") << u"JSON"_s;
        QTest::newRow("top-level null") << QByteArray("null") << u"JSON"_s;
        QTest::newRow("invalid utf-8 in a value")
            << QByteArray("{\"name\":\"Acme \xFF\xFE Corp\"}") << u"invalid JSON at byte"_s;
        QTest::newRow("invalid utf-8 in a key")
            << QByteArray("{\"na\xC3\x28me\":\"Acme\"}") << u"invalid JSON at byte"_s;
        QTest::newRow("utf-8 encoded surrogate")
            << QByteArray("{\"name\":\"\xED\xA0\x80\"}") << u"invalid JSON at byte"_s;
        QTest::newRow("latin-1 body")
            << QByteArray("{\"name\":\"Caf\xE9\"}") << u"invalid JSON at byte"_s;
        QTest::newRow("10k-deep nesting") << nested(10000) << u"invalid JSON at byte"_s;
        QTest::newRow("NaN literal")
            << QByteArray(R"({"estimated_duration":NaN})") << u"invalid JSON at byte"_s;
        QTest::newRow("Infinity literal")
            << QByteArray(R"({"estimated_duration":Infinity})") << u"invalid JSON at byte"_s;
        QTest::newRow("overflowing number")
            << QByteArray(R"({"total_count":1e400})") << u"invalid JSON at byte"_s;
        QTest::newRow("trailing garbage")
            << QByteArray(R"({"data":[]} {"data":[]})") << u"invalid JSON at byte"_s;
        QTest::newRow("single quotes") << QByteArray("{'data':[]}") << u"invalid JSON at byte"_s;
        QTest::newRow("nul byte") << QByteArray("{\"data\":\0[]}", 12) << u"invalid JSON at byte"_s;
    }

    void rejectsHostileBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedInError);
        const Decoded<QJsonObject> parsed = codec::parseObject(body);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(expectedInError, Qt::CaseInsensitive),
                 qPrintable(parsed.error()));
        // A message for a developer's log, not a copy of the body.
        QVERIFY2(parsed.error().size() < 200, qPrintable(parsed.error()));
    }

    void rejectsBodiesOverTheLimit()
    {
        const QByteArray body = R"({"data":[]})";
        QVERIFY(codec::parseObject(body, body.size()));
        const Decoded<QJsonObject> over = codec::parseObject(body, body.size() - 1);
        QVERIFY(!over);
        QVERIFY2(over.error().contains(u"limit"_s), qPrintable(over.error()));
        QVERIFY2(over.error().contains(QString::number(body.size())), qPrintable(over.error()));
    }

    void rejectsAHugeBodyBeforeParsing()
    {
        // Valid JSON, so only the size check can refuse it.
        const QByteArray big = "{\"name\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        const Decoded<QJsonObject> parsed = codec::parseObject(big, 1024 * 1024);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(u"limit"_s), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestParseObject)
#include "tst_parseobject.moc"
