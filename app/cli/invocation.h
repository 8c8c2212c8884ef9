#pragma once

#include "formatters/outputformat.h"

#include "api/workorderquery.h"
#include "domain/newworkorder.h"
#include "domain/workorderpatch.h"

#include <QString>

#include <variant>

namespace fentu::cli {

/// Options every command takes.
struct GlobalOptions
{
    QString baseUrl;  // --base-url; empty: the one Fentu Desk's settings hold
    QString cacheDir; // --cache-dir; empty: the cache directory Fentu Desk uses
    bool verbose = false;
};

struct SyncArguments
{};

struct ListArguments
{
    WorkOrderQuery query; // the filters; page and per_page are the pager's
    bool offline = false;
    OutputFormat format = OutputFormat::Table;
};

struct GetArguments
{
    QString id;
    bool offline = false;
    OutputFormat format = OutputFormat::Text;
};

struct CreateArguments
{
    NewWorkOrder order;
    bool offline = false; // --offline: straight into the outbox, the server is not contacted
    OutputFormat format = OutputFormat::Text;
};

struct UpdateArguments
{
    QString id;
    WorkOrderPatch patch;
    bool offline = false;
    OutputFormat format = OutputFormat::Text;
};

struct DeleteArguments
{
    QString id;
    bool offline = false;
};

struct PendingArguments
{
    /// What to do with the outbox: list it, or settle entry `seq` as the user chose.
    enum class Action
    {
        List,
        KeepMine,   // a conflict: send the change over the server's version
        TakeTheirs, // a conflict: drop the change, keep the server's version
        SendAgain,  // a possibly-sent create or a refused change: send it once more
        Discard,    // any entry not on its way: give it up
    };

    Action action = Action::List;
    qint64 seq = 0;       // the entry to settle, as `pending` lists it
    bool offline = false; // List: no comparison with the server's version
    OutputFormat format = OutputFormat::Text;
};

using CommandArguments = std::variant<SyncArguments, ListArguments, GetArguments, CreateArguments,
                                      UpdateArguments, DeleteArguments, PendingArguments>;

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
    CommandArguments command;

    static Invocation run(GlobalOptions global, CommandArguments command)
    {
        return {Action::Run, {}, std::move(global), std::move(command)};
    }
    static Invocation help(QString text) { return {Action::Help, std::move(text), {}, {}}; }
    static Invocation usageError(QString text)
    {
        return {Action::UsageError, std::move(text), {}, {}};
    }
};

} // namespace fentu::cli
