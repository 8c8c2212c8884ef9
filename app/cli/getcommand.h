#pragma once

#include "command.h"
#include "invocation.h"

#include "domain/workorder.h"

namespace fentu::cli {

/// `fentu-cli get ID`: the order from the server, written through to the cache before it is
/// printed, or from the cache with --offline.
class GetCommand : public Command
{
    Q_OBJECT
public:
    GetCommand(const Services &services, GetArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void fromServer();
    void fromCache();
    void print(const WorkOrder &order);

    GetArguments m_arguments;
    Done m_done;
};

} // namespace fentu::cli
