#pragma once

#include "domain/workorder.h"

#include <QDateTime>

namespace fentu {

/// One order as the cache holds it: the full detail when it was ever fetched, otherwise the
/// list row's fields (description, contact and tasks then empty).
struct CachedWorkOrder
{
    WorkOrder order;
    bool hasDetail = false;
    QDateTime fetchedAt; // UTC, when this order was last written from the server
};

} // namespace fentu
