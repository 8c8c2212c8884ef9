#include "pendingcommand.h"

#include "console.h"
#include "formatters/jsonformatter.h"
#include "formatters/writereport.h"
#include "outboxservices.h"
#include "subcommandparser.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/namebookloader.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

QString actionName(PendingArguments::Action action)
{
    switch (action) {
    case PendingArguments::Action::KeepMine:
        return u"keep_mine"_s;
    case PendingArguments::Action::TakeTheirs:
        return u"take_theirs"_s;
    case PendingArguments::Action::SendAgain:
        return u"send_again"_s;
    case PendingArguments::Action::Discard:
        return u"discard"_s;
    case PendingArguments::Action::List:
        break;
    }
    return u"list"_s;
}

QString optionName(PendingArguments::Action action)
{
    return u"--"_s + actionName(action).replace(u'_', u'-');
}

struct SettleOption
{
    PendingArguments::Action action;
    QCommandLineOption option;
};

} // namespace

Invocation PendingCommand::parse(const QStringList &arguments)
{
    SubcommandParser parser(
        kName, tr("[options]"),
        tr("Lists the outbox: the changes saved on this computer (by fentu-cli or Fentu Desk) "
           "that the server does not have yet, each with its number (SEQ), its state and the "
           "reason it waits. For a conflict the server's version is read and compared field by "
           "field (not with --offline). One of --keep-mine, --take-theirs, --send-again or "
           "--discard settles one entry instead."));
    const QString seq = tr("SEQ");
    const std::array<SettleOption, 4> settle = {{
        {PendingArguments::Action::KeepMine,
         QCommandLineOption(u"keep-mine"_s,
                            tr("A conflict: sends your change now, over the server's version."),
                            seq)},
        {PendingArguments::Action::TakeTheirs,
         QCommandLineOption(u"take-theirs"_s,
                            tr("A conflict: drops your change; the server's version stays and "
                               "the offline cache gets it."),
                            seq)},
        {PendingArguments::Action::SendAgain,
         QCommandLineOption(u"send-again"_s,
                            tr("A new work order whose answer was lost and that is not on the "
                               "server, or a change the server refused: sends it once more."),
                            seq)},
        {PendingArguments::Action::Discard,
         QCommandLineOption(u"discard"_s,
                            tr("Gives the change up: it leaves the outbox and is never sent."),
                            seq)},
    }};
    for (const SettleOption &entry : settle)
        parser.addOption(entry.option);
    const QCommandLineOption format = outputFormatOption({OutputFormat::Text, OutputFormat::Json});
    parser.addOption(format);
    const QCommandLineOption offline(
        u"offline"_s, tr("Lists the outbox without reading the server's version of conflicts."));
    parser.addOption(offline);
    if (auto stop = parser.parse(arguments))
        return std::move(*stop);

    PendingArguments pending;
    const auto chosen =
        parseOutputFormat(parser.value(format), {OutputFormat::Text, OutputFormat::Json});
    if (!chosen)
        return Invocation::usageError(tr("--format must be text or json"));
    pending.format = *chosen;
    pending.offline = parser.isSet(offline);

    QStringList given;
    for (const SettleOption &entry : settle) {
        const QString name = u"--"_s + entry.option.names().constFirst();
        if (!parser.isSet(entry.option))
            continue;
        given.append(name);
        // A repeated option is a script's mistake as much as two different ones.
        const QStringList values = parser.parser().values(entry.option);
        if (values.size() > 1)
            given.append(name);
        bool ok = false;
        const qint64 value = values.constLast().trimmed().toLongLong(&ok);
        if (!ok || value <= 0)
            return Invocation::usageError(
                tr("%1: \"%2\" is not an outbox entry's number (SEQ, as fentu-cli pending lists "
                   "it)")
                    .arg(name, values.constLast()));
        pending.action = entry.action;
        pending.seq = value;
    }
    if (given.size() > 1)
        return Invocation::usageError(
            tr("pending: give one of --keep-mine, --take-theirs, --send-again and --discard, "
               "not several (%1)")
                .arg(given.join(u", "_s)));
    // Deciding for a conflict or sending again needs the server's version; discarding does not.
    if (pending.offline && pending.action != PendingArguments::Action::List &&
        pending.action != PendingArguments::Action::Discard)
        return Invocation::usageError(
            tr("pending: %1 needs the server; leave out --offline").arg(given.constFirst()));
    m_arguments = std::move(pending);
    return Invocation::run(parser.global());
}

