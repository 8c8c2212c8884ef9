#pragma once

#include "command.h"
#include "invocation.h"

#include "sync/writeresult.h"

namespace fentu::cli {

class OutboxServices;

/// `fentu-cli delete ID`: through OrderWriter, as in Fentu Desk: DELETE (to the trash) and the
/// cached row removed; or, when the server cannot be reached, with --offline, or behind older
/// queued edits of the same order, committed to the outbox. An order created offline and never
/// sent is simply dropped with its queued edits.
class DeleteCommand : public Command
{
    Q_OBJECT
public:
    DeleteCommand(const Services &services, DeleteArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void written(const WriteResult &result);

    DeleteArguments m_arguments;
    OutboxServices *m_outbox = nullptr;
    Done m_done;
};

} // namespace fentu::cli
