// fentu-cli's command line, as units: the commands and their options parse into the requests
// they stand for, bad values stop with the GUI's validation messages, and OrderValidation
// itself (shared with the edit dialogs).
#include "commandline.h"
#include "createcommand.h"
#include "deletecommand.h"
#include "getcommand.h"
#include "listcommand.h"
#include "synccommand.h"
#include "updatecommand.h"

#include "domain/codec.h"
#include "domain/ordervalidation.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::cli;

namespace {

Invocation parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{u"fentu-cli"_s} + arguments);
}

template <typename C> const C *command(const Invocation &invocation)
{
    return qobject_cast<const C *>(invocation.command.get());
}

/// The options the command `C` read; null when the command line is not for `C`.
template <typename C> const auto *options(const Invocation &invocation)
{
    const C *parsed = command<C>(invocation);
    return parsed ? &parsed->arguments() : nullptr;
}

} // namespace

class TestCliCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion();
    void globalOptionsAnywhere();
    void listFilters();
    void usageErrors_data();
    void usageErrors();
    void getAndDelete();
    void writesTakeOffline();
    void createBody();
    void updateClearsWithEmptyValues();
    void updateCustomerAndDraft();
    void createAndUpdateOfferTheSameFields();
    void validationParsers();
    void validationChecks();
};

void TestCliCommandLine::helpAndVersion()
{
    const Invocation none = parse({});
    QCOMPARE(none.action, Invocation::Action::UsageError);
    QCOMPARE(none.text, u"no command given (see fentu-cli --help)"_s);

    const Invocation help = parse({u"--help"_s});
    QCOMPARE(help.action, Invocation::Action::Help);
    QVERIFY(help.text.startsWith(u"Usage: fentu-cli COMMAND [options]"_s));
    for (const QString &word :
         {u"sync"_s, u"list"_s, u"get"_s, u"create"_s, u"update"_s, u"delete"_s,
          u"--base-url URL"_s, u"--cache-dir DIR"_s, u"FENTU_API_KEY"_s})
        QVERIFY2(help.text.contains(word), qPrintable(word));
    for (int code = 0; code <= 5; ++code)
        QVERIFY(help.text.contains(u"\n  %1  "_s.arg(code)));

    QCOMPARE(parse({u"--version"_s}).action, Invocation::Action::Version);
    QVERIFY(parse({u"--version"_s}).text.startsWith(u"fentu-cli "_s));

    const Invocation listHelp = parse({u"list"_s, u"--help"_s});
    QCOMPARE(listHelp.action, Invocation::Action::Help);
    QVERIFY(listHelp.text.startsWith(u"Usage: fentu-cli list [options]\n"_s));
    QVERIFY(listHelp.text.contains(u"--format <FORMAT>"_s));
    QCOMPARE(parse({u"help"_s, u"update"_s}).text, parse({u"update"_s, u"-h"_s}).text);
    QVERIFY(parse({u"help"_s, u"update"_s}).text.contains(u"--technician <ID>"_s));
}

void TestCliCommandLine::globalOptionsAnywhere()
{
    const Invocation before = parse({u"--base-url"_s, u"https://a.example/v1"_s, u"list"_s,
                                     u"--cache-dir"_s, u"/tmp/c"_s, u"--offline"_s});
    QCOMPARE(before.action, Invocation::Action::Run);
    QCOMPARE(before.global.baseUrl, u"https://a.example/v1"_s);
    QCOMPARE(before.global.cacheDir, u"/tmp/c"_s);
    QVERIFY(!before.global.verbose);
    QVERIFY(options<ListCommand>(before)->offline);

    const Invocation after =
        parse({u"sync"_s, u"--verbose"_s, u"--base-url=https://b.example/api/v1"_s});
    QCOMPARE(after.action, Invocation::Action::Run);
    QVERIFY(command<SyncCommand>(after));
    QVERIFY(after.global.verbose);
    QCOMPARE(after.global.baseUrl, u"https://b.example/api/v1"_s);
}

