// Timestamps: what the codec accepts from a server and what it sends back.
#include "domain/codec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

class TestDateTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A POSIX zone string needs no tzdata: local time is UTC+05:30 here, so converting
        // local time really has to happen.
        qputenv("TZ", "XST-5:30");
        QCOMPARE(utc(2024, 2, 1, 10, 0).toLocalTime().offsetFromUtc(), 5 * 3600 + 30 * 60);
    }

    void parsesTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("reference form") << u"2024-01-27T09:00:00Z"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("positive offset")
            << u"2024-01-27T11:00:00+02:00"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("negative offset")
            << u"2024-01-27T03:30:00-05:30"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("offset without colon")
            << u"2024-01-27T14:30:00+0530"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("offset hours only") << u"2024-01-27T10:00:00+01"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("zero offset") << u"2024-01-27T09:00:00+00:00"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("offset crosses midnight")
            << u"2024-01-01T01:00:00+02:00"_s << utc(2023, 12, 31, 23, 0);
        QTest::newRow("one fraction digit")
            << u"2024-01-27T09:00:00.5Z"_s << utc(2024, 1, 27, 9, 0, 0, 500);
        QTest::newRow("milliseconds")
            << u"2024-01-27T09:00:00.123Z"_s << utc(2024, 1, 27, 9, 0, 0, 123);
        QTest::newRow("microseconds truncated")
            << u"2024-01-27T09:00:00.123999Z"_s << utc(2024, 1, 27, 9, 0, 0, 123);
        QTest::newRow("nanoseconds with offset")
            << u"2024-01-27T10:00:00.000000001+01:00"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("comma fraction")
            << u"2024-01-27T09:00:00,25Z"_s << utc(2024, 1, 27, 9, 0, 0, 250);
        QTest::newRow("lower case t and z") << u"2024-01-27t09:00:00z"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("space separator") << u"2024-01-27 09:00:00Z"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("no seconds") << u"2024-01-27T09:00Z"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("no zone read as UTC") << u"2024-01-27T09:00:00"_s << utc(2024, 1, 27, 9, 0);
        QTest::newRow("date only read as UTC midnight")
            << u"2024-01-27"_s << utc(2024, 1, 27, 0, 0);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s << utc(2024, 2, 29, 23, 59, 59);
    }

    void parsesTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = codec::parseDateTime(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void rejectsBadTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"tomorrow"_s;
        QTest::newRow("day first") << u"27/01/2024 09:00"_s;
        QTest::newRow("month 13") << u"2024-13-01T00:00:00Z"_s;
        QTest::newRow("february 30") << u"2024-02-30T09:00:00Z"_s;
        QTest::newRow("not a leap year") << u"2023-02-29T09:00:00Z"_s;
        QTest::newRow("hour 25") << u"2024-01-27T25:00:00Z"_s;
        QTest::newRow("hour 24") << u"2024-01-27T24:00:00Z"_s;
        QTest::newRow("minute 60") << u"2024-01-27T09:60:00Z"_s;
        QTest::newRow("leap second") << u"2024-01-27T09:00:60Z"_s;
        QTest::newRow("offset hour 24") << u"2024-01-27T09:00:00+24:00"_s;
        QTest::newRow("offset minute 60") << u"2024-01-27T09:00:00+01:60"_s;
        QTest::newRow("dangling offset colon") << u"2024-01-27T09:00:00+01:"_s;
        QTest::newRow("bad zone letter") << u"2024-01-27T09:00:00X"_s;
        QTest::newRow("named zone") << u"2024-01-27T09:00:00 UTC"_s;
        QTest::newRow("trailing text") << u"2024-01-27T09:00:00Z and more"_s;
        QTest::newRow("leading space") << u" 2024-01-27T09:00:00Z"_s;
        QTest::newRow("dot without digits") << u"2024-01-27T09:00:00.Z"_s;
        QTest::newRow("hour without minutes") << u"2024-01-27T09Z"_s;
        QTest::newRow("two-digit year") << u"24-01-27T09:00:00Z"_s;
        QTest::newRow("year zero") << u"0000-01-01T00:00:00Z"_s;
        QTest::newRow("single-digit month") << u"2024-1-27T09:00:00Z"_s;
        QTest::newRow("arabic-indic digits") << u"٢٠٢٤-٠١-٢٧T09:00:00Z"_s;
        QTest::newRow("unix seconds as text") << u"1706346000"_s;
        QTest::newRow("1 MB of digits") << QString(1024 * 1024, u'1');
    }

    void rejectsBadTimestamps()
    {
        QFETCH(QString, text);
        QVERIFY(!codec::parseDateTime(text).isValid());
    }

    void encodesAsUtcWithZ_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << utc(2024, 2, 1, 10, 0) << u"2024-02-01T10:00:00Z"_s;
        QTest::newRow("milliseconds dropped")
            << utc(2024, 2, 1, 10, 0, 5, 999) << u"2024-02-01T10:00:05Z"_s;
        QTest::newRow("offset converted")
            << QDateTime(QDate(2024, 2, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600)
            << u"2024-02-01T10:00:00Z"_s;
        QTest::newRow("negative offset crosses the day")
            << QDateTime(QDate(2024, 1, 31), QTime(21, 0), Qt::OffsetFromUTC, -5 * 3600)
            << u"2024-02-01T02:00:00Z"_s;
        QTest::newRow("local time converted")
            << QDateTime(QDate(2024, 2, 1), QTime(15, 30), Qt::LocalTime)
            << u"2024-02-01T10:00:00Z"_s;
    }

    void encodesAsUtcWithZ()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QString, expected);
        const QJsonValue encoded = codec::encodeDateTime(dateTime);
        QVERIFY(encoded.isString());
        QCOMPARE(encoded.toString(), expected);
        // And back: what we send is what we read.
        QCOMPARE(codec::parseDateTime(encoded.toString()),
                 dateTime.toUTC().addMSecs(-dateTime.time().msec()));
    }

    void encodesInvalidAsNull()
    {
        QVERIFY(codec::encodeDateTime(QDateTime()).isNull());
        QVERIFY(
            codec::encodeDateTime(QDateTime(QDate(2024, 2, 30), QTime(0, 0), Qt::UTC)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
