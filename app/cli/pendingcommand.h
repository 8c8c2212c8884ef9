#pragma once

#include "command.h"
#include "formatters/pendingreport.h"
#include "invocation.h"

#include "sync/replayreport.h"
#include "sync/writeresult.h"

namespace fentu::cli {

class OutboxServices;

/// `fentu-cli pending`: lists the outbox (the changes the server does not have yet) with
/// each entry's state and reason, a conflict compared field by field with the server's
/// version; or settles one entry as Fentu Desk's conflict and Needs Attention dialogs do:
/// keep mine, take theirs, send again, discard. Settling goes through OutboxReplayer, so a
/// kept change is checked and sent as every other change is.
class PendingCommand : public Command
{
    Q_OBJECT
public:
    PendingCommand(const Services &services, PendingArguments arguments, QObject *parent = nullptr);

    void run(Done done) override;

private:
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
    OutboxServices *m_outbox = nullptr;
    Done m_done;
    QList<PendingItem> m_items;
    QString m_serverAway; // why the server could not be reached: no further conflict asks it
    ReplayReport m_lastPass;
};

} // namespace fentu::cli
