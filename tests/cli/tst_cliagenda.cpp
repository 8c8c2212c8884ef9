// fentu-cli agenda against an in-process sandbox, in Berlin time: each technician's orders of
// the local day(s) as a table, CSV and JSON with clashes flagged; --technician and --days;
// --offline after a sync gives the same agenda; --pdf writes the day sheets (read back with
// pdftotext: number, customer, time, contact and phone, tasks with boxes), offline too, saying
// when details are not cached; bad options are usage errors (exit status 1) that name the
// option.
#include "../print/pdftext.h"
#include "../support/localzone.h"
#include "clitestsupport.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using fentu::test::CliFixture;
using fentu::test::CliRun;

namespace {

constexpr const char *kZone = "Europe/Berlin";
const QDate kDay(2031, 5, 6); // far from the seeded orders: only this test's are there

QString utcIso(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime)
        .toUTC()
        .toString(Qt::ISODateWithMs)
        .replace(u".000Z"_s, u"Z"_s);
}

} // namespace

class TestCliAgenda : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void tableFlagsClashes();
    void csvAndJson();
    void technicianAndDays();
    void offlineAfterSyncIsTheSame();
    void pdfWritesTheDaySheets();
    void pdfOfflineSaysWhatIsNotCached();
    void badOptionsAreUsageErrors();
    void anOrderFromTheEveningBeforeIsOnTheFirstDay(); // last: it adds an order
    void listFromToAreLocalDays();                      // ...and so does this one

private:
    CliRun run(const QStringList &arguments);
    QString create(const QString &technicianId, QDate day, int hour, int minutes);

    std::unique_ptr<fentu::test::LocalZone> m_zone;
    std::unique_ptr<CliFixture> m_fixture;
    QString m_customerId;
    QString m_customerName;
    QJsonObject m_ada; // two orders that overlap, and one the next day
    QJsonObject m_bo;  // one order
    QStringList m_adaIds;
    QString m_boId;
    QString m_trayId;
    QString m_nextDayId;
};

void TestCliAgenda::initTestCase()
{
    m_zone = std::make_unique<fentu::test::LocalZone>(kZone);
    m_fixture = std::make_unique<CliFixture>(20);
    QVERIFY(m_fixture->startServer());
    const QJsonArray customers = m_fixture->direct().get(u"/customers"_s).dataArray();
    const QJsonArray technicians = m_fixture->direct().get(u"/technicians"_s).dataArray();
    QVERIFY(!customers.isEmpty() && technicians.size() >= 2);
    m_customerId = customers.first()[u"id"_s].toString();
    m_customerName = customers.first()[u"name"_s].toString();
    m_ada = technicians[0].toObject();
    m_bo = technicians[1].toObject();
    const QString ada = m_ada[u"id"_s].toString();
    m_adaIds = {create(ada, kDay, 9, 120), create(ada, kDay, 10, 60)};
    m_boId = create(m_bo[u"id"_s].toString(), kDay, 14, 45);
    m_trayId = create(QString(), kDay, 16, 30);
    m_nextDayId = create(ada, kDay.addDays(1), 8, 60);
    QVERIFY(!m_adaIds.contains(QString()) && !m_boId.isEmpty() && !m_trayId.isEmpty() &&
            !m_nextDayId.isEmpty());
}

void TestCliAgenda::cleanupTestCase()
{
    m_fixture.reset();
    m_zone.reset();
}

CliRun TestCliAgenda::run(const QStringList &arguments)
{
    QProcessEnvironment environment = m_fixture->environment(m_fixture->key());
    environment.insert(u"TZ"_s, QString::fromLatin1(kZone));
    return m_fixture->runRaw(arguments + m_fixture->location(), environment);
}

QString TestCliAgenda::create(const QString &technicianId, QDate day, int hour, int minutes)
{
    QJsonObject body{{u"customer_id"_s, m_customerId},
                     {u"work_order_type"_s, u"repair"_s},
                     {u"description"_s, u"agenda test"_s},
                     {u"scheduled_date"_s, utcIso(day, hour)},
                     {u"estimated_duration"_s, minutes}};
    if (!technicianId.isEmpty())
        body.insert(u"technician_id"_s, technicianId);
    const auto reply = m_fixture->direct().post(u"/work-orders"_s,
                                                QJsonDocument(body).toJson(QJsonDocument::Compact));
    return reply.json()[u"data"_s].toObject()[u"id"_s].toString();
}

