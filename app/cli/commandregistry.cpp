#include "commandregistry.h"

#include "agendacommand.h"
#include "createcommand.h"
#include "deletecommand.h"
#include "getcommand.h"
#include "listcommand.h"
#include "pendingcommand.h"
#include "synccommand.h"
#include "updatecommand.h"

#include <array>

namespace fentu::cli {

namespace {

template <class C> constexpr CommandEntry entry()
{
    return {C::kName, C::kSummary,
            []() -> std::unique_ptr<Command> { return std::make_unique<C>(); }};
}

// A new command is one line here, in the place the overview help should list it.
// clang-format off
constexpr std::array kCommands = {
    entry<SyncCommand>(),
    entry<ListCommand>(),
    entry<GetCommand>(),
    entry<AgendaCommand>(),
    entry<CreateCommand>(),
    entry<UpdateCommand>(),
    entry<DeleteCommand>(),
    entry<PendingCommand>(),
};
// clang-format on

} // namespace

std::span<const CommandEntry> commandEntries()
{
    return kCommands;
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : kCommands) {
        if (name == entry.name)
            return &entry;
    }
    return nullptr;
}

} // namespace fentu::cli
