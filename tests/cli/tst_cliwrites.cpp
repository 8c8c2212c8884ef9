// fentu-cli's writes, the real binary against an in-process fentu-sandbox: create, update
// (with fields cleared) and delete reach the server (checked with a direct GET), the cache
// follows, client-side checks stop bad values before anything is sent, and every server
// refusal (422 with its field, 403, 404) exits non-zero with one line.
#include "clitestsupport.h"

#include "cache/cachestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu::test;

namespace {

QJsonObject jsonObject(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void createReachesServerAndCache();
    void createDraftAsText();
    void clientSideChecksSendNothing_data();
    void clientSideChecksSendNothing();
    void refusedCreateNamesTheField_data();
    void refusedCreateNamesTheField();
    void updateChangesAndClears();
    void refusedStatusChange();
    void updateCustomerAndDraft();
    void readOnlyKeyIsRefused();
    void deleteReachesServerAndCache();
    void aNumberNamesTheOrderToUpdateAndDelete();
    void unsentOfflineEditsQueueTheCliBehind();
    void keyNeverShows(); // last

private:
    /// Creates an order through the CLI with every optional field set; returns its id.
    QString createFullOrder();

    std::unique_ptr<CliFixture> m_fixture;
    QString m_customerId;
    QString m_contactId;
    QString m_technicianId;
};

void TestCliWrites::initTestCase()
{
    m_fixture = std::make_unique<CliFixture>(60);
    QVERIFY(m_fixture->startServer());
    auto &direct = m_fixture->direct();
    const QJsonArray customers = direct.get(u"/customers"_s).dataArray();
    QVERIFY(!customers.isEmpty());
    for (const QJsonValue &customer : customers) {
        const QString id = customer[u"id"_s].toString();
        const QJsonArray contacts =
            direct.get(u"/customers/"_s + id).dataObject().value(u"contacts"_s).toArray();
        if (!contacts.isEmpty()) {
            m_customerId = id;
            m_contactId = contacts.first()[u"id"_s].toString();
            break;
        }
    }
    for (const QJsonValue &technician : direct.get(u"/technicians"_s).dataArray()) {
        if (technician[u"active"_s].toBool(true)) {
            m_technicianId = technician[u"id"_s].toString();
            break;
        }
    }
    QVERIFY(!m_customerId.isEmpty());
    QVERIFY(!m_contactId.isEmpty());
    QVERIFY(!m_technicianId.isEmpty());
}

QString TestCliWrites::createFullOrder()
{
    const CliRun run = m_fixture->run({u"create"_s,
                                       u"--customer"_s,
                                       m_customerId,
                                       u"--contact"_s,
                                       m_contactId,
                                       u"--type"_s,
                                       u"service"_s,
                                       u"--priority"_s,
                                       u"high"_s,
                                       u"--description"_s,
                                       u"Repair the unit\nsecond line, with a comma"_s,
                                       u"--scheduled"_s,
                                       u"2026-03-10T10:30:00+01:00"_s,
                                       u"--duration"_s,
                                       u"90"_s,
                                       u"--technician"_s,
                                       m_technicianId,
                                       u"--notes"_s,
                                       u"Morning only"_s,
                                       u"--format"_s,
                                       u"json"_s});
    if (run.exitCode != 0) {
        qWarning("create failed: %s", run.describe().constData());
        return {};
    }
    return jsonObject(run).value(u"id"_s).toString();
}

void TestCliWrites::createReachesServerAndCache()
{
    const int before = m_fixture->server().requestCount();
    const QString id = createFullOrder();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_fixture->server().requestCount() > before);

