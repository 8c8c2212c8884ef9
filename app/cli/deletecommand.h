#pragma once

#include "command.h"
#include "invocation.h"

namespace fentu::cli {

/// `fentu-cli delete ID`: moves the order to the server's trash and drops it from the cache.
class DeleteCommand : public Command
{
    Q_OBJECT
public:
    DeleteCommand(const Services &services, DeleteArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void send();
    /// Drops the cached row, then ends with `outcome` (nullopt: deleted).
    void forget(std::optional<Failure> outcome);

    DeleteArguments m_arguments;
    Done m_done;
};

} // namespace fentu::cli