Needs PendingCommand::needs() const
{
    // Discarding never asks the server; the others read its version (listing: not with
    // --offline). Settling goes through the write path, offline when discarding.
    const bool list = m_arguments.action == PendingArguments::Action::List;
    const bool server =
        list ? !m_arguments.offline : m_arguments.action != PendingArguments::Action::Discard;
    return {.server = server, .client = true, .cache = true, .outbox = !list};
}

void PendingCommand::run(Done done)
{
    m_done = std::move(done);
    if (m_arguments.action == PendingArguments::Action::List) {
        list();
        return;
    }
    m_services.cache->outboxEntry(
        m_arguments.seq, this, [this](CacheResult<std::optional<OutboxEntry>> read) {
            if (!read.isOk()) {
                m_done(Failure::fromCache(read.error()));
                return;
            }
            if (!read.value()) {
                m_done(Failure::usage(tr("there is no outbox entry %1 (fentu-cli pending lists "
                                         "them)")
                                          .arg(m_arguments.seq)));
                return;
            }
            if (const QString why = inapplicable(*read.value()); !why.isEmpty()) {
                m_done(Failure::usage(why));
                return;
            }
            settle(*read.value());
        });
}

// --- listing ----------------------------------------------------------------------------

void PendingCommand::list()
{
    m_services.cache->listOutbox(std::nullopt, this, [this](CacheResult<QList<OutboxEntry>> r) {
        if (!r.isOk()) {
            m_done(Failure::fromCache(r.error()));
            return;
        }
        for (const OutboxEntry &entry : r.value())
            m_items.append(PendingItem{entry, {}, {}, false, std::nullopt, {}});
        describe(0);
    });
}

void PendingCommand::describe(qsizetype index)
{
    if (index >= m_items.size()) {
        printList();
        return;
    }
    const OutboxEntry &entry = m_items.at(index).entry;
    if (entry.kind == OutboxEntry::Kind::Create) {
        m_items[index].number = entry.localNumber;
        named(index, entry.newOrder.customerId);
        return;
    }
    m_services.cache->getWorkOrder(
        entry.orderId, this, [this, index](CacheResult<std::optional<CachedWorkOrder>> cached) {
            const OutboxEntry &changed = m_items.at(index).entry;
            // A change of customer names the new customer's contact.
            QString customerId = changed.patch.toJson().value(u"customer_id"_s).toString();
            if (cached.isOk() && cached.value()) {
                m_items[index].number = cached.value()->order.number;
                if (customerId.isEmpty())
                    customerId = cached.value()->order.customer.id;
            }
            named(index, customerId);
        });
}

void PendingCommand::named(qsizetype index, const QString &customerId)
{
    loadNameBook(m_services.cache, this, customerId, [this, index](const NameBook &names) {
        m_items[index].names = names;
        compare(index);
    });
}

void PendingCommand::compare(qsizetype index)
{
    PendingItem &item = m_items[index];
    const bool wanted = item.entry.state == OutboxEntry::State::Conflict &&
                        item.entry.kind == OutboxEntry::Kind::Update && !m_arguments.offline &&
                        m_services.client && !OutboxEntry::isLocalId(item.entry.orderId);
    if (!wanted) {
        describe(index + 1);
        return;
    }
    if (!m_serverAway.isEmpty()) {
        item.comparisonError = m_serverAway;
        describe(index + 1);
        return;
    }
    m_services.client->getWorkOrder(
        item.entry.orderId, this, [this, index](ApiResult<WorkOrder> server) {
            PendingItem &compared = m_items[index];
            if (!server.isOk()) {
                const Failure failure = Failure::fromApi(server.error(), m_services.apiKey);
                compared.comparisonError = failure.message;
                // One time-out is enough to wait for: the other conflicts say the same.
                if (failure.code == ExitCode::Unreachable)
                    m_serverAway = failure.message;
                describe(index + 1);
                return;
            }
            // The same check the replayer makes before it sends: base, mine, theirs.
            compared.compared = true;
            compared.conflict =
                Conflict::detect(compared.entry.orderId, compared.entry.patch.toJson(),
                                 compared.entry.baseValues, server.value());
            if (compared.conflict) {
                compared.conflict->seq = compared.entry.seq;
                compared.conflict->nameIds(compared.names);
            }
            describe(index + 1);
        });
}

