#pragma once

#include "command.h"
#include "invocation.h"

#include "sync/writeresult.h"

#include <QDateTime>

namespace fentu::cli {

class OutboxServices;

/// `fentu-cli update ID`: through OrderWriter, as in Fentu Desk: PUT (after the updated_at
/// conflict check when the cache knows the order) and the server's answer printed; or, when
/// the server cannot be reached, with --offline, or behind older queued edits of the same
/// order, committed to the outbox.
class UpdateCommand : public Command
{
    Q_OBJECT
public:
    UpdateCommand(const Services &services, UpdateArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void send(const QJsonObject &baseValues);
    void written(const WriteResult &result);

    UpdateArguments m_arguments;
    OutboxServices *m_outbox = nullptr;
    Done m_done;
};

} // namespace fentu::cli
