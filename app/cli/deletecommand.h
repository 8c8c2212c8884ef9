#pragma once

#include "writecommand.h"

namespace fentu::cli {

struct DeleteArguments
{
    QString id;
    bool offline = false;
};

/// `fentu-cli delete ID`: through OrderWriter, as in Fentu Desk: DELETE (to the trash) and the
/// cached row removed; or, when the server cannot be reached, with --offline, or behind older
/// queued edits of the same order, committed to the outbox. An order created offline and never
/// sent is simply dropped with its queued edits.
class DeleteCommand : public WriteCommand
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"delete"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Moves a work order to the trash.");

    Invocation parse(const QStringList &arguments) override;
    const DeleteArguments &arguments() const { return m_arguments; }

private:
    bool writesOffline() const override { return m_arguments.offline; }
    bool answersWithOrder() const override { return false; }
    QString *orderId() override { return &m_arguments.id; }
    void write() override;
    void printSent(const WriteResult &result) override;

    DeleteArguments m_arguments;
};

} // namespace fentu::cli
