#pragma once

#include "command.h"
#include "invocation.h"

#include "domain/workorder.h"

namespace fentu::cli {

/// `fentu-cli update ID`: PUTs the changed fields and writes the server's answer (the whole
/// updated order) through to the cache.
class UpdateCommand : public Command
{
    Q_OBJECT
public:
    UpdateCommand(const Services &services, UpdateArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void send();
    void report(const WorkOrder &order);

    UpdateArguments m_arguments;
    Done m_done;
};

} // namespace fentu::cli
