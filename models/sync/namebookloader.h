#pragma once

#include "cache/pendingchange.h"

#include <QObject>
#include <QString>

#include <functional>

namespace fentu {

class CacheStore;

/// Reads from the cache the names an offline edit needs for its row: every customer and
/// technician, and the contacts of `customerId`. A failed read just leaves names out (the row
/// shows ids): it never stops an edit from being saved.
void loadNameBook(CacheStore *store, QObject *context, const QString &customerId,
                  std::function<void(NameBook)> done);

} // namespace fentu
