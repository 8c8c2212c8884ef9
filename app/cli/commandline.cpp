#include "commandline.h"

#include "command.h"
#include "commandregistry.h"
#include "subcommandparser.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(name.size() == 1 ? u'-' + name : u"--"_s + name);
    QString syntax = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        syntax += u' ' + option.valueName();
    return syntax;
}

constexpr qsizetype kLineWidth = 79;

/// Greedy word wrap of `text` into lines of at most `width` columns (a longer word stays whole).
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString paragraph(const QString &text)
{
    return wrapped(text, kLineWidth).join(u'\n') + u'\n';
}

QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    const qsizetype indent = 2 + width + 2;
    QString text;
    for (const auto &[left, right] : rows) {
        const QStringList lines = wrapped(right, kLineWidth - indent);
        text += u"  "_s + left.leftJustified(width + 2) +
                lines.join(u'\n' + QString(indent, u' ')) + u'\n';
    }
    return text;
}

} // namespace

Invocation CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser first;
    first.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything after the command word is the command's to parse.
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, {});
    const QCommandLineOption version(u"version"_s, {});
    first.addOption(help);
    first.addOption(version);
    first.addOptions(SubcommandParser::globalOptions());
    if (!first.parse(arguments))
        return Invocation::usageError(first.errorText() + u' ' + tr("(see fentu-cli --help)"));

    const QStringList positional = first.positionalArguments();
    if (positional.isEmpty()) {
        if (first.isSet(version))
            return Invocation::version(versionText());
        if (first.isSet(help))
            return Invocation::help(overviewHelp());
        return Invocation::usageError(tr("no command given (see fentu-cli --help)"));
    }
    const QString &word = positional.constFirst();
    if (word == "help"_L1) {
        const CommandEntry *entry = positional.size() > 1 ? findCommand(positional.at(1)) : nullptr;
        if (!entry)
            return Invocation::help(overviewHelp());
        return entry->make()->parse({arguments.constFirst(), positional.at(1), u"--help"_s});
    }
    const CommandEntry *entry = findCommand(word);
    if (!entry)
        return Invocation::usageError(
            tr("unknown command \"%1\" (see fentu-cli --help)").arg(word));
    std::unique_ptr<Command> command = entry->make();
    Invocation invocation = command->parse(arguments);
    if (invocation.action == Invocation::Action::Run)
        invocation.command = std::move(command);
    return invocation;
}

QString CommandLine::overviewHelp()
{
    QString text = tr("Usage: fentu-cli COMMAND [options]") + u"\n\n"_s;
    text += paragraph(tr("fentu-cli, the scriptable companion of Fentu Desk. It uses the server, "
                         "the API key and the offline cache that Fentu Desk uses.")) +
            u'\n';

    text += tr("Commands:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const CommandEntry &entry : commandEntries())
        rows.append(
            {entry.name, QCoreApplication::translate("fentu::cli::CommandLine", entry.summary)});
    text += twoColumns(rows);
    text += paragraph(tr("Run \"fentu-cli COMMAND --help\" for a command's options.")) + u'\n';

    text += tr("Options of every command:") + u'\n';
    rows.clear();
    for (const QCommandLineOption &option : SubcommandParser::globalOptions())
        rows.append({optionSyntax(option), option.description()});
    rows.append({u"-h, --help"_s, tr("Shows this help, or a command's.")});
    rows.append({u"--version"_s, tr("Shows the version.")});
    text += twoColumns(rows) + u'\n';

    text += tr("Environment:") + u'\n';
    text += twoColumns({{u"FENTU_API_KEY"_s,
                         tr("The API key. Without it, the key Fentu Desk saved in the system "
                            "keychain for the server is used.")}}) +
            u'\n';

    text += tr("Exit status:") + u'\n';
    text += twoColumns({
        {u"0"_s, tr("Success.")},
        {u"1"_s, tr("Usage: an unknown command or option, or an invalid value (checked before "
                    "anything is sent); an unusable base URL.")},
        {u"2"_s, tr("The server refused: API key refused (401), not allowed (403), not found "
                    "(404), invalid values (422, with the field), bad request (400), rate "
                    "limited (429); an edit that conflicts with a newer version on the server; "
                    "sync: changes saved offline that need attention (see fentu-cli "
                    "pending).")},
        {u"3"_s, tr("The server could not be reached: nothing listening, unknown host, time-out, "
                    "connection lost, TLS failure.")},
        {u"4"_s, tr("The server's answer could not be used: malformed or truncated, or a server "
                    "error (5xx). The offline cache is left as it was.")},
        {u"5"_s, tr("A local problem: no server or API key configured, keychain unavailable, the "
                    "offline cache cannot be used, an order that is not cached (--offline).")},
    });
    text +=
        u'\n' +
        paragraph(tr("Every failure prints one line on stderr, starting with \"fentu-cli: \".")) +
        paragraph(tr("create, update and delete go through the same outbox as Fentu Desk: when "
                     "the server cannot be reached, or with --offline, the change is saved on "
                     "this computer (exit status 0) and sent by the next \"fentu-cli sync\" or "
                     "by Fentu Desk."));
    return text;
}

QString CommandLine::versionText()
{
    return u"fentu-cli "_s + QCoreApplication::applicationVersion() + u'\n';
}

} // namespace fentu::cli
