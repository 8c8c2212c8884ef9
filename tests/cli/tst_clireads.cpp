// fentu-cli, the real binary, against an in-process fentu-sandbox: sync, list online and
// --offline under several filters, the three list formats parsed back, get, and every kind of
// failure (refused key, no key, unreachable server, malformed answers) ending with its exit
// status, one line on stderr, an intact cache and the key nowhere to be seen.
#include "clitestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fentu::test;

namespace {

constexpr int kOrders = 300;

QJsonArray jsonArray(const CliRun &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
    return doc.array();
}

QJsonObject jsonObject(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.object();
}

} // namespace

class TestCliReads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void helpVersionAndUsage();
    void syncPrintsOneSummaryLine();
    void offlineEqualsOnline_data();
    void offlineEqualsOnline();
    void csvAndJsonParseBack();
    void tableIsAligned();
    void getOnlineThenOffline();
    void getUnknownOrder();
    void refusedKey();
    void unreachableServer();
    void noKeyAndNoKeychain();
    void noServerConfigured();
    void sharedSettingsAndCacheDirectory();
    void malformedAnswersLeaveCacheIntact();
    void truncatedAnswersLeaveCacheIntact();
    void keyNeverShows(); // last: checks what every run above printed and wrote

private:
    QJsonArray serverRows(const QUrlQuery &query);

    std::unique_ptr<CliFixture> m_fixture;
    QJsonArray m_all; // every order, as the server lists them
    QString m_customerId;
    QString m_technicianId;
    QString m_fromDate;
    QString m_toDate;
};

QJsonArray TestCliReads::serverRows(const QUrlQuery &query)
{
    return m_fixture->direct().allRows(u"/work-orders"_s, query);
}

void TestCliReads::initTestCase()
{
    m_fixture = std::make_unique<CliFixture>(kOrders);
    QVERIFY(m_fixture->startServer());
    m_all = serverRows({});
    QCOMPARE(m_all.size(), kOrders);
    // Filter values that select some orders but not all.
    const QJsonObject first = m_all.at(0).toObject();
    m_customerId = first.value(u"customer"_s).toObject().value(u"id"_s).toString();
    for (const QJsonValue &row : std::as_const(m_all)) {
        const QJsonValue technician = row.toObject().value(u"technician"_s);
        if (technician.isObject()) {
            m_technicianId = technician.toObject().value(u"id"_s).toString();
            break;
        }
    }
    m_fromDate = m_all.at(20).toObject().value(u"scheduled_date"_s).toString().left(10);
    m_toDate = m_all.at(120).toObject().value(u"scheduled_date"_s).toString().left(10);
    QVERIFY(!m_customerId.isEmpty());
    QVERIFY(!m_technicianId.isEmpty());
    QVERIFY(m_fromDate < m_toDate);
}