void TestCliCommandLine::listFilters()
{
    const Invocation plain = parse({u"list"_s});
    const auto *all = options<ListCommand>(plain);
    QVERIFY(all);
    QCOMPARE(all->format, OutputFormat::Table);
    QVERIFY(!all->offline);
    QCOMPARE(all->query, WorkOrderQuery());

    const Invocation filtered =
        parse({u"list"_s, u"--status"_s, u"in_progress"_s, u"--customer"_s, u"cust-1"_s,
               u"--technician"_s, u"tech-2"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
               u"2026-03-31"_s, u"--format"_s, u"CSV"_s});
    const auto *list = options<ListCommand>(filtered);
    QVERIFY2(list, qPrintable(filtered.text));
    QCOMPARE(list->query.status, std::optional<Status>(Status::InProgress));
    QCOMPARE(list->query.customerId, u"cust-1"_s);
    QCOMPARE(list->query.technicianId, u"tech-2"_s);
    QCOMPARE(list->query.fromDate, QDate(2026, 3, 1));
    QCOMPARE(list->query.toDate, QDate(2026, 3, 31));
    QCOMPARE(list->format, OutputFormat::Csv);
    QCOMPARE(options<ListCommand>(parse({u"list"_s, u"--format"_s, u"json"_s}))->format,
             OutputFormat::Json);
}

void TestCliCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command")
        << QStringList{u"show"_s} << u"unknown command \"show\" (see fentu-cli --help)"_s;
    QTest::newRow("unknown option")
        << QStringList{u"list"_s, u"--bogus"_s} << u"Unknown option 'bogus'."_s;
    QTest::newRow("option before command") << QStringList{u"--status"_s, u"open"_s, u"list"_s}
                                           << u"Unknown option 'status'. (see fentu-cli --help)"_s;
    QTest::newRow("missing value")
        << QStringList{u"list"_s, u"--status"_s} << u"Missing value after '--status'."_s;
    QTest::newRow("status") << QStringList{u"list"_s, u"--status"_s, u"closed"_s}
                            << u"--status: The status must be one of draft, open, assigned, "
                               "in_progress, on_hold, completed or cancelled."_s;
    QTest::newRow("date") << QStringList{u"list"_s, u"--from"_s, u"2026-02-30"_s}
                          << u"--from: expected a date as YYYY-MM-DD, such as 2024-01-27"_s;
    QTest::newRow("date and time") << QStringList{u"list"_s, u"--to"_s, u"2026-02-01T10:00"_s}
                                   << u"--to: expected a date as YYYY-MM-DD, such as 2024-01-27"_s;
    QTest::newRow("range") << QStringList{u"list"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                                          u"2026-03-01"_s}
                           << u"--from is after --to: no order can match"_s;
    QTest::newRow("empty customer")
        << QStringList{u"list"_s, u"--customer"_s, u""_s} << u"--customer needs an id"_s;
    QTest::newRow("list format") << QStringList{u"list"_s, u"--format"_s, u"text"_s}
                                 << u"--format must be table, csv, json or xlsx"_s;
    QTest::newRow("get format") << QStringList{u"get"_s, u"wo-1"_s, u"--format"_s, u"csv"_s}
                                << u"--format must be text or json"_s;
    QTest::newRow("sync wait") << QStringList{u"sync"_s, u"--max-wait"_s, u"0"_s}
                               << u"--max-wait must be a whole number of minutes from 1 to 60"_s;
    QTest::newRow("get without id")
        << QStringList{u"get"_s} << u"get: missing ID (see fentu-cli get --help)"_s;
    QTest::newRow("get empty id") << QStringList{u"get"_s, u" "_s}
                                  << u"get: ID must not be empty"_s;
    QTest::newRow("get two ids") << QStringList{u"get"_s, u"wo-1"_s, u"wo-2"_s}
                                 << u"get: unexpected argument \"wo-2\""_s;
    QTest::newRow("sync argument")
        << QStringList{u"sync"_s, u"now"_s} << u"sync: unexpected argument \"now\""_s;
    QTest::newRow("update empty customer")
        << QStringList{u"update"_s, u"wo-1"_s, u"--customer"_s, u""_s}
        << u"--customer: A customer is required."_s;
    QTest::newRow("update draft and status")
        << QStringList{u"update"_s, u"wo-1"_s, u"--draft"_s, u"--status"_s, u"open"_s}
        << u"--status: --draft and --status open contradict each other."_s;
    QTest::newRow("update empty priority")
        << QStringList{u"update"_s, u"wo-1"_s, u"--priority"_s, u""_s}
        << u"--priority: The priority must be one of low, medium, high or urgent."_s;
    QTest::newRow("create status")
        << QStringList{u"create"_s, u"--customer"_s, u"c"_s, u"--status"_s, u"open"_s}
        << u"Unknown option 'status'."_s;
}

void TestCliCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Invocation invocation = parse(arguments);
    QCOMPARE(invocation.action, Invocation::Action::UsageError);
    QCOMPARE(invocation.text, message);
}

void TestCliCommandLine::getAndDelete()
{
    const Invocation get = parse({u"get"_s, u"wo-12"_s, u"--offline"_s, u"--format"_s, u"json"_s});
    const auto *arguments = options<GetCommand>(get);
    QVERIFY2(arguments, qPrintable(get.text));
    QCOMPARE(arguments->id, u"wo-12"_s);
    QVERIFY(arguments->offline);
    QCOMPARE(arguments->format, OutputFormat::Json);
    QCOMPARE(options<GetCommand>(parse({u"get"_s, u"wo-12"_s}))->format, OutputFormat::Text);

    const Invocation remove = parse({u"delete"_s, u"wo-12"_s});
    QVERIFY(options<DeleteCommand>(remove));
    QCOMPARE(options<DeleteCommand>(remove)->id, u"wo-12"_s);
    QVERIFY(!options<DeleteCommand>(remove)->offline);
}

void TestCliCommandLine::writesTakeOffline()
{
    const Invocation remove = parse({u"delete"_s, u"wo-12"_s, u"--offline"_s});
    QVERIFY2(options<DeleteCommand>(remove), qPrintable(remove.text));
    QVERIFY(options<DeleteCommand>(remove)->offline);
    const Invocation create = parse({u"create"_s, u"--customer"_s, u"cus-1"_s, u"--offline"_s});
    QVERIFY2(options<CreateCommand>(create), qPrintable(create.text));
    QVERIFY(options<CreateCommand>(create)->offline);
    const Invocation update = parse({u"update"_s, u"wo-1"_s, u"--priority"_s, u"low"_s});
    QVERIFY2(options<UpdateCommand>(update), qPrintable(update.text));
    QVERIFY(!options<UpdateCommand>(update)->offline);
    const Invocation offlineUpdate =
        parse({u"update"_s, u"wo-1"_s, u"--priority"_s, u"low"_s, u"--offline"_s});
    QVERIFY2(options<UpdateCommand>(offlineUpdate), qPrintable(offlineUpdate.text));
    QVERIFY(options<UpdateCommand>(offlineUpdate)->offline);

    // The three write commands describe --offline alike (one option serves them all).
    for (const QString &write : {u"create"_s, u"update"_s, u"delete"_s}) {
        const QString help = parse({u"help"_s, write}).text;
        QVERIFY2(help.contains(u"--offline"_s), qPrintable(write));
        QVERIFY2(help.contains(u"Saves the change in the outbox"_s), qPrintable(write));
    }
}

