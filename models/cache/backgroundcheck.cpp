#include "cache/backgroundcheck.h"

#include "cache/cacheerror.h"
#include "cache/cachelogging.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fentu::backgroundcheck {

namespace {

QAtomicInteger<quint64> checkCounter;

QStringList runCheck(const QString &path)
{
    const QString name = u"fentu-cache-check-%1"_s.arg(checkCounter.fetchAndAddRelaxed(1));
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        // Only a failure that says "damaged" counts; busy or unreadable is not a verdict.
        auto classify = [&result](const QSqlError &sqlError) {
            const CacheError error = CacheError::fromSql(sqlError, u"background check"_s);
            if (error.kind() == CacheError::Kind::Damaged)
                result << error.technicalDetail();
            else
                qCWarning(lcCache) << "background check did not run:" << error.technicalDetail();
        };
        if (db.open()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (query.exec(u"PRAGMA quick_check"_s)) {
                while (query.next())
                    result << query.value(0).toString();
            } else {
                classify(query.lastError());
            }
            query.finish();
            db.close();
        } else {
            classify(db.lastError());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QFuture<QStringList> quickCheck(const QString &path)
{
    return QtConcurrent::run(runCheck, path);
}

} // namespace fentu::backgroundcheck
