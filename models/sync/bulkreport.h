#pragma once

#include "sync/conflict.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fentu {

/// One order a bulk action could not change, and the server's (or the cache's) reason.
struct BulkFailure
{
    QString orderId;
    QString label; // "WO-2024-001 (Acme Corp)", as the user knows the order
    QString message;
    /// Set when the order changed on the server meanwhile: the user decides in a ConflictDialog.
    std::optional<Conflict> conflict;
};

/// What a bulk action did: which orders were saved (sent or queued), which failed and why,
/// and how many were never tried because the user cancelled.
struct BulkReport
{
    QStringList sent;   // ids the server accepted
    QStringList queued; // ids saved in the outbox, to be sent when the server is back
    QList<BulkFailure> failed;
    int skipped = 0; // not tried: cancelled before their turn
    bool cancelled = false;

    int saved() const { return int(sent.size() + queued.size()); }
    /// The conflicts among the failures, in order.
    QList<Conflict> conflicts() const
    {
        QList<Conflict> found;
        for (const BulkFailure &failure : failed) {
            if (failure.conflict)
                found.append(*failure.conflict);
        }
        return found;
    }
};

} // namespace fentu