void TestCliAgenda::tableFlagsClashes()
{
    const CliRun agenda = run({u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate)});
    QVERIFY2(agenda.exitCode == 0 && agenda.err.isEmpty(), agenda.describe());
    const QStringList lines = agenda.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 2 + 4, agenda.describe()); // header, rule, four orders
    QVERIFY2(lines[0].contains(u"TECHNICIAN"_s) && lines[0].contains(u"FLAGS"_s),
             agenda.describe());
    const QString ada = m_ada[u"name"_s].toString();
    // Ada's two orders overlap: both flagged, and nothing else.
    int clashes = 0;
    for (const QString &line : lines.mid(2)) {
        if (line.contains(ada)) {
            QVERIFY2(line.contains(u"CLASH"_s), qPrintable(line));
            ++clashes;
        } else {
            QVERIFY2(!line.contains(u"CLASH"_s), qPrintable(line));
        }
    }
    QCOMPARE(clashes, 2);
    QVERIFY2(agenda.outText().contains(u"09:00–11:00"_s) &&
                 agenda.outText().contains(u"14:00–14:45"_s),
             agenda.describe());
    QVERIFY2(lines.last().contains(u"Unassigned"_s), agenda.describe()); // after the technicians
}

void TestCliAgenda::csvAndJson()
{
    const CliRun csv =
        run({u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate), u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, csv.describe());
    const auto records = fentu::test::parseCsv(csv.outText());
    QVERIFY2(records && records->size() == 5, csv.describe());
    const QStringList header = records->first();
    QCOMPARE(header.mid(0, 6), (QStringList{u"date"_s, u"technician_id"_s, u"technician_name"_s,
                                            u"start"_s, u"end"_s, u"id"_s}));
    const int idColumn = header.indexOf(u"id"_s);
    const int clashColumn = header.indexOf(u"clash"_s);
    const int customerColumn = header.indexOf(u"customer_name"_s);
    for (const QStringList &record : records->mid(1)) {
        QCOMPARE(record[0], kDay.toString(Qt::ISODate));
        const bool clash = m_adaIds.contains(record[idColumn]);
        QCOMPARE(record[clashColumn], clash ? u"true"_s : u"false"_s);
        QCOMPARE(record[customerColumn], m_customerName);
        if (record[idColumn] == m_boId) {
            QCOMPARE(record[3], kDay.toString(Qt::ISODate) + u"T14:00:00+02:00"_s);
            QCOMPARE(record[1], m_bo[u"id"_s].toString());
        }
    }

    const CliRun json =
        run({u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate), u"--format"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray days = QJsonDocument::fromJson(json.out).array();
    // Every active technician by name, as the window's day sheets (a free day has no orders),
    // then Unassigned.
    QVERIFY2(days.size() >= 3, json.out.constData());
    int adaDay = -1;
    int withOrders = 0;
    for (int d = 0; d < days.size() - 1; ++d) {
        if (days[d][u"technician"_s][u"id"_s].toString() == m_ada[u"id"_s].toString())
            adaDay = d;
        withOrders += days[d][u"orders"_s].toArray().isEmpty() ? 0 : 1;
    }
    QCOMPARE(withOrders, 2); // Ada and Bo
    QVERIFY(adaDay >= 0);
    const QJsonArray adas = days[adaDay][u"orders"_s].toArray();
    QCOMPARE(adas.size(), 2);
    QCOMPARE(adas[0][u"order"_s][u"id"_s].toString(), m_adaIds[0]);
    QVERIFY(adas[0][u"clash"_s].toBool() && adas[1][u"clash"_s].toBool());
    const QJsonValue tray = days[days.size() - 1];
    QVERIFY(tray[u"unassigned"_s].toBool());
    QVERIFY(tray[u"technician"_s].isNull());
    QCOMPARE(tray[u"orders"_s][0][u"order"_s][u"id"_s].toString(), m_trayId);
}

void TestCliAgenda::technicianAndDays()
{
    const CliRun bo = run({u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate), u"--technician"_s,
                           m_bo[u"id"_s].toString(), u"--format"_s, u"csv"_s});
    QVERIFY2(bo.exitCode == 0, bo.describe());
    const auto records = fentu::test::parseCsv(bo.outText());
    QVERIFY2(records && records->size() == 2 && records->at(1).contains(m_boId), bo.describe());

    const CliRun two =
        run({u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate), u"--days"_s, u"2"_s,
             u"--technician"_s, m_ada[u"id"_s].toString(), u"--format"_s, u"json"_s});
    QVERIFY2(two.exitCode == 0, two.describe());
    const QJsonArray days = QJsonDocument::fromJson(two.out).array();
    QCOMPARE(days.size(), 2);
    QCOMPARE(days[1][u"date"_s].toString(), kDay.addDays(1).toString(Qt::ISODate));
    QCOMPARE(days[1][u"orders"_s].toArray().size(), 1);
    QCOMPARE(days[1][u"orders"_s][0][u"order"_s][u"id"_s].toString(), m_nextDayId);
    QVERIFY(!days[1][u"orders"_s][0][u"clash"_s].toBool());

    // A day without orders.
    const CliRun none = run({u"agenda"_s, u"--date"_s, u"2031-05-20"_s});
    QVERIFY2(none.exitCode == 0 && none.outText() == u"No orders.\n"_s, none.describe());
}

