#pragma once

#include "sandboxserver.h"

#include <QStringList>

#include <optional>

namespace fentu::sandbox {

/// fentu-sandbox's command line: the options, --help, and their conversion to Options.
class CommandLine
{
public:
    /// Options from the arguments, or nothing with `error` set (--help and --version exit
    /// from inside, as QCommandLineParser does).
    static std::optional<Options> parse(const QStringList &arguments, QString *error);
};

} // namespace fentu::sandbox
