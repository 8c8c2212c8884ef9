#include "cache/syncstatetable.h"

#include "cache/statementcache.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fentu {

CacheResult<std::optional<QString>> SyncStateTable::value(const QString &key)
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"SELECT value FROM sync_state WHERE key = ?"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, key);
    error = StatementCache::exec(*query, u"reading sync state"_s);
    if (error.isError())
        return error;
    std::optional<QString> result;
    if (query->next())
        result = query->value(0).toString();
    query->finish();
    return result;
}

CacheError SyncStateTable::setValue(const QString &key, const QString &value)
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"INSERT INTO sync_state (key, value) VALUES (?, ?)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              &error);
    if (!query)
        return error;
    query->bindValue(0, key);
    query->bindValue(1, value);
    return StatementCache::exec(*query, u"writing sync state"_s);
}

CacheError SyncStateTable::remove(const QString &key)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(u"DELETE FROM sync_state WHERE key = ?"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, key);
    return StatementCache::exec(*query, u"writing sync state"_s);
}

} // namespace fentu
