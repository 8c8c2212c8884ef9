// fentu-cli settles what it queued, as a script would: `update --offline` then `sync` puts a
// customer change on the server (contact cleared with it); a queued change to a field another
// client changed meanwhile is not sent over it (`sync` names the conflict, exit status 2);
// `pending` lists the outbox with state, reason and the field-by-field comparison (text and
// JSON); --keep-mine, --take-theirs, --send-again and --discard settle one entry.
// The real fentu-cli binary runs against an in-process sandbox.

#include "clitestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using fentu::test::CliFixture;
using fentu::test::CliRun;

class TestCliPending : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void offlineCustomerChangeReachesTheServer();
    void conflictingQueuedChangeIsNotSentAndSyncNamesIt();
    void pendingComparesAConflictFieldByField();
    void keepMineSendsOverTheServersVersion();
    void takeTheirsDropsTheChange();
    void sendAgainSendsAFixedRefusal();
    void discardGivesARefusedChangeUp();
    void settlingTheWrongEntryIsAUsageError();
    void emptyOutboxSaysSo();

private:
    /// Creates an order online (so that the cache holds it); its id, or empty.
    QString createOnline(const QJsonObject &fields);
    /// Queues `priority low` offline, then another client sets `urgent`; the entry's seq.
    qint64 queueConflict(const QString &id);
    /// `fentu-cli pending --format json`, parsed.
    QJsonArray pendingJson();

    std::unique_ptr<CliFixture> m_fixture;
    QJsonArray m_customers;
};

void TestCliPending::init()
{
    m_fixture = std::make_unique<CliFixture>(20);
    QVERIFY(m_fixture->startServer());
    m_customers = m_fixture->direct().get(u"/customers"_s).dataArray();
    QVERIFY(m_customers.size() >= 2);
}

void TestCliPending::cleanup()
{
    m_fixture.reset();
}

QString TestCliPending::createOnline(const QJsonObject &fields)
{
    QStringList arguments{u"create"_s, u"--format"_s, u"json"_s};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        arguments << u"--"_s + it.key() << it.value().toString();
    const CliRun run = m_fixture->run(arguments);
    if (run.exitCode != 0) {
        qWarning("%s", run.describe().constData());
        return {};
    }
    return QJsonDocument::fromJson(run.out).object().value(u"id"_s).toString();
}

qint64 TestCliPending::queueConflict(const QString &id)
{
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--priority"_s, u"low"_s, u"--offline"_s});
    if (queued.exitCode != 0) {
        qWarning("%s", queued.describe().constData());
        return 0;
    }
    CliFixture::waitForTheNextSecond();
    if (m_fixture->direct().put(u"/work-orders/"_s + id, R"({"priority":"urgent"})").status != 200)
        return 0;
    const CliRun sync = m_fixture->run({u"sync"_s});
    if (sync.exitCode != 2) {
        qWarning("%s", sync.describe().constData());
        return 0;
    }
    const QJsonArray entries = pendingJson();
    if (entries.size() != 1 || entries.first()[u"state"_s].toString() != u"conflict"_s)
        return 0;
    return entries.first()[u"seq"_s].toInteger();
}