void PendingCommand::printList()
{
    if (m_arguments.format == OutputFormat::Json)
        m_services.console->print(PendingReport::json(m_items));
    else
        m_services.console->print(PendingReport::text(m_items, m_arguments.offline));
    if (!m_serverAway.isEmpty())
        m_services.console->warning(
            tr("conflicts were not compared with the server: %1").arg(m_serverAway));
    m_done(std::nullopt);
}

// --- settling ---------------------------------------------------------------------------

QString PendingCommand::inapplicable(const OutboxEntry &entry) const
{
    const QString option = optionName(m_arguments.action);
    const qint64 seq = entry.seq;
    const QString state = PendingReport::stateText(entry.state);
    if (entry.state == OutboxEntry::State::Sending)
        return tr("outbox entry %1 is being sent right now; try again when it is done").arg(seq);
    switch (m_arguments.action) {
    case PendingArguments::Action::KeepMine:
    case PendingArguments::Action::TakeTheirs:
        if (entry.kind == OutboxEntry::Kind::Update && entry.state == OutboxEntry::State::Conflict)
            return {};
        return tr("%1: outbox entry %2 is no conflict (it is %3); --keep-mine and --take-theirs "
                  "settle conflicts, --discard gives any change up")
            .arg(option)
            .arg(seq)
            .arg(state);
    case PendingArguments::Action::SendAgain:
        if (entry.state == OutboxEntry::State::NeedsAttention ||
            (entry.state == OutboxEntry::State::PossiblySent && entry.isWaitingForUser()))
            return {};
        if (entry.state == OutboxEntry::State::PossiblySent)
            // Not looked for on the server yet: sending it now could make it twice.
            return tr("%1: outbox entry %2 has not been looked for on the server yet; run "
                      "fentu-cli sync first")
                .arg(option)
                .arg(seq);
        if (entry.state == OutboxEntry::State::Conflict)
            return tr("%1: outbox entry %2 is a conflict; settle it with --keep-mine or "
                      "--take-theirs")
                .arg(option)
                .arg(seq);
        return tr("%1: outbox entry %2 is %3: fentu-cli sync sends it")
            .arg(option)
            .arg(seq)
            .arg(state);
    case PendingArguments::Action::Discard:
    case PendingArguments::Action::List:
        return {};
    }
    return {};
}

void PendingCommand::settle(const OutboxEntry &entry)
{
    OutboxReplayer &replayer = m_services.outbox->replayer();
    connect(&replayer, &OutboxReplayer::replayFinished, this,
            [this](const ReplayReport &report) { m_lastPass = report; });
    // A kept change goes out with every other waiting change, as in any pass: say what stops.
    connect(&replayer, &OutboxReplayer::conflictDetected, this, [this](const Conflict &c) {
        m_services.console->warning(
            tr("%1 changed on the server since its offline edit (outbox entry %2): see "
               "fentu-cli pending")
                .arg(PendingReport::orderName(c.theirs.number, c.orderId), QString::number(c.seq)));
    });
    connect(&replayer, &OutboxReplayer::needsAttention, this, [this](const OutboxEntry &e) {
        m_services.console->warning(tr("outbox entry %1 (%2) needs attention: %3")
                                        .arg(e.seq)
                                        .arg(e.orderId, Failure::oneLine(e.errorMessage)));
    });
    const auto done = [this, entry](const WriteResult &result) { settled(entry, result); };
    switch (m_arguments.action) {
    case PendingArguments::Action::KeepMine:
        replayer.settleConflict(entry.seq, Conflict::Choice::KeepMine, {}, this, done);
        return;
    case PendingArguments::Action::TakeTheirs:
        replayer.settleConflict(entry.seq, Conflict::Choice::TakeTheirs, {}, this, done);
        return;
    case PendingArguments::Action::SendAgain:
        replayer.retry(entry.seq, this, done);
        return;
    case PendingArguments::Action::Discard:
        discard(entry);
        return;
    case PendingArguments::Action::List:
        return;
    }
}

void PendingCommand::discard(const OutboxEntry &entry)
{
    m_services.outbox->replayer().discard(entry.seq);
    // The cache runs its work in the order asked: this read sees the removal done.
    m_services.cache->outboxEntry(
        entry.seq, this, [this, entry](CacheResult<std::optional<OutboxEntry>> read) {
            if (!read.isOk()) {
                m_done(Failure::fromCache(read.error()));
                return;
            }
            if (read.value()) {
                m_done(Failure::local(
                    tr("outbox entry %1 could not be discarded; it stays in the outbox")
                        .arg(entry.seq)));
                return;
            }
            const QString order = PendingReport::orderName(
                entry.kind == OutboxEntry::Kind::Create ? entry.localNumber : QString(),
                entry.orderId);
            succeeded(tr("Discarded outbox entry %1 (%2 of %3); it will not be sent.")
                          .arg(entry.seq)
                          .arg(PendingReport::kindText(entry.kind), order),
                      {{u"outcome"_s, u"discarded"_s}, {u"id"_s, entry.orderId}});
        });
}

