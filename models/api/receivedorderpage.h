#pragma once

#include "domain/page.h"
#include "domain/workorder.h"

#include <QByteArray>
#include <QList>

namespace fentu {

/// A page of the work order list plus each order's JSON exactly as it came, so the cache can
/// keep it without re-encoding.
struct ReceivedOrderPage
{
    Page<WorkOrderSummary> page;
    /// One entry per item of `page.items`, in order; empty when the body could not be cut
    /// into items (the cache then encodes each order's `raw` object instead).
    QList<QByteArray> itemJson;
};

} // namespace fentu
