#pragma once

#include "cache/cacheresult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace fentu {

/// Prepared statements of one connection, prepared once and reused: the cache runs the same
/// few statements many thousands of times.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

    QSqlDatabase &database() { return m_db; }
    /// The prepared statement for `sql` (bindings of a previous use are replaced by the
    /// caller); nullptr with `error` set when preparing fails. The pointer stays valid until
    /// clear() or destruction.
    QSqlQuery *prepared(const QString &sql, CacheError *error);
    /// Runs a prepared statement; on failure returns the classified error.
    static CacheError exec(QSqlQuery &query, const QString &what);
    /// Runs a prepared statement (its values bound) and returns the first column of every row.
    static CacheResult<QStringList> column(QSqlQuery &query, const QString &what);
    /// Runs `sql` once (pragmas, checks) and returns the first column of every row.
    static CacheResult<QStringList> column(QSqlDatabase db, const QString &sql,
                                           const QString &what);
    /// Runs `fn` inside one transaction; rolls back when it returns an error.
    CacheError inTransaction(const std::function<CacheError()> &fn);
    void clear() { m_statements.clear(); }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace fentu
