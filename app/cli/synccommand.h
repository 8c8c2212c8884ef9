#pragma once

#include "command.h"
#include "formatters/syncsummary.h"

#include <QElapsedTimer>
#include <QLocale>

namespace fentu {
class SyncEngine;
struct OutboxEntry;
struct ReplayReport;
struct SyncResult;
} // namespace fentu

namespace fentu::cli {

/// `fentu-cli sync`: first sends the outbox (edits saved offline, by fentu-cli or Fentu Desk)
/// through OutboxReplayer and says what was sent and what needs attention (conflicts,
/// refusals); then a full sync through SyncEngine, the same as the GUI's, with a progress line
/// on a terminal and a summary at the end. A failed sync keeps the cache as it was; an outbox
/// entry that needs attention makes the exit status non-zero. --lists-only skips the detail
/// phase.
class SyncCommand : public Command
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kName{"sync"};
    static constexpr const char *kSummary =
        QT_TRANSLATE_NOOP("fentu::cli::CommandLine",
                          "Sends the changes saved offline, then copies every work order into "
                          "the offline cache.");

    Invocation parse(const QStringList &arguments) override;
    Needs needs() const override;

private:
    void run(Done done) override;
    void replayed(const ReplayReport &report);
    void reportOlderRefusals();
    void refused(const OutboxEntry &entry);
    void startSync();
    void finished(const SyncResult &result);

    SyncEngine *m_engine = nullptr;
    Done m_done;
    QElapsedTimer m_elapsed;
    QLocale m_locale = SyncSummary::numberLocale();
    bool m_listsOnly = false;
    int m_maxWaitMinutes = 0; // --max-wait, else the window's setting
    int m_attention = 0;  // outbox entries the user must look at
    QList<qint64> m_told; // the entries already reported this run
};

} // namespace fentu::cli