void TestCliCommandLine::createBody()
{
    const Invocation create = parse({u"create"_s,
                                     u"--customer"_s,
                                     u" cust-1 "_s,
                                     u"--contact"_s,
                                     u"contact-1"_s,
                                     u"--type"_s,
                                     u"service"_s,
                                     u"--priority"_s,
                                     u"urgent"_s,
                                     u"--description"_s,
                                     u"Fix it"_s,
                                     u"--scheduled"_s,
                                     u"2026-03-10T10:30:00+01:00"_s,
                                     u"--duration"_s,
                                     u"0"_s,
                                     u"--technician"_s,
                                     u""_s,
                                     u"--notes"_s,
                                     u"n"_s,
                                     u"--draft"_s,
                                     u"--format"_s,
                                     u"json"_s});
    const auto *arguments = options<CreateCommand>(create);
    QVERIFY2(arguments, qPrintable(create.text));
    QCOMPARE(arguments->format, OutputFormat::Json);
    const QJsonObject body = codec::encode(arguments->order);
    const QJsonObject expected{
        {u"customer_id"_s, u"cust-1"_s},
        {u"contact_id"_s, u"contact-1"_s},
        {u"work_order_type"_s, u"service"_s},
        {u"priority"_s, u"urgent"_s},
        {u"description"_s, u"Fix it"_s},
        {u"scheduled_date"_s, u"2026-03-10T09:30:00Z"_s},
        {u"estimated_duration"_s, 0},
        {u"notes"_s, u"n"_s},
        {u"status"_s, u"draft"_s},
    }; // an empty --technician is simply left out of a new order
    QCOMPARE(body, expected);

    const Invocation minimal = parse({u"create"_s, u"--customer"_s, u"cust-1"_s});
    QCOMPARE(codec::encode(options<CreateCommand>(minimal)->order),
             (QJsonObject{{u"customer_id"_s, u"cust-1"_s}, {u"priority"_s, u"medium"_s}}));
}

void TestCliCommandLine::updateCustomerAndDraft()
{
    const Invocation update =
        parse({u"update"_s, u"wo-5"_s, u"--customer"_s, u" cust-2 "_s, u"--draft"_s});
    const auto *arguments = options<UpdateCommand>(update);
    QVERIFY2(arguments, qPrintable(update.text));
    QCOMPARE(arguments->patch.toJson(),
             (QJsonObject{{u"customer_id"_s, u"cust-2"_s}, {u"status"_s, u"draft"_s}}));
    // --draft agrees with --status draft.
    const Invocation same =
        parse({u"update"_s, u"wo-5"_s, u"--draft"_s, u"--status"_s, u"draft"_s});
    QCOMPARE(options<UpdateCommand>(same)->patch.toJson(),
             (QJsonObject{{u"status"_s, u"draft"_s}}));
}

void TestCliCommandLine::createAndUpdateOfferTheSameFields()
{
    // The list: create takes these; update takes the same plus --status.
    const QStringList fields{u"--customer <ID>"_s,      u"--contact <ID>"_s,
                             u"--type <TYPE>"_s,        u"--priority <PRIORITY>"_s,
                             u"--description <TEXT>"_s, u"--scheduled <DATETIME>"_s,
                             u"--duration <MINUTES>"_s, u"--technician <ID>"_s,
                             u"--notes <TEXT>"_s,       u"--draft"_s};
    const QString create = parse({u"help"_s, u"create"_s}).text;
    const QString update = parse({u"help"_s, u"update"_s}).text;
    for (const QString &field : fields) {
        QVERIFY2(create.contains(field), qPrintable(field));
        QVERIFY2(update.contains(field), qPrintable(field));
    }
    QVERIFY(update.contains(u"--status <STATUS>"_s));
    QVERIFY(!create.contains(u"--status"_s));
}

void TestCliCommandLine::updateClearsWithEmptyValues()
{
    const Invocation update = parse(
        {u"update"_s, u"wo-5"_s, u"--technician"_s, u""_s, u"--contact="_s, u"--duration"_s, u""_s,
         u"--scheduled"_s, u""_s, u"--notes"_s, u""_s, u"--status"_s, u"on_hold"_s, u"--priority"_s,
         u"low"_s, u"--description"_s, u"New text"_s, u"--type"_s, u"repair"_s});
    const auto *arguments = options<UpdateCommand>(update);
    QVERIFY2(arguments, qPrintable(update.text));
    QCOMPARE(arguments->id, u"wo-5"_s);
    const QJsonObject expected{
        {u"technician_id"_s, QJsonValue::Null},
        {u"contact_id"_s, QJsonValue::Null},
        {u"estimated_duration"_s, QJsonValue::Null},
        {u"scheduled_date"_s, QJsonValue::Null},
        {u"notes"_s, QJsonValue::Null},
        {u"status"_s, u"on_hold"_s},
        {u"priority"_s, u"low"_s},
        {u"description"_s, u"New text"_s},
        {u"work_order_type"_s, u"repair"_s},
    };
    QCOMPARE(arguments->patch.toJson(), expected);

    // Only what was given is sent.
    const Invocation one = parse({u"update"_s, u"wo-5"_s, u"--duration"_s, u"45"_s});
    QCOMPARE(options<UpdateCommand>(one)->patch.toJson(),
             (QJsonObject{{u"estimated_duration"_s, 45}}));
}

