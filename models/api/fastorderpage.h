#pragma once

#include "api/receivedorderpage.h"

#include <QByteArray>

#include <optional>

namespace fentu {

/// The sync's hot path: a list page decoded with simdjson instead of QJsonDocument, several
/// times faster. It answers only when the body is the ordinary case, and then exactly what
/// the codec (codec::decodeWorkOrderPage) would; anything else, from a wrong type to a
/// duplicate key, a number parsers read differently (jsonslices.h), a body nested deeper or
/// larger (8 MiB) than any real answer, is nullopt, and the caller
/// decodes the body the slow way, which also words the error. Two things differ, both on
/// purpose: each order's `raw` is left empty (the cache stores `itemJson`, the bytes as
/// received), and `itemJson` is always filled.
std::optional<ReceivedOrderPage> decodeOrderPageFast(const QByteArray &body);

} // namespace fentu
