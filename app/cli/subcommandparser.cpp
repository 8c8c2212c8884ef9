#include "subcommandparser.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

const QString kBaseUrl = u"base-url"_s;
const QString kCacheDir = u"cache-dir"_s;
const QString kVerbose = u"verbose"_s;
const QString kHelp = u"help"_s;

} // namespace

SubcommandParser::SubcommandParser(const QString &command, const QString &synopsis,
                                   const QString &description)
    : m_command(command), m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({u"h"_s, kHelp}, tr("Shows this help.")));
    m_parser.addOptions(globalOptions());
}

QList<QCommandLineOption> SubcommandParser::globalOptions()
{
    return {
        QCommandLineOption(kBaseUrl,
                           tr("The API's base URL, path included (e.g. https://api.fentu.io/v1). "
                              "Default: the server set in Fentu Desk."),
                           tr("URL")),
        QCommandLineOption(kCacheDir,
                           tr("The folder of the offline cache files. Default: the one Fentu "
                              "Desk uses."),
                           tr("DIR")),
        QCommandLineOption(kVerbose, tr("Prints diagnostic logs on stderr.")),
    };
}

void SubcommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void SubcommandParser::addArgument(const QString &name, const QString &description)
{
    m_argumentNames.append(name);
    m_parser.addPositionalArgument(name, description);
}

std::optional<Invocation> SubcommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return Invocation::usageError(m_parser.errorText());
    if (m_parser.isSet(kHelp))
        return Invocation::help(helpText());

    m_arguments = m_parser.positionalArguments();
    if (!m_arguments.isEmpty())
        m_arguments.removeFirst(); // the command word
    if (m_arguments.size() < m_argumentNames.size())
        return Invocation::usageError(tr("%1: missing %2 (see fentu-cli %1 --help)")
                                          .arg(m_command, m_argumentNames.at(m_arguments.size())));
    if (m_arguments.size() > m_argumentNames.size())
        return Invocation::usageError(tr("%1: unexpected argument \"%2\"")
                                          .arg(m_command, m_arguments.at(m_argumentNames.size())));
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        if (m_arguments.at(i).trimmed().isEmpty())
            return Invocation::usageError(
                tr("%1: %2 must not be empty").arg(m_command, m_argumentNames.at(i)));
    }
    return std::nullopt;
}

GlobalOptions SubcommandParser::global() const
{
    GlobalOptions options;
    options.baseUrl = m_parser.value(kBaseUrl).trimmed();
    options.cacheDir = m_parser.value(kCacheDir);
    options.verbose = m_parser.isSet(kVerbose);
    return options;
}

QString SubcommandParser::helpText() const
{
    // Qt's own usage line names the executable by its path; fentu-cli names itself.
    QString text = m_parser.helpText();
    const qsizetype endOfUsage = text.indexOf(u'\n');
    text.remove(0, endOfUsage < 0 ? text.size() : endOfUsage);
    QString command = u"fentu-cli "_s + m_command;
    if (!m_synopsis.isEmpty())
        command += u' ' + m_synopsis;
    return tr("Usage: %1").arg(command) + text;
}

} // namespace fentu::cli
