#include "cache/statementcache.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fentu {

QSqlQuery *StatementCache::prepared(const QString &sql, CacheError *error)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
        return it.value().get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = CacheError::fromSql(query->lastError(), u"preparing a statement"_s);
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

CacheError StatementCache::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return {};
    CacheError error = CacheError::fromSql(query.lastError(), what);
    query.finish();
    return error;
}

CacheResult<QStringList> StatementCache::column(QSqlQuery &query, const QString &what)
{
    if (CacheError error = exec(query, what); error.isError())
        return error;
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    query.finish();
    return values;
}

CacheResult<QStringList> StatementCache::column(QSqlDatabase db, const QString &sql,
                                                const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return CacheError::fromSql(query.lastError(), what);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

CacheError StatementCache::inTransaction(const std::function<CacheError()> &fn)
{
    if (!m_db.transaction())
        return CacheError::fromSql(m_db.lastError(), u"starting a transaction"_s);
    CacheError error = fn();
    if (!error.isError() && !m_db.commit())
        error = CacheError::fromSql(m_db.lastError(), u"committing"_s);
    if (error.isError())
        m_db.rollback(); // everything of this batch or nothing: the cache stays consistent
    return error;
}

} // namespace fentu