void TestCliReads::helpVersionAndUsage()
{
    const CliRun help = m_fixture->run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const auto *word :
         {"sync", "list", "get", "create", "update", "delete", "Exit status", "FENTU_API_KEY"})
        QVERIFY2(help.outText().contains(QLatin1StringView(word)), word);

    const CliRun listHelp = m_fixture->run({u"list"_s, u"--help"_s});
    QCOMPARE(listHelp.exitCode, 0);
    QVERIFY(listHelp.outText().startsWith(u"Usage: fentu-cli list"_s));
    QVERIFY(listHelp.outText().contains(u"--offline"_s));

    const CliRun version = m_fixture->run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.outText().startsWith(u"fentu-cli "_s), version.describe());

    for (const QStringList &bad :
         {QStringList{u"frobnicate"_s}, QStringList{u"list"_s, u"--bogus"_s},
          QStringList{u"list"_s, u"--status"_s, u"closed"_s},
          QStringList{u"list"_s, u"--from"_s, u"27/01/2024"_s}, QStringList{u"get"_s}}) {
        const CliRun run = m_fixture->run(bad);
        QVERIFY2(run.exitCode == 1, run.describe());
        QVERIFY2(run.errLines().size() == 1, run.describe());
        QVERIFY(run.errLines().first().startsWith(u"fentu-cli: "_s));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliReads::syncPrintsOneSummaryLine()
{
    const CliRun run = m_fixture->run({u"sync"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    // Not a terminal: no carriage-return progress, just the summary.
    QVERIFY2(run.err.isEmpty(), run.describe());
    QVERIFY(!run.out.contains('\r'));
    const QStringList lines = run.outText().trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(
        lines.first().contains(u" s. %1 orders written. 0 orders removed."_s.arg(kOrders)),
        run.describe());
    QVERIFY2(lines.first().startsWith(u"Sync complete in "_s), run.describe());
}

void TestCliReads::offlineEqualsOnline_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QUrlQuery>("query");
    QTest::newRow("all") << QStringList{} << QUrlQuery();
    QTest::newRow("status") << QStringList{u"--status"_s, u"open"_s}
                            << QUrlQuery{{u"status"_s, u"open"_s}};
    QTest::newRow("customer") << QStringList{u"--customer"_s, m_customerId}
                              << QUrlQuery{{u"customer_id"_s, m_customerId}};
    QTest::newRow("technician") << QStringList{u"--technician"_s, m_technicianId}
                                << QUrlQuery{{u"technician_id"_s, m_technicianId}};
    QTest::newRow("dates") << QStringList{u"--from"_s, m_fromDate, u"--to"_s, m_toDate}
                           << QUrlQuery{{u"from_date"_s, m_fromDate}, {u"to_date"_s, m_toDate}};
    QTest::newRow("from only") << QStringList{u"--from"_s, m_toDate}
                               << QUrlQuery{{u"from_date"_s, m_toDate}};
    QTest::newRow("status and dates")
        << QStringList{u"--status"_s, u"assigned"_s, u"--from"_s, m_fromDate, u"--to"_s, m_toDate}
        << QUrlQuery{{u"status"_s, u"assigned"_s},
                     {u"from_date"_s, m_fromDate},
                     {u"to_date"_s, m_toDate}};
    QTest::newRow("nothing matches") << QStringList{u"--customer"_s, u"cust-none"_s}
                                     << QUrlQuery{{u"customer_id"_s, u"cust-none"_s}};
}

void TestCliReads::offlineEqualsOnline()
{
    QFETCH(QStringList, filter);
    QFETCH(QUrlQuery, query);
    const QStringList expectedIds = idsOf(serverRows(query));

    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const CliRun online =
            m_fixture->run(QStringList{u"list"_s, u"--format"_s, format} + filter);
        const CliRun offline =
            m_fixture->run(QStringList{u"list"_s, u"--offline"_s, u"--format"_s, format} + filter);
        QVERIFY2(online.exitCode == 0 && online.err.isEmpty(), online.describe());
        QVERIFY2(offline.exitCode == 0 && offline.err.isEmpty(), offline.describe());
        QCOMPARE(offline.outText(), online.outText());
        if (format == u"json"_s)
            QCOMPARE(idsOf(jsonArray(online)), expectedIds);
        else
            QCOMPARE(online.outText().count(u"\r\n"_s), expectedIds.size() + 1);
    }
}

void TestCliReads::csvAndJsonParseBack()
{
    const CliRun csv = m_fixture->run({u"list"_s, u"--format"_s, u"csv"_s});
    const CliRun json = m_fixture->run({u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(csv.exitCode == 0, csv.describe());
    QVERIFY2(json.exitCode == 0, json.describe());

    const auto records = parseCsv(csv.outText());
    QVERIFY(records);
    const QJsonArray objects = jsonArray(json);
    QCOMPARE(objects, m_all); // the raw objects, exactly as the server sent them
    QCOMPARE(records->size(), objects.size() + 1);
    const QStringList header = records->first();
    QCOMPARE(header,
             (QStringList{u"id"_s, u"work_order_number"_s, u"status"_s, u"priority"_s,
                          u"customer_id"_s, u"customer_name"_s, u"technician_id"_s,
                          u"technician_name"_s, u"scheduled_date"_s, u"estimated_duration"_s,
                          u"work_order_type"_s, u"created_at"_s, u"updated_at"_s}));
    bool sawQuotedName = false;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QStringList &record = records->at(i + 1);
        QCOMPARE(record.size(), header.size());
        const QJsonObject order = objects.at(i).toObject();
        const auto field = [&](const QString &name) { return record.at(header.indexOf(name)); };
        QCOMPARE(field(u"id"_s), order.value(u"id"_s).toString());
        QCOMPARE(field(u"work_order_number"_s), order.value(u"work_order_number"_s).toString());
        QCOMPARE(field(u"status"_s), order.value(u"status"_s).toString());
        QCOMPARE(field(u"priority"_s), order.value(u"priority"_s).toString());
        const QJsonObject customer = order.value(u"customer"_s).toObject();
        QCOMPARE(field(u"customer_id"_s), customer.value(u"id"_s).toString());
        QCOMPARE(field(u"customer_name"_s), customer.value(u"name"_s).toString());
        const QJsonObject technician = order.value(u"technician"_s).toObject();
        QCOMPARE(field(u"technician_id"_s), technician.value(u"id"_s).toString());
        QCOMPARE(field(u"scheduled_date"_s), order.value(u"scheduled_date"_s).toString());
        const QJsonValue duration = order.value(u"estimated_duration"_s);
        QCOMPARE(field(u"estimated_duration"_s),
                 duration.isDouble() ? QString::number(duration.toInt()) : QString());
        if (customer.value(u"name"_s).toString().contains(u','))
            sawQuotedName = true;
    }
    // The demo data has names with commas ("Keller Bakery, Inc." style) or not; either way the
    // field count check above proves the quoting. Say which case ran.
    qInfo("a customer name with a comma was %s", sawQuotedName ? "present" : "absent");
}

void TestCliReads::tableIsAligned()
{
    const CliRun table = m_fixture->run({u"list"_s, u"--status"_s, u"open"_s});
    QVERIFY2(table.exitCode == 0, table.describe());
    const QStringList lines = table.outText().split(u'\n', Qt::SkipEmptyParts);
    const qsizetype expected = serverRows({{u"status"_s, u"open"_s}}).size();
    QCOMPARE(lines.size(), expected + 2); // header and rule
    QVERIFY(lines.at(0).startsWith(u"NUMBER"_s));
    QVERIFY(lines.at(1).startsWith(u"------"_s));
    // Every column starts where its header does: the rule's gaps line up in every row.
    const qsizetype statusColumn = lines.at(0).indexOf(u"STATUS"_s);
    QVERIFY(statusColumn > 0);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).mid(statusColumn, 4), u"open"_s);
        QVERIFY(!lines.at(i).endsWith(u' '));
    }
}

