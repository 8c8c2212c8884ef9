// fentu-cli's writes without the server: create, update and delete with --offline go to the
// outbox (the same one Fentu Desk uses), `list --offline` shows them pending, and `fentu-cli
// sync` sends them, reporting a conflict or a refusal in words with a non-zero exit status.
// The real fentu-cli binary runs against an in-process sandbox.

#include "clitestsupport.h"
#include "faults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using fentu::test::CliFixture;
using fentu::test::CliRun;

class TestCliOffline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queuedWritesAreSentBySync();
    void queuedWritesInJsonModeAreJson();
    void queuedUpdateOfAChangedOrderIsAConflict();
    void queuedUpdateOfADeletedOrderIsRefused();
    void listSearchLooksThroughTheCache();
    void listWritesAWorkbook();
    void getTakesANumber();
    void syncWaitsForABusyServerAsLongAsAllowed();

private:
    /// Creates an order online (so that the cache holds it); its id, or empty.
    QString createOnline(const QString &description);

    std::unique_ptr<CliFixture> m_fixture;
    QString m_customerId;
};

void TestCliOffline::init()
{
    m_fixture = std::make_unique<CliFixture>(20);
    QVERIFY(m_fixture->startServer());
    const QJsonArray customers = m_fixture->direct().get(u"/customers"_s).dataArray();
    QVERIFY(!customers.isEmpty());
    m_customerId = customers.first()[u"id"_s].toString();
}

void TestCliOffline::cleanup()
{
    m_fixture.reset();
}

