#pragma once

#include "views/savedview.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fentu {

/// A saved view as JSON: the file File ▸ Export View… writes for colleagues, and each entry of
/// the list kept in the settings. Dates, statuses and columns by name, never by number, so a
/// file stays readable by hand and by another version.
namespace viewjson {

/// The largest view file read: a view is a few hundred bytes; anything much larger is not one.
constexpr qsizetype MaxFileBytes = 64 * 1024;

QJsonObject toObject(const SavedView &view);
/// The file: one view, indented, with a format marker.
QByteArray toFile(const SavedView &view);

/// Either the view read or, in plain words, why the text is not one.
struct ReadResult
{
    std::optional<SavedView> view;
    QString error;
};
/// Strict: a file from elsewhere is checked whole (name, status, dates, columns, board) and
/// refused with the first problem found, naming it. The view read has no id (the caller
/// gives it one).
ReadResult fromObject(const QJsonObject &object);
ReadResult fromFile(const QByteArray &bytes);

/// The list kept in the settings; tolerant: an entry that does not read is left out, and
/// handed back in `unreadable` (when given) so that it can be kept as it was: a view saved by a
/// newer version, or edited by hand, is not this version's to delete.
QByteArray listToJson(const QList<SavedView> &views, const QJsonArray &unreadable = {});
QList<SavedView> listFromJson(const QByteArray &bytes, QJsonArray *unreadable = nullptr);

/// "number", "status"... for WorkOrderTableModel's columns; empty for none.
QString columnKey(int column);
/// The column of a key, or -1.
int columnFromKey(const QString &key);

} // namespace viewjson
} // namespace fentu
