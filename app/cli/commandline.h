#pragma once

#include "invocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace fentu::cli {

/// fentu-cli's command line: finds the command and hands the rest to its parser; owns the
/// overview help (commands, environment, exit statuses) and the version line.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::CommandLine)
public:
    /// `arguments` as QCoreApplication::arguments() gives them, program name first.
    static Invocation parse(const QStringList &arguments);
    static QString overviewHelp();
    static QString versionText();
};

} // namespace fentu::cli
