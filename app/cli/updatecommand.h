#pragma once

#include "command.h"
#include "formatters/outputformat.h"

#include "domain/workorderpatch.h"
#include "sync/writeresult.h"

#include <QDateTime>

namespace fentu::cli {

class OutboxServices;

struct UpdateArguments
{
    QString id;
    WorkOrderPatch patch;
    bool offline = false;
    OutputFormat format = OutputFormat::Text;
};

/// `fentu-cli update ID`: through OrderWriter, as in Fentu Desk: PUT (after the updated_at
/// conflict check when the cache knows the order) and the server's answer printed; or, when
/// the server cannot be reached, with --offline, or behind older queued edits of the same
/// order, committed to the outbox.
class UpdateCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"update"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Changes fields of a work order.");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const UpdateArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;
    void send(const QJsonObject &baseValues);
    void written(const WriteResult &result);

    UpdateArguments m_arguments;
    OutboxServices *m_outbox = nullptr;
    Done m_done;
};

} // namespace fentu::cli
