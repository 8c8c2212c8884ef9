#include "cache/cachefile.h"

#include "cache/outboxcodec.h"

#include "cache/cachelogging.h"
#include "cache/cachemigrator.h"
#include "cache/cacheschema.h"
#include "cache/damagedfile.h"
#include "cache/statementcache.h"
#include "domain/codec.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

CacheFile::~CacheFile()
{
    close();
}

QSqlDatabase CacheFile::database() const
{
    Q_ASSERT(!m_open || QThread::currentThread() == m_thread);
    return QSqlDatabase::database(m_connectionName, false);
}

CacheOpenReport CacheFile::open(const QString &path, const QString &origin,
                                QList<OutboxEntry> *salvaged)
{
    close();
    const CacheError error = connectTo(path, origin);
    if (!error.isError())
        return {CacheOpenReport::Outcome::Opened, path, {}, {}};
    if (error.kind() != CacheError::Kind::Damaged) {
        close();
        return failed(path, error);
    }
    return recover(error, salvaged);
}

CacheOpenReport CacheFile::replaceDamaged(const QString &problem, QList<OutboxEntry> *salvaged)
{
    if (!m_open)
        return failed(m_path, CacheError(CacheError::Kind::NotOpen, u"no cache file is open"_s));
    return recover(CacheError(CacheError::Kind::Damaged, problem), salvaged);
}

CacheOpenReport CacheFile::recover(const CacheError &error, QList<OutboxEntry> *salvaged)
{
    const QString path = m_path;
    const QString origin = m_origin;
    qCWarning(lcCache) << "cache file unusable, keeping it aside:" << error.technicalDetail();
    const bool foreign = m_foreignOrigin;
    // Another server's unsent edits must not be replayed here; they stay in the kept file.
    *salvaged = foreign ? QList<OutboxEntry>() : salvageOutbox();
    close();
    QString moveError;
    const QString aside = damagedfile::moveAside(path, QDateTime::currentDateTimeUtc(), &moveError);
    if (aside.isEmpty()) {
        salvaged->clear();
        return failed(path, CacheError(CacheError::Kind::ReadOnly,
                                       u"cannot move the damaged file aside: "_s + moveError));
    }
    const CacheError reopenError = connectTo(path, origin);
    if (reopenError.isError()) {
        close();
        salvaged->clear();
        return failed(path, reopenError);
    }

    CacheOpenReport report{CacheOpenReport::Outcome::Recovered, path, aside, {}};
    report.message =
        foreign ? tr("The offline cache file belonged to another server. It was kept as “%1” "
                     "and a new, empty cache was started.")
                      .arg(QDir::toNativeSeparators(aside))
                : tr("The offline cache file was damaged and could not be read. It was kept as "
                     "“%1” and a new, empty cache was started.")
                      .arg(QDir::toNativeSeparators(aside));
    if (!salvaged->isEmpty())
        report.message += u' ' + tr("Unsent changes saved from it: %1.").arg(salvaged->size());
    report.message += u' ' + tr("Work online or run a sync to fill it again.");
    return report;
}

