#pragma once

#include <QLatin1StringView>
#include <QString>

#include <memory>
#include <span>

namespace fentu::cli {

class Command;

/// A command fentu-cli knows: its word, its line in the overview help, and how to make one.
struct CommandEntry
{
    QLatin1StringView name;
    const char *summary; // untranslated, in the context "fentu::cli::CommandLine"
    std::unique_ptr<Command> (*make)();
};

/// Every command, in the order the overview help lists them.
std::span<const CommandEntry> commandEntries();
/// The command called `name`; null when there is none.
const CommandEntry *findCommand(const QString &name);

} // namespace fentu::cli
