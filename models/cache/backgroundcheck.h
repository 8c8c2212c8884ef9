#pragma once

#include <QFuture>
#include <QString>
#include <QStringList>

/// The full PRAGMA quick_check of a large cache file, on a pool thread with its own
/// connection, so opening a big cache does not wait for reading every page of it (WAL lets
/// it read while the cache's own thread serves the first rows).
namespace fentu::backgroundcheck {

/// {"ok"} for a sound file; otherwise the problems found. Empty when the check could not run
/// (busy, unreadable): no verdict.
QFuture<QStringList> quickCheck(const QString &path);

} // namespace fentu::backgroundcheck
