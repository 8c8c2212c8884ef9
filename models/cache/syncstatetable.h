#pragma once

#include "cache/cacheresult.h"

#include <QString>

#include <optional>

namespace fentu {

class StatementCache;

/// The sync_state key/value table ("last_full_sync_at", "sync_generation", ...).
class SyncStateTable
{
public:
    inline static const QString kLastFullSyncAt = QStringLiteral("last_full_sync_at");
    inline static const QString kFullSyncStartedAt = QStringLiteral("full_sync_started_at");
    inline static const QString kSyncGeneration = QStringLiteral("sync_generation");

    explicit SyncStateTable(StatementCache &statements) : m_statements(statements) {}

    CacheResult<std::optional<QString>> value(const QString &key);
    CacheError setValue(const QString &key, const QString &value);
    CacheError remove(const QString &key);

private:
    StatementCache &m_statements;
};

} // namespace fentu
