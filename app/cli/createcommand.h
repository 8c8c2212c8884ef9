#pragma once

#include "command.h"
#include "formatters/outputformat.h"

#include "domain/newworkorder.h"
#include "sync/writeresult.h"

namespace fentu::cli {

class OutboxServices;

struct CreateArguments
{
    NewWorkOrder order;
    bool offline = false; // --offline: straight into the outbox, the server is not contacted
    OutputFormat format = OutputFormat::Text;
};

/// `fentu-cli create`: through OrderWriter, as in Fentu Desk: POSTed (and the whole order
/// written to the offline cache) and the server's answer printed; or, when the server cannot
/// be reached or with --offline, committed to the outbox as a local "NEW-<n>" order.
class CreateCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"create"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Creates a work order.");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const CreateArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;
    void written(const WriteResult &result);

    CreateArguments m_arguments;
    OutboxServices *m_outbox = nullptr;
    Done m_done;
};

} // namespace fentu::cli
