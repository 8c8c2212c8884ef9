#pragma once

#include "command.h"

#include <QElapsedTimer>
#include <QLocale>

namespace fentu {
class SyncEngine;
struct SyncResult;
} // namespace fentu

namespace fentu::cli {

/// `fentu-cli sync`: a full sync through SyncEngine, the same as the GUI's, with a progress
/// line on a terminal and a summary at the end. A failed sync keeps the cache as it was.
class SyncCommand : public Command
{
    Q_OBJECT
public:
    explicit SyncCommand(const Services &services, QObject *parent = nullptr);

    void run(Done done) override;

private:
    void finished(const SyncResult &result);

    SyncEngine *m_engine = nullptr;
    Done m_done;
    QElapsedTimer m_elapsed;
    QLocale m_locale;
};

} // namespace fentu::cli
