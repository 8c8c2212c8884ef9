#pragma once

#include "cache/outboxentry.h"

#include <QJsonObject>

/// The one place that knows how an OutboxEntry's change is stored in the outbox's payload
/// column: the request body as the server would get it (so a person reading the file sees
/// the fields as sent), plus reserved keys that are never sent: the base values the user saw,
/// the server's refusal, and the user's "send again" for a possibly-sent create. Caches
/// written by earlier versions keep the same layout, so they read back unchanged.
namespace fentu::outboxcodec {

inline constexpr QLatin1StringView kBaseKey{"_fentu_base"};
inline constexpr QLatin1StringView kRefusalKey{"_fentu_refused"};
inline constexpr QLatin1StringView kSendAgainKey{"_fentu_send_again"};
inline constexpr QLatin1StringView kLocalNumberKey{"_fentu_local_number"};

/// The payload column's JSON for `entry` (its kind decides which change is stored).
QJsonObject encode(const OutboxEntry &entry);
/// Fills `entry`'s change, base values, refusal and "send again" from `payload`, by
/// `entry.kind`. Unknown keys in a stored body are dropped.
void decode(const QJsonObject &payload, OutboxEntry &entry);

} // namespace fentu::outboxcodec
