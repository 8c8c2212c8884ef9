#include "invocation.h"

#include "command.h"

namespace fentu::cli {

Invocation::Invocation() = default;

Invocation::Invocation(Action what, QString message, GlobalOptions options)
    : action(what), text(std::move(message)), global(std::move(options))
{}

Invocation::Invocation(Invocation &&) noexcept = default;
Invocation &Invocation::operator=(Invocation &&) noexcept = default;
Invocation::~Invocation() = default;

} // namespace fentu::cli
