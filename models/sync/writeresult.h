#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"
#include "domain/workorder.h"
#include "sync/conflict.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fentu {

/// The outcome of one edit through OrderWriter: sent to the server, queued in the outbox
/// (saved on this computer, to be sent later), stopped by a conflict, refused by the server,
/// or not saved at all.
struct WriteResult
{
    Q_DECLARE_TR_FUNCTIONS(fentu::WriteResult)
public:
    enum class Outcome
    {
        Sent,     // the server accepted it; `order` is its answer
        Queued,   // committed to the outbox; `order` is the local row with the edit applied
        Conflict, // the server changed the order since the edit started; see `conflict`
        Refused,  // the server said no (422, 403, 404...); see `apiError`
        Failed,   // not saved anywhere (the cache could not commit it); see `cacheError`
    };

    Outcome outcome = Outcome::Failed;
    QString orderId; // the server's id, or "local-<uuid>" for a create queued offline
    /// The order as it stands now (nullopt after a delete): the server's answer, or the local
    /// row with the pending change applied.
    std::optional<WorkOrder> order;
    std::optional<fentu::Conflict> conflict;
    ApiError apiError;
    CacheError cacheError;
    qint64 outboxSeq = 0; // the outbox entry, when Queued

    /// Sent or Queued: the edit will not be lost, and the dialog may close.
    bool isSaved() const { return outcome == Outcome::Sent || outcome == Outcome::Queued; }
    /// A sentence for the user; empty for Sent.
    QString message() const;
};

} // namespace fentu
