#pragma once

#include "cache/cacheresult.h"

#include <QSqlDatabase>

namespace fentu {

/// Brings a cache file to cacheschema::kCurrentVersion, one step per transaction, so a file
/// interrupted mid-migration is left at the last complete version.
class CacheMigrator
{
public:
    /// The file's version: 0 for an empty file; an error if it is not a cache at all.
    static CacheResult<int> currentVersion(QSqlDatabase &db);
    /// Migrates up to `targetVersion`; returns the version reached. A file newer than
    /// kCurrentVersion is left untouched and reported as TooNew.
    static CacheResult<int> migrate(QSqlDatabase &db, int targetVersion);
};

} // namespace fentu
