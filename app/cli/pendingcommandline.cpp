#include "pendingcommandline.h"

#include "subcommandparser.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

struct SettleOption
{
    PendingArguments::Action action;
    QCommandLineOption option;
};

} // namespace

Invocation PendingCommandLine::parse(const QStringList &arguments)
{
    SubcommandParser parser(
        u"pending"_s, u"[options]"_s,
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
        return *stop;

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
    return Invocation::run(parser.global(), pending);
}

} // namespace fentu::cli
