#pragma once

#include "domain/customer.h"
#include "domain/decoded.h"
#include "domain/newworkorder.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>

/// The tolerant JSON codec between the wire and the domain types.
/// Unknown fields are ignored (and kept in WorkOrderSummary::raw); optional fields may be
/// missing or null; a wrong type or a missing required field is a Decoded error naming the
/// field. Nothing here throws or crashes on hostile input.
namespace fentu::codec {

/// Ten years: a longer estimate is a corrupt value, not a plan, and must not reach the UI's
/// arithmetic.
inline constexpr qint64 kMaxEstimatedMinutes = 10LL * 366 * 24 * 60;
/// The most a page's meta may count (pages, orders).
inline constexpr qint64 kMaxCount = std::numeric_limits<int>::max();

/// Parses a response body into its top-level object; fails on invalid JSON, non-objects,
/// or bodies over `maxBytes`.
Decoded<QJsonObject> parseObject(const QByteArray &body, qsizetype maxBytes = 64 * 1024 * 1024);

Decoded<WorkOrderSummary> decodeWorkOrderSummary(const QJsonValue &value);
Decoded<WorkOrder> decodeWorkOrder(const QJsonValue &value);
Decoded<Customer> decodeCustomer(const QJsonValue &value);
Decoded<Contact> decodeContact(const QJsonValue &value);
Decoded<Technician> decodeTechnician(const QJsonValue &value);
Decoded<PageMeta> decodeMeta(const QJsonValue &value);

/// `{data:[...], meta:{...}}` list envelopes.
Decoded<Page<WorkOrderSummary>> decodeWorkOrderPage(const QJsonObject &envelope);
Decoded<Page<Customer>> decodeCustomerPage(const QJsonObject &envelope);
Decoded<Page<Technician>> decodeTechnicianPage(const QJsonObject &envelope);
/// `{data:{...}}` single-object envelopes.
Decoded<WorkOrder> decodeWorkOrderEnvelope(const QJsonObject &envelope);
Decoded<Customer> decodeCustomerEnvelope(const QJsonObject &envelope);

/// ISO 8601 in UTC with Z; "2024-01-27T09:00:00Z". Invalid in, null JSON out.
QJsonValue encodeDateTime(const QDateTime &utc);
/// Accepts ISO 8601 with Z or an offset, fractional seconds allowed; returns UTC or invalid.
QDateTime parseDateTime(QStringView text);

QJsonObject encode(const NewWorkOrder &order);
/// A POST body read back (the outbox keeps creates as their bodies). The customer may be
/// empty: the caller decides what a create without one means.
NewWorkOrder decodeNewWorkOrder(const QJsonObject &body);

} // namespace fentu::codec
