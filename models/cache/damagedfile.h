#pragma once

#include <QDateTime>
#include <QString>

/// Keeping a damaged cache file for a person to inspect, out of the way of a new one.
namespace fentu::damagedfile {

/// True when `path` exists, is not empty, and does not start with SQLite's header. Checked
/// before SQLite opens the file: SQLite would otherwise treat a -wal beside it as its own
/// and delete it on close, losing evidence a person may want.
bool hasForeignHeader(const QString &path);

/// Renames `path` (and its -wal and -shm companions, when present) to
/// "<path>.damaged-<yyyyMMdd-HHmmss>" (plus a counter if taken). Returns the new path of the
/// main file, or an empty string with `error` set when it could not be moved.
QString moveAside(const QString &path, const QDateTime &now, QString *error);

} // namespace fentu::damagedfile