QJsonArray TestCliPending::pendingJson()
{
    const CliRun listed = m_fixture->run({u"pending"_s, u"--format"_s, u"json"_s});
    if (listed.exitCode != 0)
        qWarning("%s", listed.describe().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(listed.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", listed.describe().constData());
    return document.array();
}

void TestCliPending::offlineCustomerChangeReachesTheServer()
{
    // The order has a contact of its first customer; the new customer has contacts of its own.
    const QJsonObject first = m_customers.at(0).toObject();
    const QString firstId = first[u"id"_s].toString();
    const QJsonObject details = m_fixture->direct().get(u"/customers/"_s + firstId).dataObject();
    const QJsonArray contacts = details[u"contacts"_s].toArray();
    QVERIFY(!contacts.isEmpty());
    const QString id = createOnline({{u"customer"_s, firstId},
                                     {u"contact"_s, contacts.first()[u"id"_s].toString()},
                                     {u"description"_s, u"moves to another customer"_s}});
    QVERIFY(!id.isEmpty());
    QVERIFY(!m_fixture->serverOrder(id)[u"contact"_s].isNull());
    const QString otherId = m_customers.at(1)[u"id"_s].toString();

    const CliRun queued = m_fixture->run(
        {u"update"_s, id, u"--offline"_s, u"--customer"_s, otherId, u"--contact"_s, u""_s});
    QVERIFY2(queued.exitCode == 0 && queued.outText().startsWith(u"Saved offline as "_s),
             queued.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"customer"_s][u"id"_s].toString(),
             firstId); // not yet sent

    const CliRun sync = m_fixture->run({u"sync"_s});
    QVERIFY2(sync.exitCode == 0, sync.describe());
    QVERIFY2(sync.outText().contains(u"1 change saved offline sent to the server.\n"_s),
             sync.describe());
    const QJsonObject now = m_fixture->serverOrder(id);
    QCOMPARE(now[u"customer"_s][u"id"_s].toString(), otherId);
    QVERIFY2(now[u"contact"_s].isNull() || now[u"contact"_s].toObject().isEmpty(),
             QJsonDocument(now).toJson().constData());
    QCOMPARE(now[u"description"_s].toString(), u"moves to another customer"_s);
    QCOMPARE(pendingJson().size(), 0);
    // The cache shows what the server has.
    const CliRun cached = m_fixture->run({u"get"_s, id, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(cached.exitCode == 0, cached.describe());
    QCOMPARE(QJsonDocument::fromJson(cached.out)[u"customer"_s][u"id"_s].toString(), otherId);
}

void TestCliPending::conflictingQueuedChangeIsNotSentAndSyncNamesIt()
{
    const QString id = createOnline(
        {{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}, {u"priority"_s, u"high"_s}});
    QVERIFY(!id.isEmpty());
    const QString number = m_fixture->serverOrder(id)[u"work_order_number"_s].toString();
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe());
    CliFixture::waitForTheNextSecond();
    QCOMPARE(m_fixture->direct().put(u"/work-orders/"_s + id, R"({"priority":"urgent"})").status,
             200);

    const CliRun sync = m_fixture->run({u"sync"_s});
    QCOMPARE(sync.exitCode, 2);
    QVERIFY2(
        sync.errText().contains(
            u"%1 changed on the server since your offline edit: nothing was sent"_s.arg(number)),
        sync.describe());
    QVERIFY2(sync.errText().contains(u"fentu-cli pending --keep-mine "_s), sync.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(), u"urgent"_s);
    // It waits: the next sync says so again, and still sends nothing.
    const CliRun again = m_fixture->run({u"sync"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.errText().contains(number), again.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(), u"urgent"_s);
}

void TestCliPending::pendingComparesAConflictFieldByField()
{
    const QString id = createOnline(
        {{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}, {u"priority"_s, u"high"_s}});
    QVERIFY(!id.isEmpty());
    const QString number = m_fixture->serverOrder(id)[u"work_order_number"_s].toString();
    const qint64 seq = queueConflict(id);
    QVERIFY(seq > 0);

    const CliRun text = m_fixture->run({u"pending"_s});
    QVERIFY2(text.exitCode == 0, text.describe());
    const QString out = text.outText();
    // English plurals come from the translation an installed fentu-cli loads; a test has none.
    QVERIFY2(QRegularExpression(u"^1 change(\\(s\\))? saved on this computer, not yet on the "
                                "server:"_s)
                 .match(out)
                 .hasMatch(),
             text.describe());
    QVERIFY2(out.contains(u"#%1  update  %2 (%3)  conflict"_s.arg(seq).arg(number, id)),
             text.describe());
    QVERIFY2(out.contains(u"Changed on the server since your edit:"_s), text.describe());
    // One row per field: label, the value when edited, yours, the server's now.
    QVERIFY2(out.contains(QRegularExpression(u"Priority\\s+High\\s+Low\\s+Urgent"_s)),
             text.describe());
    QVERIFY2(out.contains(u"--keep-mine SEQ"_s), text.describe());

    const QJsonArray entries = pendingJson();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry[u"seq"_s].toInteger(), seq);
    QCOMPARE(entry[u"kind"_s].toString(), u"update"_s);
    QCOMPARE(entry[u"order_id"_s].toString(), id);
    QCOMPARE(entry[u"number"_s].toString(), number);
    QCOMPARE(entry[u"waiting_for_user"_s].toBool(), true);
    const QJsonArray comparison = entry[u"comparison"_s].toArray();
    QCOMPARE(comparison.size(), 1);
    const QJsonObject field = comparison.first().toObject();
    QCOMPARE(field[u"field"_s].toString(), u"priority"_s);
    QCOMPARE(field[u"base_known"_s].toBool(), true);
    QCOMPARE(field[u"base"_s].toString(), u"high"_s);
    QCOMPARE(field[u"mine"_s].toString(), u"low"_s);
    QCOMPARE(field[u"theirs"_s].toString(), u"urgent"_s);
    QCOMPARE(field[u"changed_on_server"_s].toBool(), true);

    // --offline lists without asking the server.
    const int before = m_fixture->server().requestCount();
    const CliRun offline = m_fixture->run({u"pending"_s, u"--offline"_s});
    QVERIFY2(offline.exitCode == 0 && offline.outText().contains(u"without --offline"_s),
             offline.describe());
    QCOMPARE(m_fixture->server().requestCount(), before);
}

void TestCliPending::keepMineSendsOverTheServersVersion()
{
    const QString id = createOnline(
        {{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}, {u"priority"_s, u"high"_s}});
    QVERIFY(!id.isEmpty());
    const qint64 seq = queueConflict(id);
    QVERIFY(seq > 0);

    const CliRun kept = m_fixture->run({u"pending"_s, u"--keep-mine"_s, QString::number(seq)});
    QVERIFY2(kept.exitCode == 0, kept.describe());
    QVERIFY2(kept.outText().contains(u"over the server's version"_s), kept.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(), u"low"_s);
    QCOMPARE(pendingJson().size(), 0);
}

void TestCliPending::takeTheirsDropsTheChange()
{
    const QString id = createOnline(
        {{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}, {u"priority"_s, u"high"_s}});
    QVERIFY(!id.isEmpty());
    const qint64 seq = queueConflict(id);
    QVERIFY(seq > 0);

    const CliRun taken = m_fixture->run(
        {u"pending"_s, u"--take-theirs"_s, QString::number(seq), u"--format"_s, u"json"_s});
    QVERIFY2(taken.exitCode == 0, taken.describe());
    const QJsonObject answer = QJsonDocument::fromJson(taken.out).object();
    QCOMPARE(answer[u"outcome"_s].toString(), u"dropped"_s);
    QCOMPARE(answer[u"action"_s].toString(), u"take_theirs"_s);
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(), u"urgent"_s);
    QCOMPARE(pendingJson().size(), 0);
    // The cache has the server's version now, not the dropped edit.
    const CliRun cached = m_fixture->run({u"get"_s, id, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(cached.exitCode == 0, cached.describe());
    QCOMPARE(QJsonDocument::fromJson(cached.out)[u"priority"_s].toString(), u"urgent"_s);
}

void TestCliPending::sendAgainSendsAFixedRefusal()
{
    // Assigned without a technician: the sandbox refuses (422 on status).
    const QString id = createOnline({{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}});
    QVERIFY(!id.isEmpty());
    QVERIFY(m_fixture->serverOrder(id)[u"technician"_s].isNull());
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--status"_s, u"assigned"_s, u"--offline"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe());
    const CliRun sync = m_fixture->run({u"sync"_s});
    QCOMPARE(sync.exitCode, 2);
    QVERIFY2(sync.errText().contains(u"refused by the server"_s), sync.describe());

    const QJsonArray entries = pendingJson();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry[u"state"_s].toString(), u"needs_attention"_s);
    QVERIFY2(!entry[u"reason"_s].toString().isEmpty(), QJsonDocument(entry).toJson().constData());
    QCOMPARE(entry[u"refusal"_s][0][u"field"_s].toString(), u"status"_s);
    const qint64 seq = entry[u"seq"_s].toInteger();

    // Sent again unchanged while the cause stands: refused again, and it stays.
    const CliRun early = m_fixture->run({u"pending"_s, u"--send-again"_s, QString::number(seq)});
    QCOMPARE(early.exitCode, 2);
    QCOMPARE(pendingJson().size(), 1);

    // Someone assigns a technician: now the same change is taken.
    const QString technician =
        m_fixture->direct().get(u"/technicians"_s).dataArray().first()[u"id"_s].toString();
    QCOMPARE(m_fixture->direct()
                 .put(u"/work-orders/"_s + id,
                      QJsonDocument(QJsonObject{{u"technician_id"_s, technician}}).toJson())
                 .status,
             200);
    const CliRun sent = m_fixture->run({u"pending"_s, u"--send-again"_s, QString::number(seq)});
    QVERIFY2(sent.exitCode == 0, sent.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"status"_s].toString(), u"assigned"_s);
    QCOMPARE(pendingJson().size(), 0);
}

void TestCliPending::discardGivesARefusedChangeUp()
{
    const QString id = createOnline({{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}});
    QVERIFY(!id.isEmpty());
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe());
    QVERIFY(m_fixture->direct().remove(u"/work-orders/"_s + id).status < 300);
    const CliRun sync = m_fixture->run({u"sync"_s});
    QCOMPARE(sync.exitCode, 2);
    QVERIFY2(sync.errText().contains(u"fentu-cli pending --discard "_s), sync.describe());

    const QJsonArray entries = pendingJson();
    QCOMPARE(entries.size(), 1);
    const qint64 seq = entries.first()[u"seq"_s].toInteger();
    // Discarding needs no server: it works offline, and asks nothing.
    const int before = m_fixture->server().requestCount();
    const CliRun discarded = m_fixture->run({u"pending"_s, u"--discard"_s, QString::number(seq)});
    QVERIFY2(discarded.exitCode == 0, discarded.describe());
    QVERIFY2(discarded.outText().contains(u"Discarded outbox entry %1"_s.arg(seq)),
             discarded.describe());
    QCOMPARE(m_fixture->server().requestCount(), before);
    QCOMPARE(pendingJson().size(), 0);
    const CliRun clean = m_fixture->run({u"sync"_s});
    QVERIFY2(clean.exitCode == 0, clean.describe());
}