void TestCliReads::getOnlineThenOffline()
{
    const QString id = m_all.at(7).toObject().value(u"id"_s).toString();
    const QJsonObject server = m_fixture->direct().get(u"/work-orders/"_s + id).dataObject();
    QVERIFY(!server.isEmpty());

    const CliRun json = m_fixture->run({u"get"_s, id, u"--format"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), json.describe());
    QCOMPARE(jsonObject(json.out), server);

    const CliRun text = m_fixture->run({u"get"_s, id});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.outText().contains(u"Number:"_s));
    QVERIFY(text.outText().contains(server.value(u"work_order_number"_s).toString()));
    QVERIFY(text.outText().contains(server.value(u"customer"_s)[u"name"_s].toString()));

    // Written through: the cache now holds the detail, as the server sent it.
    const CliRun offline = m_fixture->run({u"get"_s, id, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(offline.exitCode == 0, offline.describe());
    QCOMPARE(jsonObject(offline.out), server);
    const CliRun offlineText = m_fixture->run({u"get"_s, id, u"--offline"_s});
    QVERIFY(offlineText.outText().contains(u"From the offline cache, fetched"_s));
}

void TestCliReads::getUnknownOrder()
{
    const CliRun online = m_fixture->run({u"get"_s, u"wo-999999"_s});
    QVERIFY2(online.exitCode == 2, online.describe());
    QCOMPARE(online.errLines(), QStringList{u"fentu-cli: work order not found (HTTP 404)"_s});
    QVERIFY(online.out.isEmpty());

    const CliRun offline = m_fixture->run({u"get"_s, u"wo-999999"_s, u"--offline"_s});
    QVERIFY2(offline.exitCode == 5, offline.describe());
    QCOMPARE(offline.errLines().size(), 1);
    QVERIFY(offline.errText().contains(u"not in the offline cache"_s));
}

void TestCliReads::refusedKey()
{
    const QString wrongKey = u"wrong-key-0d9c8b7a6f5e"_s;
    for (const QStringList &command :
         {QStringList{u"list"_s}, QStringList{u"sync"_s}, QStringList{u"get"_s, u"wo-1"_s}}) {
        const CliRun run =
            m_fixture->runRaw(command + m_fixture->location(), m_fixture->environment(wrongKey));
        QVERIFY2(run.exitCode == 2, run.describe());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().contains(u"the API key was refused (HTTP 401)"_s),
                 run.describe());
        QVERIFY(!containsSecret(run.out + run.err, wrongKey));
    }
}

