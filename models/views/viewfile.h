#pragma once

#include "views/viewjson.h"

#include <QFuture>
#include <QString>

namespace fentu::viewfile {

/// Reads the view file at `path` on a worker thread (the GUI never waits on the disk): the
/// view, or why it could not be read, in plain words.
QFuture<viewjson::ReadResult> read(const QString &path);
/// Writes `view` to `path` whole or not at all, on a worker thread; the answer is empty on
/// success, else what went wrong in plain words.
QFuture<QString> write(const QString &path, const SavedView &view);

} // namespace fentu::viewfile