QString TestCliOffline::createOnline(const QString &description)
{
    const CliRun run =
        m_fixture->run({u"create"_s, u"--customer"_s, m_customerId, u"--priority"_s, u"high"_s,
                        u"--description"_s, description, u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out).object().value(u"id"_s).toString();
}

void TestCliOffline::queuedWritesAreSentBySync()
{
    const QString toUpdate = createOnline(u"to update"_s);
    const QString toDelete = createOnline(u"to delete"_s);
    QVERIFY(!toUpdate.isEmpty() && !toDelete.isEmpty());
    const int before = m_fixture->server().requestCount();

    const QRegularExpression saved(u"^Saved offline as (NEW-\\d+) \\((local-[^)]+)\\); it will be "
                                   "sent when the server is back \\(fentu-cli sync, or Fentu "
                                   "Desk\\)\\.\\n$"_s);
    const CliRun created = m_fixture->run({u"create"_s, u"--customer"_s, m_customerId,
                                           u"--description"_s, u"made offline"_s, u"--offline"_s});
    QVERIFY2(created.exitCode == 0 && created.err.isEmpty(), created.describe());
    const auto match = saved.match(created.outText());
    QVERIFY2(match.hasMatch(), created.describe());
    const QString localNumber = match.captured(1);

    const CliRun updated =
        m_fixture->run({u"update"_s, toUpdate, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(updated.exitCode == 0 && updated.outText().startsWith(u"Saved offline as "_s),
             updated.describe());
    const CliRun deleted = m_fixture->run({u"delete"_s, toDelete, u"--offline"_s});
    QVERIFY2(deleted.exitCode == 0 && deleted.outText().startsWith(u"Saved offline as "_s),
             deleted.describe());
    QCOMPARE(m_fixture->server().requestCount(), before); // nothing reached the server

    // The cache shows the pending state: the new order under its local number, the edit
    // applied, the deleted order gone.
    const CliRun listed = m_fixture->run({u"list"_s, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QStringList numbers;
    for (const QJsonValue &row : rows) {
        numbers << row[u"work_order_number"_s].toString();
        QVERIFY(row[u"id"_s].toString() != toDelete);
        if (row[u"id"_s].toString() == toUpdate)
            QCOMPARE(row[u"priority"_s].toString(), u"low"_s);
    }
    QVERIFY2(numbers.contains(localNumber), qPrintable(numbers.join(u' ')));
    QCOMPARE(m_fixture->serverOrder(toUpdate)[u"priority"_s].toString(), u"high"_s);

    const CliRun sync = m_fixture->run({u"sync"_s});
    QVERIFY2(sync.exitCode == 0, sync.describe());
    QVERIFY2(sync.outText().contains(u"3 changes saved offline sent to the server.\n"_s),
             sync.describe());

    QCOMPARE(m_fixture->serverOrder(toUpdate)[u"priority"_s].toString(), u"low"_s);
    QCOMPARE(m_fixture->direct().get(u"/work-orders/"_s + toDelete).status, 404);
    // One default page holds them all: the fixture has 20 orders.
    const QJsonArray all = m_fixture->direct().get(u"/work-orders"_s).dataArray();
    bool found = false;
    for (const QJsonValue &order : all) // list rows carry no description: read each order
        found = found ||
                m_fixture->serverOrder(order[u"id"_s].toString())[u"description"_s].toString() ==
                    u"made offline"_s;
    QVERIFY2(found, qPrintable(u"%1 orders on the server"_s.arg(all.size())));

    // Nothing is left to send.
    const CliRun again = m_fixture->run({u"sync"_s});
    QVERIFY2(again.exitCode == 0 && !again.outText().contains(u"Changes saved offline"_s),
             again.describe());
}

void TestCliOffline::queuedWritesInJsonModeAreJson()
{
    const QString toUpdate = createOnline(u"json update"_s);
    QVERIFY(!toUpdate.isEmpty());
    const QString number = m_fixture->serverOrder(toUpdate)[u"work_order_number"_s].toString();

    // A script asked for JSON: a queued write answers in JSON too, never in words.
    const CliRun created =
        m_fixture->run({u"create"_s, u"--customer"_s, m_customerId, u"--description"_s,
                        u"json offline"_s, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(created.exitCode == 0 && created.err.isEmpty(), created.describe());
    QJsonParseError error;
    const QJsonObject create = QJsonDocument::fromJson(created.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, created.describe());
    QCOMPARE(create[u"queued"_s].toBool(), true);
    QVERIFY2(create[u"local_id"_s].toString().startsWith(u"local-"_s), created.describe());
    QCOMPARE(create[u"id"_s].toString(), create[u"local_id"_s].toString());
    QVERIFY2(QRegularExpression(u"^NEW-\\d+$"_s).match(create[u"number"_s].toString()).hasMatch(),
             created.describe());
    QVERIFY(create[u"outbox_seq"_s].toInteger() > 0);

    const CliRun updated = m_fixture->run({u"update"_s, toUpdate, u"--priority"_s, u"low"_s,
                                           u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(updated.exitCode == 0 && updated.err.isEmpty(), updated.describe());
    const QJsonObject update = QJsonDocument::fromJson(updated.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, updated.describe());
    QCOMPARE(update[u"queued"_s].toBool(), true);
    QCOMPARE(update[u"id"_s].toString(), toUpdate);
    QCOMPARE(update[u"number"_s].toString(), number);
    QVERIFY(!update.contains(u"local_id"_s));
    QVERIFY(update[u"outbox_seq"_s].toInteger() > create[u"outbox_seq"_s].toInteger());
}

void TestCliOffline::queuedUpdateOfAChangedOrderIsAConflict()
{
    const QString id = createOnline(u"conflict"_s);
    QVERIFY(!id.isEmpty());
    const QString number = m_fixture->serverOrder(id)[u"work_order_number"_s].toString();
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe());

    CliFixture::waitForTheNextSecond();
    QCOMPARE(m_fixture->direct().put(u"/work-orders/"_s + id, R"({"priority":"urgent"})").status,
             200);

    const CliRun sync = m_fixture->run({u"sync"_s});
    QVERIFY2(sync.exitCode != 0, sync.describe());
    QVERIFY2(
        sync.errText().contains(
            u"%1 changed on the server since your offline edit: nothing was sent"_s.arg(number)),
        sync.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(),
             u"urgent"_s); // nothing overwritten
}

void TestCliOffline::queuedUpdateOfADeletedOrderIsRefused()
{
    const QString id = createOnline(u"deleted meanwhile"_s);
    QVERIFY(!id.isEmpty());
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe());
    QVERIFY(m_fixture->direct().remove(u"/work-orders/"_s + id).status < 300);

    const CliRun sync = m_fixture->run({u"sync"_s});
    QVERIFY2(sync.exitCode != 0, sync.describe());
    QVERIFY2(sync.errText().contains(u"%1 refused by the server: "_s.arg(id)), sync.describe());

    // Still waiting for the user: the next sync says so again.
    const CliRun again = m_fixture->run({u"sync"_s});
    QVERIFY2(again.exitCode != 0, again.describe());
    QVERIFY2(again.errText().contains(u"refused by the server"_s), again.describe());
}

void TestCliOffline::listSearchLooksThroughTheCache()
{
    // Words of a description, found in the cache (the server has no search): after a sync
    // brought the order's detail, and the server not asked.
    const QString id = createOnline(u"Replace the déjà-vu valve in basement"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_fixture->run({u"get"_s, id}).exitCode, 0); // the detail, written through
    const CliRun found = m_fixture->run(
        {u"list"_s, u"--search"_s, u"deja valv basem"_s, u"--format"_s, u"json"_s});
    QVERIFY2(found.exitCode == 0, found.describe());
    const QJsonArray rows = QJsonDocument::fromJson(found.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][u"id"_s].toString(), id);
    // Every word counts: one that matches nothing finds nothing.
    const CliRun none = m_fixture->run(
        {u"list"_s, u"--search"_s, u"valve zanzibar"_s, u"--format"_s, u"json"_s});
    QVERIFY2(none.exitCode == 0, none.describe());
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    // Nothing to look for is a usage error, not the whole list.
    QVERIFY(m_fixture->run({u"list"_s, u"--search"_s, u"  "_s}).exitCode != 0);
}

void TestCliOffline::listWritesAWorkbook()
{
    const QString path = m_fixture->rootDir() + u"/orders.xlsx"_s;
    const CliRun written =
        m_fixture->run({u"list"_s, u"--format"_s, u"xlsx"_s, u"--output"_s, path});
    QVERIFY2(written.exitCode == 0, written.describe());
    QVERIFY2(written.outText().contains(u"20 work orders written to"_s), written.describe());
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    QVERIFY(unzip.waitForFinished(30000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    QCOMPARE(sheet.count(u"<row "_s), 21); // the header and the 20 orders
    QVERIFY(sheet.contains(u"<autoFilter"_s));

    // A workbook is a file: without --output it is a usage error, as --output without it.
    QCOMPARE(m_fixture->run({u"list"_s, u"--format"_s, u"xlsx"_s}).exitCode, 1);
    QCOMPARE(m_fixture->run({u"list"_s, u"--output"_s, path}).exitCode, 1);
}

void TestCliOffline::getTakesANumber()
{
    const QString id = createOnline(u"numbered"_s);
    QVERIFY(!id.isEmpty());
    const CliRun byId = m_fixture->run({u"get"_s, id, u"--format"_s, u"json"_s});
    QVERIFY2(byId.exitCode == 0, byId.describe());
    const QString number =
        QJsonDocument::fromJson(byId.out).object().value(u"work_order_number"_s).toString();
    QVERIFY(!number.isEmpty());

    // The number, any case, online and offline: the same order.
    for (const QStringList &extra : {QStringList{}, QStringList{u"--offline"_s}}) {
        const CliRun byNumber = m_fixture->run(QStringList{u"get"_s, number.toLower(),
                                                           u"--format"_s, u"json"_s} + extra);
        QVERIFY2(byNumber.exitCode == 0, byNumber.describe());
        QCOMPARE(QJsonDocument::fromJson(byNumber.out).object().value(u"id"_s).toString(), id);
    }
    // A number the cache does not hold: offline, said in words; online, the server's lists
    // are read once, and then it is said that the server has none.
    const CliRun offline = m_fixture->run({u"get"_s, u"WO-1999-999"_s, u"--offline"_s});
    QVERIFY(offline.exitCode != 0);
    QVERIFY2(offline.errText().contains(u"not in the offline cache"_s), offline.describe());
    const CliRun unknown = m_fixture->run({u"get"_s, u"WO-1999-999"_s});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.errText().contains(u"reading the server's lists"_s), unknown.describe());
    QVERIFY2(unknown.errText().contains(u"not among the orders on the server"_s),
             unknown.describe());

    // An order another dispatcher made, never seen here: found in the server's lists.
    const QJsonObject body{{u"customer_id"_s, m_customerId},
                           {u"work_order_type"_s, u"repair"_s},
                           {u"priority"_s, u"low"_s},
                           {u"description"_s, u"Theirs"_s}};
    const QString theirId = m_fixture->direct()
                                .post(u"/work-orders"_s, QJsonDocument(body).toJson())
                                .json()[u"data"_s]
                                .toObject()[u"id"_s]
                                .toString();
    const QJsonObject theirs = m_fixture->direct().get(u"/work-orders/"_s + theirId).dataObject();
    const QString theirNumber = theirs.value(u"work_order_number"_s).toString();
    QVERIFY(!theirNumber.isEmpty());
    const CliRun found = m_fixture->run({u"get"_s, theirNumber, u"--format"_s, u"json"_s});
    QVERIFY2(found.exitCode == 0, found.describe());
    QCOMPARE(QJsonDocument::fromJson(found.out).object().value(u"id"_s).toString(),
             theirs.value(u"id"_s).toString());
}

// A server that keeps answering 429 with Retry-After: 90 s. Allowed 1 minute (--max-wait), the
// sync stops at once instead of waiting, and says why and where the limit is set. (That it
// waits and completes within its limit is tst_fullsync's, with a server that asks for 1 s.)
void TestCliOffline::syncWaitsForABusyServerAsLongAsAllowed()
{
    fentu::sandbox::Faults busy;
    busy.rateLimitShare = 1.0;
    busy.retryAfterSeconds = 90;
    m_fixture->server().setFaults(busy);
    const CliRun stopped = m_fixture->run({u"sync"_s, u"--max-wait"_s, u"1"_s});
    QVERIFY2(stopped.exitCode != 0, stopped.describe());
    QVERIFY2(stopped.errText().contains(u"the server kept asking to slow down (rate limiting), "
                                        "longer than the 1 minute a sync waits for it"_s),
             stopped.describe());
    QVERIFY2(!stopped.errText().contains(u"resuming in"_s), stopped.describe());
    m_fixture->server().setFaults({});
}

QTEST_GUILESS_MAIN(TestCliOffline)
#include "tst_clioffline.moc"