void TestCliReads::unreachableServer()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString url = u"http://127.0.0.1:%1/api/v1"_s.arg(port);

    for (const QStringList &command :
         {QStringList{u"list"_s}, QStringList{u"sync"_s}, QStringList{u"get"_s, u"wo-1"_s}}) {
        const CliRun run = m_fixture->runRaw(
            command + QStringList{u"--base-url"_s, url, u"--cache-dir"_s, m_fixture->cacheDir()},
            m_fixture->environment(m_fixture->key()));
        QVERIFY2(run.exitCode == 3, run.describe());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errText().contains(u"127.0.0.1:%1"_s.arg(port)), run.describe());
    }
}

void TestCliReads::noKeyAndNoKeychain()
{
    // No FENTU_API_KEY, and a D-Bus address that leads nowhere: the keychain cannot be asked.
    const QProcessEnvironment env = m_fixture->environment({});
    const CliRun online = m_fixture->runRaw(QStringList{u"list"_s} + m_fixture->location(), env);
    QVERIFY2(online.exitCode == 5, online.describe());
    QCOMPARE(online.errLines().size(), 1);
    QVERIFY2(online.errText().contains(u"keychain"_s), online.describe());
    QVERIFY(online.errText().contains(u"FENTU_API_KEY"_s));

    // Reading the cache needs no key at all.
    const CliRun offline = m_fixture->runRaw(
        QStringList{u"list"_s, u"--offline"_s, u"--format"_s, u"json"_s} + m_fixture->location(),
        env);
    QVERIFY2(offline.exitCode == 0, offline.describe());
    QCOMPARE(idsOf(jsonArray(offline)), idsOf(m_all));
}

void TestCliReads::noServerConfigured()
{
    const CliRun run = m_fixture->runRaw({u"list"_s, u"--cache-dir"_s, m_fixture->cacheDir()},
                                         m_fixture->environment(m_fixture->key()));
    QVERIFY2(run.exitCode == 5, run.describe());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.errText().contains(u"--base-url"_s));

    // Plain http to another host is refused before any request.
    const CliRun insecure =
        m_fixture->runRaw({u"list"_s, u"--base-url"_s, u"http://api.example.com/v1"_s,
                           u"--cache-dir"_s, m_fixture->cacheDir()},
                          m_fixture->environment(m_fixture->key()));
    QVERIFY2(insecure.exitCode == 1, insecure.describe());
    QVERIFY(insecure.errText().contains(u"https://"_s));
}