void TestCliAgenda::offlineAfterSyncIsTheSame()
{
    const QStringList arguments{u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate),
                                u"--days"_s, u"2"_s,      u"--format"_s,
                                u"csv"_s};
    const CliRun online = run(arguments);
    QVERIFY2(online.exitCode == 0, online.describe());
    // The list rows only, as the online agenda reads them (a whole sync brings addresses the
    // online CSV does not show: pdfOfflineSaysWhatIsNotCached checks those).
    const CliRun sync = run({u"sync"_s, u"--lists-only"_s});
    QVERIFY2(sync.exitCode == 0, sync.describe());
    const int requests = m_fixture->server().requestCount();
    const CliRun offline = run(arguments + QStringList{u"--offline"_s});
    QVERIFY2(offline.exitCode == 0, offline.describe());
    QCOMPARE(m_fixture->server().requestCount(), requests);
    QCOMPARE(offline.outText(), online.outText());
}

void TestCliAgenda::pdfWritesTheDaySheets()
{
    // A seeded order with a technician, a contact and tasks: its day's sheet for its technician.
    const QJsonArray orders = m_fixture->direct().get(u"/work-orders"_s).dataArray();
    QJsonObject chosen;
    for (const QJsonValue &row : orders) {
        if (row[u"technician"_s].isNull() || row[u"scheduled_date"_s].isNull())
            continue;
        const QJsonObject full = m_fixture->serverOrder(row[u"id"_s].toString());
        if (!full[u"tasks"_s].toArray().isEmpty() && full[u"contact"_s].isObject() &&
            !full[u"contact"_s][u"phone"_s].toString().isEmpty()) {
            chosen = full;
            break;
        }
    }
    QVERIFY2(!chosen.isEmpty(), "no seeded order with a technician, contact and tasks");
    const QDateTime start =
        QDateTime::fromString(chosen[u"scheduled_date"_s].toString(), Qt::ISODate).toLocalTime();
    const QString pdf = m_fixture->rootDir() + u"/sheets.pdf"_s;
    const CliRun written =
        run({u"agenda"_s, u"--date"_s, start.date().toString(Qt::ISODate), u"--technician"_s,
             chosen[u"technician"_s][u"id"_s].toString(), u"--pdf"_s, pdf});
    QVERIFY2(written.exitCode == 0, written.describe());
    QVERIFY2(written.outText().contains(u"written to "_s + pdf), written.describe());

    QString error;
    const QStringList pages = fentu::test::pdfPages(pdf, &error);
    QVERIFY2(!pages.isEmpty(), qPrintable(error));
    const QString text = pages.join(u'\f');
    QVERIFY2(text.contains(chosen[u"technician"_s][u"name"_s].toString()), qPrintable(text));
    QVERIFY2(text.contains(chosen[u"work_order_number"_s].toString()), qPrintable(text));
    QVERIFY2(text.contains(chosen[u"customer"_s][u"name"_s].toString()), qPrintable(text));
    QVERIFY2(text.contains(chosen[u"contact"_s][u"phone"_s].toString()), qPrintable(text));
    QVERIFY2(text.contains(start.time().toString(u"HH:mm"_s)), qPrintable(text));
    const QString task = chosen[u"tasks"_s][0][u"name"_s].toString();
    QVERIFY2(text.contains(u"\u2610 "_s + task) || text.contains(u"\u2611 "_s + task),
             qPrintable(text));
}

