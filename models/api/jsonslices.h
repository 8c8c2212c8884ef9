#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

/// Cuts the elements of one array out of a JSON text without decoding them, so that each can
/// be kept exactly as received (the cache stores every order's JSON; re-encoding it from a
/// QJsonObject cost a quarter of a sync's cache time).
namespace fentu::jsonslices {

/// The bytes of each element of the array under `key` in the top-level object of `json`, in
/// order, without surrounding whitespace. nullopt when `json` is not one well-formed object,
/// when `key` is missing, appears twice, is spelled with escapes, or does not hold an array:
/// callers then fall back to re-encoding (a slice is never guessed). So is a body with a
/// number that may be too small for a double (20 or more fraction digits, an exponent of -100
/// or below): JSON parsers disagree on those. UTF-8 is not validated: call it on a body a
/// JSON parser has accepted.
std::optional<QList<QByteArray>> arrayElements(QByteArrayView json, QByteArrayView key);

} // namespace fentu::jsonslices