    const QJsonObject order = m_fixture->serverOrder(id);
    QCOMPARE(order.value(u"customer"_s)[u"id"_s].toString(), m_customerId);
    QCOMPARE(order.value(u"contact"_s)[u"id"_s].toString(), m_contactId);
    QCOMPARE(order.value(u"technician"_s)[u"id"_s].toString(), m_technicianId);
    QCOMPARE(order[u"work_order_type"_s].toString(), u"service"_s);
    QCOMPARE(order[u"priority"_s].toString(), u"high"_s);
    QCOMPARE(order[u"description"_s].toString(), u"Repair the unit\nsecond line, with a comma"_s);
    QCOMPARE(order[u"scheduled_date"_s].toString(), u"2026-03-10T09:30:00Z"_s); // sent as UTC
    QCOMPARE(order[u"estimated_duration"_s].toInt(), 90);
    QCOMPARE(order[u"notes"_s].toString(), u"Morning only"_s);
    QCOMPARE(order[u"status"_s].toString(), u"open"_s);

    // Written through: the cache has the whole order, as the server holds it.
    const CliRun cached = m_fixture->run({u"get"_s, id, u"--offline"_s, u"--format"_s, u"json"_s});
    QVERIFY2(cached.exitCode == 0, cached.describe());
    QCOMPARE(jsonObject(cached), order);
    const CliRun listed = m_fixture->run(
        {u"list"_s, u"--offline"_s, u"--customer"_s, m_customerId, u"--format"_s, u"csv"_s});
    QVERIFY(listed.outText().contains(id));
}

void TestCliWrites::createDraftAsText()
{
    const CliRun run = m_fixture->run({u"create"_s, u"--customer"_s, m_customerId, u"--draft"_s});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), run.describe());
    const QRegularExpression line(u"^Created work order (WO-\\d{4}-\\d{3,}) \\(id (\\S+)\\), "
                                  "status draft\\.\\n$"_s);
    const auto match = line.match(run.outText());
    QVERIFY2(match.hasMatch(), run.describe());
    const QJsonObject order = m_fixture->serverOrder(match.captured(2));
    QCOMPARE(order[u"status"_s].toString(), u"draft"_s);
    QCOMPARE(order[u"work_order_number"_s].toString(), match.captured(1));
    QCOMPARE(order[u"priority"_s].toString(), u"medium"_s); // the documented default
}

void TestCliWrites::clientSideChecksSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no customer") << QStringList{u"create"_s, u"--priority"_s, u"low"_s}
                                 << u"fentu-cli: --customer: A customer is required."_s;
    QTest::newRow("empty customer") << QStringList{u"create"_s, u"--customer"_s, u" "_s}
                                    << u"fentu-cli: --customer: A customer is required."_s;
    QTest::newRow("negative duration")
        << QStringList{u"create"_s, u"--customer"_s, u"c"_s, u"--duration"_s, u"-5"_s}
        << u"fentu-cli: --duration: The estimated duration must be a whole number of minutes, "
           "0 or more."_s;
    QTest::newRow("fractional duration")
        << QStringList{u"update"_s, u"wo-1"_s, u"--duration"_s, u"1.5"_s}
        << u"fentu-cli: --duration: The estimated duration must be a whole number of minutes, "
           "0 or more."_s;
    QTest::newRow("priority")
        << QStringList{u"create"_s, u"--customer"_s, u"c"_s, u"--priority"_s, u"asap"_s}
        << u"fentu-cli: --priority: The priority must be one of low, medium, high or urgent."_s;
    QTest::newRow("status") << QStringList{u"update"_s, u"wo-1"_s, u"--status"_s, u"done"_s}
                            << u"fentu-cli: --status: The status must be one of draft, open, "
                               "assigned, in_progress, on_hold, completed or cancelled."_s;
    QTest::newRow("date") << QStringList{u"create"_s, u"--customer"_s, u"c"_s, u"--scheduled"_s,
                                         u"next tuesday"_s}
                          << u"fentu-cli: --scheduled: The scheduled date must be an ISO 8601 "
                             "date and time, such as 2024-02-01T10:00:00Z."_s;
    QTest::newRow("two problems")
        << QStringList{u"create"_s, u"--duration"_s, u"x"_s}
        << u"fentu-cli: --duration: The estimated duration must be a whole number of minutes, "
           "0 or more.; --customer: A customer is required."_s;
    QTest::newRow("nothing to update") << QStringList{u"update"_s, u"wo-1"_s}
                                       << u"fentu-cli: update: nothing to change; give at least "
                                          "one field option (see fentu-cli update --help)"_s;
}