void TestCliAgenda::pdfOfflineSaysWhatIsNotCached()
{
    QVERIFY(run({u"sync"_s, u"--lists-only"_s}).exitCode == 0); // the list fields only
    const QString pdf = m_fixture->rootDir() + u"/offline.pdf"_s;
    const CliRun written = run(
        {u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate), u"--offline"_s, u"--pdf"_s, pdf});
    QVERIFY2(written.exitCode == 0, written.describe());
    QVERIFY2(written.errText().contains(u"without their details"_s), written.describe());
    QString error;
    const QStringList pages = fentu::test::pdfPages(pdf, &error);
    // A page per active technician (as the window prints), then the tray's.
    QVERIFY2(pages.size() >= 3, qPrintable(error));
    const auto ada = std::find_if(pages.cbegin(), pages.cend(), [&](const QString &page) {
        return page.contains(m_ada[u"name"_s].toString());
    });
    QVERIFY(ada != pages.cend());
    const QString adaPage = *ada;
    QVERIFY2(adaPage.contains(u"Details not available offline"_s), qPrintable(adaPage));
    QVERIFY2(pages.last().contains(u"Unassigned"_s), qPrintable(pages.last()));
    QVERIFY(std::any_of(pages.cbegin(), pages.cend(),
                        [](const QString &page) { return page.contains(u"No orders"_s); }));

    // A whole sync fetches the details: the same sheets offline are complete, phone included.
    const CliRun synced = run({u"sync"_s});
    QVERIFY2(synced.exitCode == 0, synced.describe());
    QVERIFY2(synced.outText().contains(u"detail"_s), synced.describe());
    const CliRun complete = run(
        {u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate), u"--offline"_s, u"--pdf"_s, pdf});
    QVERIFY2(complete.exitCode == 0, complete.describe());
    QVERIFY2(!complete.errText().contains(u"without their details"_s), complete.describe());
    const QStringList again = fentu::test::pdfPages(pdf, &error);
    for (const QString &page : again)
        QVERIFY2(!page.contains(u"Details not available offline"_s), qPrintable(page));
}

void TestCliAgenda::badOptionsAreUsageErrors()
{
    const QList<std::pair<QStringList, QString>> cases{
        {{u"agenda"_s}, u"--date"_s},
        {{u"agenda"_s, u"--date"_s, u"2031-13-01"_s}, u"--date: expected a date"_s},
        {{u"agenda"_s, u"--date"_s, u"tomorrow"_s}, u"--date: expected a date"_s},
        {{u"agenda"_s, u"--date"_s, u"2031-05-06"_s, u"--days"_s, u"0"_s}, u"--days"_s},
        {{u"agenda"_s, u"--date"_s, u"2031-05-06"_s, u"--format"_s, u"text"_s}, u"--format"_s},
        {{u"agenda"_s, u"--date"_s, u"2031-05-06"_s, u"--pdf"_s, u"x.pdf"_s, u"--format"_s,
          u"csv"_s},
         u"--pdf"_s},
    };
    const int requests = m_fixture->server().requestCount();
    for (const auto &[arguments, said] : cases) {
        const CliRun bad = run(arguments);
        QVERIFY2(bad.exitCode == 1 && bad.out.isEmpty(), bad.describe());
        QVERIFY2(bad.errText().contains(said), bad.describe());
    }
    QCOMPARE(m_fixture->server().requestCount(), requests); // refused before anything was sent
}

void TestCliAgenda::anOrderFromTheEveningBeforeIsOnTheFirstDay()
{
    // 22:00 the day before for four hours: its last two hours are on the first day's sheet,
    // as on the board.
    const QJsonArray technicians = m_fixture->direct().get(u"/technicians"_s).dataArray();
    QVERIFY(technicians.size() >= 3);
    const QString cy = technicians[2][u"id"_s].toString();
    const QString overnight = create(cy, kDay.addDays(-1), 22, 240);
    QVERIFY(!overnight.isEmpty());
    const CliRun json = run({u"agenda"_s, u"--date"_s, kDay.toString(Qt::ISODate),
                             u"--technician"_s, cy, u"--format"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray days = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(days.size(), 1);
    const QJsonArray orders = days[0][u"orders"_s].toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0][u"order"_s][u"id"_s].toString(), overnight);
}

void TestCliAgenda::listFromToAreLocalDays()
{
    // 01:00 the next local day is still the day before in UTC (the zone is ahead of UTC):
    // `list --to` that day leaves it out, as the window's filter does.
    const QString bo = m_bo[u"id"_s].toString();
    const QString earlyNextDay = create(bo, kDay.addDays(1), 1, 30);
    QVERIFY(!earlyNextDay.isEmpty());
    const QString day = kDay.toString(Qt::ISODate);
    const CliRun listed = run({u"list"_s, u"--technician"_s, bo, u"--from"_s, day, u"--to"_s, day,
                               u"--format"_s, u"json"_s});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QStringList ids;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
        ids.append(row[u"id"_s].toString());
    QCOMPARE(ids, QStringList{m_boId});
    // The next local day has it.
    const QString next = kDay.addDays(1).toString(Qt::ISODate);
    const CliRun nextDay = run({u"list"_s, u"--technician"_s, bo, u"--from"_s, next, u"--to"_s,
                                next, u"--format"_s, u"json"_s});
    QVERIFY2(nextDay.exitCode == 0, nextDay.describe());
    const QJsonArray rows = QJsonDocument::fromJson(nextDay.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][u"id"_s].toString(), earlyNextDay);
}

QTEST_GUILESS_MAIN(TestCliAgenda)
#include "tst_cliagenda.moc"
