#pragma once

#include <QString>

#include <memory>

namespace fentu::cli {

class Command;

/// Options every command takes.
struct GlobalOptions
{
    QString baseUrl;  // --base-url; empty: the one Fentu Desk's settings hold
    QString cacheDir; // --cache-dir; empty: the cache directory Fentu Desk uses
    bool verbose = false;
};

/// What a command line asks for: run a command, print help or the version, or stop at a
/// usage error (exit status 1).
struct Invocation
{
    enum class Action
    {
        Run,
        Help,
        Version,
        UsageError,
    };

    Action action = Action::UsageError;
    QString text; // the help, the version, or the usage error (one line)
    GlobalOptions global;
    std::unique_ptr<Command> command; // Run: the command, its options read

    Invocation();
    Invocation(Action what, QString message, GlobalOptions options = {});
    Invocation(Invocation &&) noexcept;
    Invocation &operator=(Invocation &&) noexcept;
    ~Invocation(); // out of line: here Command is only declared

    /// What a command's parse() returns when it may run; the command line then adds the
    /// command itself.
    static Invocation run(GlobalOptions global) { return {Action::Run, {}, std::move(global)}; }
    static Invocation help(QString text) { return {Action::Help, std::move(text)}; }
    static Invocation version(QString text) { return {Action::Version, std::move(text)}; }
    static Invocation usageError(QString text) { return {Action::UsageError, std::move(text)}; }
};

} // namespace fentu::cli