void TestCliCommandLine::validationParsers()
{
    FieldProblem problem;
    QCOMPARE(OrderValidation::parseDuration(u"0", &problem), std::optional<int>(0));
    QCOMPARE(OrderValidation::parseDuration(u" 90 ", &problem), std::optional<int>(90));
    for (const QString &bad :
         {u"-1"_s, u"1.5"_s, u"abc"_s, u""_s, u"+5"_s, u"99999999999"_s, u"1e3"_s}) {
        problem = {};
        QVERIFY2(!OrderValidation::parseDuration(bad, &problem), qPrintable(bad));
        QCOMPARE(problem.field, u"estimated_duration"_s);
        QCOMPARE(problem.message, OrderValidation::durationMessage());
    }

    QCOMPARE(OrderValidation::parsePriority(u"high", &problem), std::optional(Priority::High));
    QVERIFY(!OrderValidation::parsePriority(u"High", &problem)); // wire names are lower case
    QCOMPARE(problem, (FieldProblem{u"priority"_s, OrderValidation::priorityMessage()}));

    for (const Status status : kAllStatuses)
        QCOMPARE(OrderValidation::parseStatus(statusToApi(status), &problem),
                 std::optional(status));
    QVERIFY(!OrderValidation::parseStatus(u"closed", &problem));
    QCOMPARE(problem, (FieldProblem{u"status"_s, OrderValidation::statusMessage()}));

    const QDateTime utc(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC);
    QCOMPARE(OrderValidation::parseScheduledDate(u"2024-02-01T10:00:00Z", &problem), utc);
    QCOMPARE(OrderValidation::parseScheduledDate(u"2024-02-01T11:00:00+01:00", &problem), utc);
    QCOMPARE(OrderValidation::parseScheduledDate(u"2024-02-01", &problem),
             QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));
    for (const QString &bad : {u"tomorrow"_s, u"2024-13-01T10:00:00Z"_s, u""_s}) {
        problem = {};
        QVERIFY2(!OrderValidation::parseScheduledDate(bad, &problem), qPrintable(bad));
        QCOMPARE(problem.field, u"scheduled_date"_s);
    }
}

void TestCliCommandLine::validationChecks()
{
    NewWorkOrder order;
    QCOMPARE(OrderValidation::check(order),
             (QList<FieldProblem>{{u"customer_id"_s, OrderValidation::customerRequiredMessage()}}));
    order.customerId = u"cust-1"_s;
    QVERIFY(OrderValidation::check(order).isEmpty());
    order.estimatedDuration = -10;
    order.priority = Priority::Unknown;
    QCOMPARE(OrderValidation::check(order).size(), 2);
    order.estimatedDuration = 0;
    order.priority = Priority::Low;
    QVERIFY(OrderValidation::check(order).isEmpty());

    WorkOrderPatch patch;
    QVERIFY(OrderValidation::check(patch).isEmpty());
    patch.setEstimatedDuration(std::nullopt); // clearing is fine
    QVERIFY(OrderValidation::check(patch).isEmpty());
    patch.setEstimatedDuration(-1);
    QCOMPARE(OrderValidation::check(patch),
             (QList<FieldProblem>{{u"estimated_duration"_s, OrderValidation::durationMessage()}}));
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "tst_clicommandline.moc"
