#pragma once

#include "formatters/outputformat.h"
#include "writecommand.h"

#include "domain/newworkorder.h"

namespace fentu::cli {

struct CreateArguments
{
    NewWorkOrder order;
    bool offline = false; // --offline: straight into the outbox, the server is not contacted
    OutputFormat format = OutputFormat::Text;
};

/// `fentu-cli create`: through OrderWriter, as in Fentu Desk: POSTed (and the whole order
/// written to the offline cache) and the server's answer printed; or, when the server cannot
/// be reached or with --offline, committed to the outbox as a local "NEW-<n>" order.
class CreateCommand : public WriteCommand
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"create"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Creates a work order.");

    Invocation parse(const QStringList &arguments) override;
    const CreateArguments &arguments() const { return m_arguments; }

private:
    bool writesOffline() const override { return m_arguments.offline; }
    OutputFormat queuedFormat() const override { return m_arguments.format; }
    void write() override;
    void printSent(const WriteResult &result) override;

    CreateArguments m_arguments;
};

} // namespace fentu::cli
