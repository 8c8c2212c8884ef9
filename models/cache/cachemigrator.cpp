#include "cache/cachemigrator.h"

#include "cache/cachelogging.h"
#include "cache/cacheschema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fentu {

CacheResult<int> CacheMigrator::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s) || !query.next())
        return CacheError::fromSql(query.lastError(), u"reading the schema"_s);
    const int tableCount = query.value(0).toInt();
    if (tableCount == 0)
        return 0;
    if (!query.exec(u"SELECT version FROM schema_version"_s) || !query.next())
        return CacheError(CacheError::Kind::Damaged,
                          u"the file holds tables but no schema_version: not a Fentu cache"_s);
    return query.value(0).toInt();
}

CacheResult<int> CacheMigrator::migrate(QSqlDatabase &db, int targetVersion)
{
    auto current = currentVersion(db);
    if (!current)
        return current;
    int version = current.value();
    if (version > cacheschema::kCurrentVersion)
        return CacheError(CacheError::Kind::TooNew,
                          u"schema version %1, this build knows up to %2"_s.arg(version).arg(
                              cacheschema::kCurrentVersion));
    while (version < targetVersion) {
        const int next = version + 1;
        if (!db.transaction())
            return CacheError::fromSql(db.lastError(), u"starting migration"_s);
        QSqlQuery query(db);
        QStringList statements = cacheschema::stepStatements(next);
        statements.append(u"UPDATE schema_version SET version = %1"_s.arg(next));
        for (const QString &sql : std::as_const(statements)) {
            if (!query.exec(sql)) {
                const CacheError error = CacheError::fromSql(
                    query.lastError(), u"migrating to schema version %1"_s.arg(next));
                query.finish();
                db.rollback();
                return error;
            }
        }
        query.finish();
        if (!db.commit()) {
            const CacheError error = CacheError::fromSql(db.lastError(), u"committing migration"_s);
            db.rollback();
            return error;
        }
        qCInfo(lcCache) << "cache schema migrated to version" << next;
        version = next;
    }
    return version;
}

} // namespace fentu
