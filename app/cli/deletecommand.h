#pragma once

#include "command.h"

#include "sync/writeresult.h"

namespace fentu::cli {

class OutboxServices;

struct DeleteArguments
{
    QString id;
    bool offline = false;
};

/// `fentu-cli delete ID`: through OrderWriter, as in Fentu Desk: DELETE (to the trash) and the
/// cached row removed; or, when the server cannot be reached, with --offline, or behind older
/// queued edits of the same order, committed to the outbox. An order created offline and never
/// sent is simply dropped with its queued edits.
class DeleteCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"delete"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine", "Moves a work order to the trash.");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const DeleteArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;
    void written(const WriteResult &result);

    DeleteArguments m_arguments;
    OutboxServices *m_outbox = nullptr;
    Done m_done;
};

} // namespace fentu::cli