void TestCliReads::sharedSettingsAndCacheDirectory()
{
    // Fentu Desk's settings file names the server; no --base-url, no --cache-dir.
    const QString configHome = m_fixture->homeDir() + u"/.config"_s;
    {
        QSettings settings(configHome + u"/Fentu/Fentu Desk.conf"_s, QSettings::IniFormat);
        settings.setValue(u"server/baseUrl"_s, m_fixture->baseUrl().toString());
    }
    const QProcessEnvironment env = m_fixture->environment(m_fixture->key());
    const QString id = m_all.at(3).toObject().value(u"id"_s).toString();
    const CliRun get = m_fixture->runRaw({u"get"_s, id, u"--format"_s, u"json"_s}, env);
    QVERIFY2(get.exitCode == 0, get.describe());
    QCOMPARE(jsonObject(get.out).value(u"id"_s).toString(), id);

    // ...and the order went into the cache directory Fentu Desk uses.
    const QDir defaultCache(m_fixture->homeDir() + u"/.local/share/Fentu/Fentu Desk/cache"_s);
    QVERIFY2(!defaultCache.entryList({u"*.sqlite"_s}, QDir::Files).isEmpty(),
             qPrintable(defaultCache.path()));
    const CliRun offline =
        m_fixture->runRaw({u"get"_s, id, u"--offline"_s, u"--format"_s, u"json"_s}, env);
    QVERIFY2(offline.exitCode == 0, offline.describe());
    QCOMPARE(jsonObject(offline.out).value(u"id"_s).toString(), id);
    QFile::remove(configHome + u"/Fentu/Fentu Desk.conf"_s);
}

void TestCliReads::malformedAnswersLeaveCacheIntact()
{
    QVERIFY(m_fixture->run({u"sync"_s}).exitCode == 0);
    const CliRun before = m_fixture->run({u"list"_s, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(before.exitCode == 0, before.describe());
    // A complete sync would now remove this order; a failed one must not.
    const QString gone = m_all.at(0).toObject().value(u"id"_s).toString();
    QCOMPARE(m_fixture->direct().remove(u"/work-orders/"_s + gone).status, 204);

    fentu::sandbox::Faults faults;
    faults.malformedShare = 1.0;
    m_fixture->server().setFaults(faults);
    const CliRun sync = m_fixture->run({u"sync"_s});
    const CliRun list = m_fixture->run({u"list"_s});
    const CliRun get = m_fixture->run({u"get"_s, m_all.at(5).toObject()[u"id"_s].toString()});
    m_fixture->server().setFaults({});

    for (const CliRun *run : {&sync, &list, &get}) {
        QVERIFY2(run->exitCode == 4, run->describe());
        QCOMPARE(run->errLines().size(), 1);
        QVERIFY2(run->errText().contains(u"cannot read"_s), run->describe());
        QVERIFY(run->out.isEmpty());
    }
    QVERIFY(sync.errText().startsWith(u"fentu-cli: sync failed: "_s));

    const CliRun after = m_fixture->run({u"list"_s, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(after.exitCode == 0, after.describe());
    QCOMPARE(after.outText(), before.outText());
    QVERIFY(idsOf(jsonArray(after)).contains(gone));

    // A good sync afterwards does remove it.
    const CliRun resync = m_fixture->run({u"sync"_s});
    QVERIFY2(resync.exitCode == 0, resync.describe());
    QVERIFY2(resync.outText().contains(u"1 order removed."_s), resync.describe());
    m_all = serverRows({});
}

void TestCliReads::truncatedAnswersLeaveCacheIntact()
{
    const CliRun before = m_fixture->run({u"list"_s, u"--offline"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(before.exitCode == 0, before.describe());
    fentu::sandbox::Faults faults;
    faults.truncatedShare = 1.0;
    m_fixture->server().setFaults(faults);
    const CliRun sync = m_fixture->run({u"sync"_s});
    m_fixture->server().setFaults({});
    QVERIFY2(sync.exitCode == 3 || sync.exitCode == 4, sync.describe());
    QCOMPARE(sync.errLines().size(), 1);
    const CliRun after = m_fixture->run({u"list"_s, u"--offline"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(after.outText(), before.outText());
}

void TestCliReads::keyNeverShows()
{
    QVERIFY(m_fixture->allOutput().size() > 40);
    for (const QByteArray &output : m_fixture->allOutput())
        QVERIFY(!containsSecret(output, m_fixture->key()));
    const QStringList files = filesContaining(m_fixture->rootDir(), m_fixture->key());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    // The scan did look at the cache files.
    QVERIFY(!QDir(m_fixture->cacheDir()).entryList({u"*.sqlite*"_s}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReads)
#include "tst_clireads.moc"
