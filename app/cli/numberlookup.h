#pragma once

#include "cache/cacheresult.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace fentu {
class CacheStore;
}

namespace fentu::cli {

/// The id of the cached order whose number is `number` (any case): what get, update and delete
/// do with a number in place of an id. The server has no way to look a number up, so it is the
/// offline cache's; `done` gets nullopt when no cached order has that number.
void lookUpNumber(CacheStore &cache, const QString &number, QObject *context,
                  std::function<void(CacheResult<std::optional<QString>>)> done);

/// "WO-2026-898 is not in the offline cache…": the failure when lookUpNumber() found nothing.
QString numberNotCachedMessage(const QString &number);

} // namespace fentu::cli
