#pragma once

#include "formatters/outputformat.h"
#include "writecommand.h"

#include "domain/workorderpatch.h"

#include <QDateTime>

namespace fentu::cli {

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
class UpdateCommand : public WriteCommand
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"update"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Changes fields of a work order.");

    Invocation parse(const QStringList &arguments) override;
    const UpdateArguments &arguments() const { return m_arguments; }

private:
    bool writesOffline() const override { return m_arguments.offline; }
    OutputFormat queuedFormat() const override { return m_arguments.format; }
    QString *orderId() override { return &m_arguments.id; }
    void write() override;
    void send(const QJsonObject &baseValues);
    void printSent(const WriteResult &result) override;

    UpdateArguments m_arguments;
};

} // namespace fentu::cli