void TestCliWrites::clientSideChecksSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const int before = m_fixture->server().requestCount();
    const CliRun run = m_fixture->run(arguments);
    QVERIFY2(run.exitCode == 1, run.describe());
    QCOMPARE(run.errLines(), QStringList{message});
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_fixture->server().requestCount(), before);
}

void TestCliWrites::refusedCreateNamesTheField_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("detail");
    QTest::newRow("customer") << QStringList{u"--customer"_s, u"cust-nope"_s}
                              << u"customer_id: Customer not found"_s;
    QTest::newRow("technician") << QStringList{u"--technician"_s, u"tech-nope"_s}
                                << u"technician_id: Technician not found"_s;
    QTest::newRow("contact") << QStringList{u"--contact"_s, u"contact-nope"_s}
                             << u"contact_id: Contact not found"_s;
}

void TestCliWrites::refusedCreateNamesTheField()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, detail);
    QStringList arguments{u"create"_s};
    if (!extra.contains(u"--customer"_s))
        arguments << u"--customer"_s << m_customerId;
    const CliRun run = m_fixture->run(arguments + extra);
    QVERIFY2(run.exitCode == 2, run.describe());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errText().startsWith(u"fentu-cli: the server refused the changes (HTTP 422): "_s),
             run.describe());
    QVERIFY2(run.errText().contains(detail), run.describe());
    QVERIFY(run.out.isEmpty());
}

void TestCliWrites::updateChangesAndClears()
{
    const QString id = createFullOrder();
    QVERIFY(!id.isEmpty());

    // Empty values clear the optional fields: the server stores null.
    const CliRun cleared =
        m_fixture->run({u"update"_s, id, u"--technician"_s, u""_s, u"--contact"_s, u""_s,
                        u"--duration"_s, u""_s, u"--scheduled"_s, u""_s, u"--notes"_s, u""_s});
    QVERIFY2(cleared.exitCode == 0 && cleared.err.isEmpty(), cleared.describe());
    QVERIFY(cleared.outText().startsWith(u"Updated work order WO-"_s));
    QJsonObject order = m_fixture->serverOrder(id);
    for (const auto *field :
         {"technician", "contact", "estimated_duration", "scheduled_date", "notes"})
        QVERIFY2(order.value(QLatin1StringView(field)).isNull() ||
                     order.value(QLatin1StringView(field)).isUndefined(),
                 field);
    QCOMPARE(order[u"description"_s].toString(), u"Repair the unit\nsecond line, with a comma"_s);

    // Changes, with the server's answer printed as JSON.
    const CliRun changed =
        m_fixture->run({u"update"_s, id, u"--status"_s, u"in_progress"_s, u"--technician"_s,
                        m_technicianId, u"--priority"_s, u"urgent"_s, u"--description"_s,
                        u"Replaced"_s, u"--format"_s, u"json"_s});
    QVERIFY2(changed.exitCode == 0, changed.describe());
    const QJsonObject answer = jsonObject(changed);
    order = m_fixture->serverOrder(id);
    QCOMPARE(answer, order);
    QCOMPARE(order[u"status"_s].toString(), u"in_progress"_s);
    QCOMPARE(order.value(u"technician"_s)[u"id"_s].toString(), m_technicianId);
    QCOMPARE(order[u"priority"_s].toString(), u"urgent"_s);
    QCOMPARE(order[u"description"_s].toString(), u"Replaced"_s);

    // The cache holds the server's answer.
    const CliRun cached = m_fixture->run({u"get"_s, id, u"--offline"_s, u"--format"_s, u"json"_s});
    QCOMPARE(jsonObject(cached), order);
}

