#pragma once

#include "command.h"
#include "invocation.h"

#include "sync/writeresult.h"

namespace fentu::cli {

class OutboxServices;

/// `fentu-cli create`: through OrderWriter, as in Fentu Desk: POSTed (and the whole order
/// written to the offline cache) and the server's answer printed; or, when the server cannot
/// be reached or with --offline, committed to the outbox as a local "NEW-<n>" order.
class CreateCommand : public Command
{
    Q_OBJECT
public:
    CreateCommand(const Services &services, CreateArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void written(const WriteResult &result);

    CreateArguments m_arguments;
    OutboxServices *m_outbox = nullptr;
    Done m_done;
};

} // namespace fentu::cli
