#pragma once

#include "outputformat.h"

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

using CommandArguments = std::variant<SyncArguments, ListArguments, GetArguments, CreateArguments,
                                      UpdateArguments, DeleteArguments>;

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