void TestCliPending::settlingTheWrongEntryIsAUsageError()
{
    const CliRun missing = m_fixture->run({u"pending"_s, u"--keep-mine"_s, u"999"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.errText().contains(u"there is no outbox entry 999"_s), missing.describe());

    const CliRun two =
        m_fixture->run({u"pending"_s, u"--keep-mine"_s, u"1"_s, u"--discard"_s, u"2"_s});
    QCOMPARE(two.exitCode, 1);
    QVERIFY2(two.errText().contains(u"not several (--keep-mine, --discard)"_s), two.describe());

    const CliRun word = m_fixture->run({u"pending"_s, u"--discard"_s, u"first"_s});
    QCOMPARE(word.exitCode, 1);
    QVERIFY2(word.errText().contains(u"\"first\" is not an outbox entry's number"_s),
             word.describe());

    // A plain pending change is no conflict: keep-mine does not apply, and nothing is sent.
    const QString id = createOnline({{u"customer"_s, m_customers.at(0)[u"id"_s].toString()}});
    QVERIFY(!id.isEmpty());
    const CliRun queued =
        m_fixture->run({u"update"_s, id, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe());
    const qint64 seq = pendingJson().first()[u"seq"_s].toInteger();
    const CliRun notConflict =
        m_fixture->run({u"pending"_s, u"--keep-mine"_s, QString::number(seq)});
    QCOMPARE(notConflict.exitCode, 1);
    QVERIFY2(notConflict.errText().contains(u"is no conflict (it is pending)"_s),
             notConflict.describe());
    QCOMPARE(pendingJson().size(), 1);
    QVERIFY(m_fixture->serverOrder(id)[u"priority"_s].toString() != u"low"_s);
}

void TestCliPending::emptyOutboxSaysSo()
{
    const CliRun listed = m_fixture->run({u"pending"_s});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QCOMPARE(listed.outText(), u"The outbox is empty: the server has every change.\n"_s);
    QCOMPARE(pendingJson().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliPending)
#include "tst_clipending.moc"