void TestCliWrites::refusedStatusChange()
{
    const QString id = createFullOrder();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_fixture->run({u"update"_s, id, u"--status"_s, u"completed"_s}).exitCode, 0);
    // The sandbox refuses any change out of completed, naming the status field.
    const CliRun run = m_fixture->run({u"update"_s, id, u"--status"_s, u"open"_s});
    QVERIFY2(run.exitCode == 2, run.describe());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errText().contains(u"(HTTP 422): status: "_s), run.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"status"_s].toString(), u"completed"_s);
}

void TestCliWrites::updateCustomerAndDraft()
{
    const QString id = createFullOrder();
    QVERIFY(!id.isEmpty());
    QString otherCustomer;
    for (const QJsonValue &customer : m_fixture->direct().get(u"/customers"_s).dataArray()) {
        if (customer[u"id"_s].toString() != m_customerId) {
            otherCustomer = customer[u"id"_s].toString();
            break;
        }
    }
    QVERIFY(!otherCustomer.isEmpty());

    // The order's contact belongs to the old customer: the server refuses, naming the field.
    const CliRun refused = m_fixture->run({u"update"_s, id, u"--customer"_s, otherCustomer});
    QVERIFY2(refused.exitCode == 2, refused.describe());
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY2(refused.errText().contains(u"(HTTP 422): contact_id: Contact does not belong"_s),
             refused.describe());
    QCOMPARE(m_fixture->serverOrder(id).value(u"customer"_s)[u"id"_s].toString(), m_customerId);

    // With the contact cleared (an empty value) the move goes through; --draft sets the status.
    const CliRun moved =
        m_fixture->run({u"update"_s, id, u"--customer"_s, otherCustomer, u"--contact"_s, u""_s,
                        u"--draft"_s, u"--format"_s, u"json"_s});
    QVERIFY2(moved.exitCode == 0 && moved.err.isEmpty(), moved.describe());
    const QJsonObject order = m_fixture->serverOrder(id);
    QCOMPARE(jsonObject(moved), order); // the server's answer, as it stored it
    QCOMPARE(order.value(u"customer"_s)[u"id"_s].toString(), otherCustomer);
    QVERIFY(order.value(u"contact"_s).isNull() || order.value(u"contact"_s).isUndefined());
    QCOMPARE(order[u"status"_s].toString(), u"draft"_s);
}

void TestCliWrites::readOnlyKeyIsRefused()
{
    const QProcessEnvironment env = m_fixture->environment(m_fixture->readOnlyKey());
    const CliRun create = m_fixture->runRaw(
        QStringList{u"create"_s, u"--customer"_s, m_customerId} + m_fixture->location(), env);
    QVERIFY2(create.exitCode == 2, create.describe());
    QCOMPARE(create.errLines().size(), 1);
    QVERIFY2(create.errText().contains(u"(HTTP 403)"_s), create.describe());
    QVERIFY(!containsSecret(create.out + create.err, m_fixture->readOnlyKey()));
    // Reading is allowed with it.
    const CliRun list = m_fixture->runRaw(
        QStringList{u"list"_s, u"--format"_s, u"csv"_s} + m_fixture->location(), env);
    QVERIFY2(list.exitCode == 0, list.describe());
}

void TestCliWrites::deleteReachesServerAndCache()
{
    const QString id = createFullOrder();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_fixture->run({u"get"_s, id, u"--offline"_s}).exitCode, 0);

    const CliRun removed = m_fixture->run({u"delete"_s, id});
    QVERIFY2(removed.exitCode == 0 && removed.err.isEmpty(), removed.describe());
    QCOMPARE(removed.outText(), u"Deleted work order %1 (moved to the trash).\n"_s.arg(id));
    QCOMPARE(m_fixture->direct().get(u"/work-orders/"_s + id).status, 404);

    const CliRun cached = m_fixture->run({u"get"_s, id, u"--offline"_s});
    QVERIFY2(cached.exitCode == 5, cached.describe());

    // Already gone is what was asked: OrderWriter takes a 404 as done, as in Fentu Desk.
    const CliRun again = m_fixture->run({u"delete"_s, id});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(m_fixture->direct().get(u"/work-orders/"_s + id).status, 404);
}

