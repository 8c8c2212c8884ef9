#pragma once

#include "api/apierror.h"
#include "domain/newworkorder.h"
#include "domain/workorderpatch.h"

#include <QJsonObject>

#include <optional>

/// What the sync layer stores in OutboxEntry::payload, and how it turns back into requests.
/// A create's payload is the POST body and an update's the PUT body, as the server would get
/// them, so any reader (the Needs attention list, fentu-cli) sees the fields as sent. An update
/// also keeps, under the reserved key kBaseKey, the values its fields had when the edit started
/// (when known), so a conflict can show "base / mine / theirs"; it is never sent.
namespace fentu::outboxpayload {

inline constexpr QLatin1StringView kBaseKey{"_fentu_base"};
/// Reserved too: the fields the server named when it last refused the entry ({field: message}),
/// so that the edit dialog can show each message under its field later. Never sent.
inline constexpr QLatin1StringView kRefusalKey{"_fentu_refused"};

/// The update payload: `patch` plus the base values of its fields (may be empty).
QJsonObject forUpdate(const QJsonObject &patch, const QJsonObject &baseValues);
/// The body to send: the payload without the reserved key.
QJsonObject body(const QJsonObject &payload);
/// The base values stored with an update; empty when they were not known.
QJsonObject baseValues(const QJsonObject &payload);
/// `payload` with the server's `details` of a refusal kept (replacing older ones).
QJsonObject withRefusal(const QJsonObject &payload, const QList<FieldError> &details);
/// The refusal details kept by withRefusal(), in the server's order.
QList<FieldError> refusal(const QJsonObject &payload);

/// A PUT body read back into a WorkOrderPatch; fields this version cannot send are dropped.
WorkOrderPatch patchFrom(const QJsonObject &body);
/// A POST body read back into a NewWorkOrder; nullopt without a customer_id.
std::optional<NewWorkOrder> newOrderFrom(const QJsonObject &body);

} // namespace fentu::outboxpayload
