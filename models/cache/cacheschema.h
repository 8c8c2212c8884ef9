#pragma once

#include <QStringList>

/// The cache's schema, as a list of steps. Step N turns a version N-1 database into version N
/// and is never edited once released: a new need is a new step, so every old file migrates.
namespace fentu::cacheschema {

inline constexpr int kCurrentVersion = 8;

/// The statements of the step that creates `version` from `version - 1` (1..kCurrentVersion).
/// Step 1 starts from an empty file. The schema_version row is written by the migrator.
QStringList stepStatements(int version);

/// Makes the search index (work_orders_search, version 7: SearchSql) again from work_orders:
/// for a damaged index or one out of step with its table.
QStringList rebuildSearchStatements();

/// Re-indexes the rows the triggers noted since the last flush (removing the keys they had):
/// run at the end of every write transaction, inside it.
QStringList searchFlushStatements();

} // namespace fentu::cacheschema
