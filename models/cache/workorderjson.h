#pragma once

#include "domain/workorder.h"

#include <QJsonObject>

/// The JSON the cache stores for an order: the object as the server sent it (`raw`), or, for
/// orders made on this machine (raw empty, e.g. created offline), the same shape built from
/// the fields, so that codec::decodeWorkOrderSummary/decodeWorkOrder read it back.
namespace fentu::workorderjson {

QJsonObject forSummary(const WorkOrderSummary &order);
QJsonObject forDetail(const WorkOrder &order);

} // namespace fentu::workorderjson
