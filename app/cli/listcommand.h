#pragma once

#include "command.h"
#include "invocation.h"

#include "cache/cacheerror.h"
#include "domain/workorder.h"

namespace fentu::cli {

class AllPages;

/// `fentu-cli list`: every matching order from the server, each page written through to the
/// cache, or from the cache alone with --offline; printed once all pages are in.
class ListCommand : public Command
{
    Q_OBJECT
public:
    ListCommand(const Services &services, ListArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void writeThrough(const QList<WorkOrderSummary> &orders);
    void finishWhenWritten();

    ListArguments m_arguments;
    AllPages *m_pages = nullptr;
    Done m_done;
    bool m_listed = false;
    int m_writesPending = 0;
    CacheError m_writeError;
};

} // namespace fentu::cli
