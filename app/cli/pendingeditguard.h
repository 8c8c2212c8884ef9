#pragma once

#include "failure.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace fentu {
class CacheStore;
}

namespace fentu::cli {

/// Stops fentu-cli from changing an order that has edits made offline in Fentu Desk still
/// waiting in the outbox: sent now, this change would overtake them, and their replay would
/// then silently undo it.
class PendingEditGuard
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::PendingEditGuard)
public:
    /// `done` gets nullopt when `id` may be changed (or there is no cache to ask).
    static void check(CacheStore *cache, const QString &id, QObject *context,
                      std::function<void(std::optional<Failure>)> done);
};

} // namespace fentu::cli