void TestCliWrites::aNumberNamesTheOrderToUpdateAndDelete()
{
    const QString id = createFullOrder(); // created through fentu-cli: cached with its number
    QVERIFY(!id.isEmpty());
    const QString number = m_fixture->serverOrder(id)[u"work_order_number"_s].toString();
    QVERIFY(number.startsWith(u"WO-"_s));

    // Any case, as a person types it from a phone call.
    const CliRun changed =
        m_fixture->run({u"update"_s, number.toLower(), u"--priority"_s, u"low"_s});
    QVERIFY2(changed.exitCode == 0, changed.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(), u"low"_s);

    // A number this computer has never seen: said in words, nothing sent.
    const int requests = m_fixture->server().requestCount();
    const CliRun unknown = m_fixture->run({u"delete"_s, u"WO-1999-999"_s});
    QVERIFY2(unknown.exitCode != 0, unknown.describe());
    QVERIFY2(unknown.errText().contains(u"not in the offline cache"_s), unknown.describe());
    QCOMPARE(m_fixture->server().requestCount(), requests);

    const CliRun removed = m_fixture->run({u"delete"_s, number});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    QCOMPARE(m_fixture->direct().get(u"/work-orders/"_s + id).status, 404);
}

void TestCliWrites::unsentOfflineEditsQueueTheCliBehind()
{
    const QString id = createFullOrder();
    QVERIFY(!id.isEmpty());
    // Fentu Desk queued an edit of this order while offline; it has not been sent yet.
    {
        fentu::CacheStore store(m_fixture->cacheDir());
        bool opened = false;
        store.open(m_fixture->baseUrl(), nullptr,
                   [&opened](const fentu::CacheOpenReport &report) { opened = report.isUsable(); });
        QTRY_VERIFY(opened);
        fentu::OutboxEntry entry;
        entry.kind = fentu::OutboxEntry::Kind::Update;
        entry.orderId = id;
        entry.patch.setPriority(fentu::Priority::Low);
        entry.baseValues = QJsonObject{{u"priority"_s, u"high"_s}}; // as the user saw it
        bool queued = false;
        store.enqueueOutbox(entry, nullptr, [&queued](fentu::CacheResult<fentu::OutboxWrite> r) {
            queued = r.isOk();
        });
        QTRY_VERIFY(queued);
        bool closed = false;
        store.close(nullptr, [&closed](fentu::CacheResult<fentu::CacheDone>) { closed = true; });
        QTRY_VERIFY(closed);
    }
    // The CLI's change goes into the same outbox and is sent after the older one, never
    // before it: the server ends with the newest value.
    const CliRun update = m_fixture->run({u"update"_s, id, u"--priority"_s, u"urgent"_s});
    QVERIFY2(update.exitCode == 0 && update.err.isEmpty(), update.describe());
    QCOMPARE(m_fixture->serverOrder(id)[u"priority"_s].toString(), u"urgent"_s);
    const CliRun removed = m_fixture->run({u"delete"_s, id});
    QVERIFY2(removed.exitCode == 0 && removed.err.isEmpty(), removed.describe());
    QCOMPARE(m_fixture->direct().get(u"/work-orders/"_s + id).status, 404);
}

void TestCliWrites::keyNeverShows()
{
    QVERIFY(m_fixture->allOutput().size() > 30);
    for (const QByteArray &output : m_fixture->allOutput())
        QVERIFY(!containsSecret(output, m_fixture->key()));
    const QStringList files = filesContaining(m_fixture->rootDir(), m_fixture->key());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
