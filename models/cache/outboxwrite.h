#pragma once

#include "cache/outboxentry.h"
#include "domain/workorder.h"

#include <optional>

namespace fentu {

/// What a write to the outbox did, as one transaction left it: the entry as stored, and the
/// row the user now sees for its order (the server's copy with every pending change laid
/// over it; nullopt when the order is hidden, e.g. deleted but not yet sent).
struct OutboxWrite
{
    OutboxEntry entry;
    QString orderId;         // the order the row belongs to now (a create's server id once sent)
    QString previousOrderId; // the id the row had before (a create's local id); else orderId
    std::optional<WorkOrder> shown;
};

} // namespace fentu
