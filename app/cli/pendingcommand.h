#pragma once

#include "command.h"
#include "formatters/outputformat.h"
#include "formatters/pendingreport.h"

#include "sync/replayreport.h"
#include "sync/writeresult.h"

namespace fentu::cli {

struct PendingArguments
{
    /// What to do with the outbox: list it, or settle entry `seq` as the user chose.
    enum class Action
    {
        List,
        KeepMine,   // a conflict: send the change over the server's version
        TakeTheirs, // a conflict: drop the change, keep the server's version
        SendAgain,  // a possibly-sent create or a refused change: send it once more
        Discard,    // any entry not on its way: give it up
    };

    Action action = Action::List;
    qint64 seq = 0;       // the entry to settle, as `pending` lists it
    bool offline = false; // List: no comparison with the server's version
    OutputFormat format = OutputFormat::Text;
};

/// `fentu-cli pending`: lists the outbox (the changes the server does not have yet) with
/// each entry's state and reason, a conflict compared field by field with the server's
/// version; or settles one entry as Fentu Desk's conflict and Needs Attention dialogs do:
/// keep mine, take theirs, send again, discard. Settling goes through OutboxReplayer, so a
/// kept change is checked and sent as every other change is.
class PendingCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"pending"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine",
                          "Lists the changes not yet on the server, with each one's state and "
                          "reason; settles a conflict or a refused change (--keep-mine, "
                          "--take-theirs, --send-again, --discard).");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;
    const PendingArguments &arguments() const { return m_arguments; }

private:
    void run(Done done) override;

    // Listing, one entry after the other (outboxes are short; the server is asked once per
    // conflict).
    void list();
    void describe(qsizetype index);
    void named(qsizetype index, const QString &customerId);
    void compare(qsizetype index);
    void printList();

    // Settling.
    void settle(const OutboxEntry &entry);
    /// Why the chosen action does not apply to `entry`; empty when it does.
    QString inapplicable(const OutboxEntry &entry) const;
    void discard(const OutboxEntry &entry);
    void settled(const OutboxEntry &entry, const WriteResult &result);
    void stillQueued(const OutboxEntry &entry);
    void succeeded(const QString &text, const QJsonObject &json);

    PendingArguments m_arguments;
    Done m_done;
    QList<PendingItem> m_items;
    QString m_serverAway; // why the server could not be reached: no further conflict asks it
    ReplayReport m_lastPass;
};

} // namespace fentu::cli