CacheError CacheFile::connectTo(const QString &path, const QString &origin)
{
    ++m_session;
    m_connectionName = u"fentu-cache-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    m_thread = QThread::currentThread();
    m_path = path;
    m_origin = origin;
    m_foreignOrigin = false;
    m_needsBackgroundCheck = false;
    if (damagedfile::hasForeignHeader(path))
        return CacheError(CacheError::Kind::Damaged, u"not an SQLite file: "_s + path);
    // Reading every page of a big file would delay the first rows: such a file gets the
    // full check in the background (see backgroundcheck.h) and only its small tables now.
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    const bool checkFullyNow = size <= m_backgroundCheckAbove;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return CacheError::fromSql(db.lastError(), u"opening "_s + path);

    // journal_mode is the first statement that reads the file: a file that is not a database
    // fails here with SQLITE_NOTADB, which classifies as Damaged.
    auto mode = StatementCache::column(db, u"PRAGMA journal_mode = WAL"_s, u"setting WAL mode"_s);
    if (!mode)
        return mode.error();
    if (mode.value().value(0) != u"wal")
        return CacheError(CacheError::Kind::Other, u"WAL mode refused: "_s + mode.value().value(0));
    // 16 MB of page cache (default 2 MB): the filter indexes of a 100,000-order cache stay in
    // memory while a sync writes and the user scrolls.
    for (const QString &pragma :
         {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
          u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA cache_size = -16000"_s}) {
        auto result = StatementCache::column(db, pragma, pragma);
        if (!result)
            return result.error();
    }
    if (checkFullyNow) {
        if (CacheError error = quickCheck(db, {}); error.isError())
            return error;
    }
    auto version = CacheMigrator::migrate(db, cacheschema::kCurrentVersion);
    if (!version)
        return version.error();
    if (!checkFullyNow) {
        for (const QString &table : {u"schema_version"_s, u"origin"_s, u"sync_state"_s, u"outbox"_s,
                                     u"customers"_s, u"contacts"_s, u"technicians"_s}) {
            if (CacheError error = quickCheck(db, table); error.isError())
                return error;
        }
        m_needsBackgroundCheck = true;
    }
    if (CacheError error = checkOrigin(origin); error.isError())
        return error;
    m_open = true;
    return {};
}

CacheError CacheFile::quickCheck(QSqlDatabase &db, const QString &table)
{
    const QString sql =
        table.isEmpty() ? u"PRAGMA quick_check"_s : u"PRAGMA quick_check(%1)"_s.arg(table);
    auto check = StatementCache::column(db, sql, u"checking the file"_s);
    if (!check)
        return check.error();
    if (check.value() != QStringList{u"ok"_s})
        return CacheError(CacheError::Kind::Damaged,
                          u"quick_check: "_s + check.value().mid(0, 5).join(u"; "_s));
    return {};
}

CacheError CacheFile::checkOrigin(const QString &origin)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT base_url FROM origin WHERE id = 1"_s))
        return CacheError::fromSql(query.lastError(), u"reading the origin"_s);
    if (query.next()) {
        const QString stored = query.value(0).toString();
        query.finish();
        if (stored == origin)
            return {};
        m_foreignOrigin = true;
        return CacheError(CacheError::Kind::Damaged, u"the file belongs to "_s + stored);
    }
    query.prepare(u"INSERT INTO origin (id, base_url, created_at) VALUES (1, ?, ?)"_s);
    query.bindValue(0, origin);
    query.bindValue(1, codec::encodeDateTime(QDateTime::currentDateTimeUtc()).toString());
    if (!query.exec())
        return CacheError::fromSql(query.lastError(), u"writing the origin"_s);
    return {};
}

QList<OutboxEntry> CacheFile::salvageOutbox() const
{
    QList<OutboxEntry> entries;
    if (m_connectionName.isEmpty())
        return entries;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return entries;
    // Only the columns of schema version 1, so a file of any version can give its edits back.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT kind, order_id, payload, created_at, state, error_message,"
                    " attempts FROM outbox ORDER BY seq"_s))
        return entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.kind = OutboxEntry::kindFromText(query.value(0).toString())
                         .value_or(OutboxEntry::Kind::Update);
        entry.orderId = query.value(1).toString();
        outboxcodec::decode(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                            entry);
        entry.createdAt = codec::parseDateTime(query.value(3).toString());
        if (!entry.createdAt.isValid())
            entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.state = OutboxEntry::stateFromText(query.value(4).toString())
                          .value_or(OutboxEntry::State::NeedsAttention);
        // A request that was on its way when the file broke may have arrived.
        if (entry.state == OutboxEntry::State::Sending)
            entry.state = entry.kind == OutboxEntry::Kind::Create ? OutboxEntry::State::PossiblySent
                                                                  : OutboxEntry::State::Pending;
        entry.errorMessage = query.value(5).toString();
        entry.attempts = query.value(6).toInt();
        if (!entry.orderId.isEmpty())
            entries.append(entry);
    }
    return entries;
}

CacheOpenReport CacheFile::failed(const QString &path, const CacheError &error)
{
    qCWarning(lcCache) << "cache unavailable:" << error.technicalDetail();
    CacheOpenReport report{CacheOpenReport::Outcome::Failed, path, {}, {}};
    report.message =
        error.userMessage() + u' ' + tr("Fentu Desk works online only until this is fixed.");
    return report;
}

void CacheFile::close()
{
    ++m_session;
    m_open = false;
    m_needsBackgroundCheck = false;
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
}

} // namespace fentu
