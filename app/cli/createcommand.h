#pragma once

#include "command.h"
#include "invocation.h"

#include "domain/workorder.h"

namespace fentu::cli {

/// `fentu-cli create`: POSTs the order, then fetches it whole for the offline cache (the POST's
/// answer is partial) and prints the server's answer.
class CreateCommand : public Command
{
    Q_OBJECT
public:
    CreateCommand(const Services &services, CreateArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void cacheCreated(const WorkOrder &answer);
    void writeToCache(const WorkOrder &full, const WorkOrder &answer);
    void report(const WorkOrder &answer);

    CreateArguments m_arguments;
    Done m_done;
};

} // namespace fentu::cli
