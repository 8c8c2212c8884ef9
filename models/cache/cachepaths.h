#pragma once

#include <QString>
#include <QUrl>

/// Where the cache of a server lives: one SQLite file per normalised base URL.
namespace fentu::cachepaths {

/// The base URL without user info, query, fragment, default port or trailing slash, with the
/// scheme and host in lower case: two spellings of one server share one cache.
QUrl normalisedBaseUrl(const QUrl &baseUrl);
/// "<host>-<first 16 hex digits of SHA-256 of the normalised URL>.sqlite"
QString fileNameFor(const QUrl &baseUrl);
/// QStandardPaths::AppDataLocation + "/cache".
QString defaultDirectory();

} // namespace fentu::cachepaths