void PendingCommand::settled(const OutboxEntry &entry, const WriteResult &result)
{
    const QString id = result.orderId.isEmpty() ? entry.orderId : result.orderId;
    const QString number = result.order ? result.order->number : QString();
    const QString order = PendingReport::orderName(number, id);
    switch (result.outcome) {
    case WriteResult::Outcome::Sent: {
        QJsonObject json{{u"outcome"_s, u"sent"_s}, {u"id"_s, id}};
        if (!number.isEmpty())
            json.insert(u"number"_s, number);
        switch (m_arguments.action) {
        case PendingArguments::Action::TakeTheirs:
            json.insert(u"outcome"_s, u"dropped"_s);
            succeeded(tr("Kept the server's version of %1; your change (outbox entry %2) was "
                         "dropped.")
                          .arg(order, QString::number(entry.seq)),
                      json);
            return;
        case PendingArguments::Action::KeepMine:
            succeeded(tr("Sent your change to %1 (outbox entry %2) over the server's version.")
                          .arg(order, QString::number(entry.seq)),
                      json);
            return;
        default:
            succeeded(tr("Sent outbox entry %1 (%2 of %3) again; the server has it now.")
                          .arg(entry.seq)
                          .arg(PendingReport::kindText(entry.kind), order),
                      json);
            return;
        }
    }
    case WriteResult::Outcome::Queued:
        stillQueued(entry);
        return;
    case WriteResult::Outcome::Conflict:
        m_done(Failure{ExitCode::Refused,
                       tr("%1 changed on the server again meanwhile; nothing was sent (outbox "
                          "entry %2 waits: see fentu-cli pending)")
                           .arg(order, QString::number(entry.seq))});
        return;
    case WriteResult::Outcome::Refused:
    case WriteResult::Outcome::Failed: {
        Failure failure = WriteReport::failure(result, m_services.apiKey);
        failure.message =
            tr("outbox entry %1: %2").arg(QString::number(entry.seq), failure.message);
        m_done(failure);
        return;
    }
    }
}

void PendingCommand::stillQueued(const OutboxEntry &entry)
{
    if (m_lastPass.stoppedEarly()) {
        Failure failure = m_lastPass.cacheError.isError()
                              ? Failure::fromCache(m_lastPass.cacheError)
                              : Failure::fromApi(m_lastPass.stoppedBy, m_services.apiKey);
        failure.message = tr("outbox entry %1 was not sent: %2; it stays in the outbox")
                              .arg(QString::number(entry.seq), failure.message);
        m_done(failure);
        return;
    }
    // Held back, e.g. behind an earlier change of the same order that waits for the user.
    m_services.cache->outboxEntry(
        entry.seq, this, [this, entry](CacheResult<std::optional<OutboxEntry>> read) {
            const std::optional<OutboxEntry> now =
                read.isOk() ? read.value() : std::optional<OutboxEntry>();
            const OutboxEntry shown = now.value_or(entry);
            QJsonObject json{{u"outcome"_s, u"queued"_s},
                             {u"id"_s, shown.orderId},
                             {u"state"_s, OutboxEntry::stateToText(shown.state)}};
            const QString seq = QString::number(entry.seq);
            const QString state = PendingReport::stateText(shown.state);
            if (shown.isWaitingForUser()) {
                m_done(Failure{ExitCode::Refused,
                               tr("outbox entry %1 was not sent and waits again (%2): %3")
                                   .arg(seq, state, Failure::oneLine(shown.errorMessage))});
                return;
            }
            succeeded(tr("Outbox entry %1 stays in the outbox (%2); fentu-cli sync sends it.")
                          .arg(seq, state),
                      json);
        });
}

void PendingCommand::succeeded(const QString &text, const QJsonObject &json)
{
    if (m_arguments.format == OutputFormat::Json) {
        QJsonObject object = json;
        object.insert(u"seq"_s, m_arguments.seq);
        object.insert(u"action"_s, actionName(m_arguments.action));
        m_services.console->print(JsonFormatter::object(object));
    } else {
        m_services.console->print(text + u'\n');
    }
    m_done(std::nullopt);
}

} // namespace fentu::cli
