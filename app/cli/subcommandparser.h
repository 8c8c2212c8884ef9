#pragma once

#include "invocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fentu::cli {

/// The command-line parser each command starts from: the global options, --help, the
/// command's own options and its positional arguments, with the help text fentu-cli prints.
class SubcommandParser
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::SubcommandParser)
public:
    /// `synopsis` follows the command word in the usage line ("ID [options]").
    SubcommandParser(const QString &command, const QString &synopsis, const QString &description);

    void addOption(const QCommandLineOption &option);
    /// A positional argument after the command word, listed in the help.
    void addArgument(const QString &name, const QString &description);

    /// Parses the whole command line (the command word included). Returns the help or a usage
    /// error to stop at, or nullopt when the caller may read the values.
    std::optional<Invocation> parse(const QStringList &arguments);

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    /// The positional arguments after the command word.
    const QStringList &arguments() const { return m_arguments; }
    GlobalOptions global() const;
    QString helpText() const;

    /// The options every command takes, for the overview help too.
    static QList<QCommandLineOption> globalOptions();

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QStringList m_argumentNames;
    QStringList m_arguments;
};

} // namespace fentu::cli
