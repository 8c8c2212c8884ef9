#pragma once

#include "domain/decoded.h"
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

/// A list page's body decoded for the sync. A pure function of the bytes, so it may run on
/// any thread. The ordinary page takes simdjson's fast path (fastorderpage.h); any other body
/// the codec's, which words what is wrong with it, with each order's bytes cut out by
/// jsonslices.
Decoded<ReceivedOrderPage> decodeReceivedOrderPage(const QByteArray &body);

} // namespace fentu
