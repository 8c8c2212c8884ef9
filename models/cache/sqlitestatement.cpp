#include "cache/sqlitestatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The QSQLITE driver hands out its sqlite3* as an opaque pointer named "sqlite3*"; the plugin
// and this library use the same system libsqlite3.
std::optional<sqlite3 *> handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

qint64 SqliteStatement::totalChanges(const QSqlDatabase &db)
{
    const std::optional<sqlite3 *> connection = handleOf(db);
    return connection && *connection ? qint64(sqlite3_total_changes64(*connection)) : -1;
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db,
                                                          const QString &sql, CacheError *error)
{
    const std::optional<sqlite3 *> handle = handleOf(db);
    if (!handle) {
        *error = CacheError(CacheError::Kind::Other, u"the cache connection is not SQLite"_s);
        return nullptr;
    }
    sqlite3 *connection = *handle;
    if (!connection) {
        *error = CacheError(CacheError::Kind::NotOpen, u"the cache connection is closed"_s);
        return nullptr;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    std::unique_ptr<SqliteStatement> result(new SqliteStatement(connection, statement));
    if (code != SQLITE_OK) {
        *error = result->error(code, u"preparing a statement"_s);
        return nullptr;
    }
    return result;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindTextOrNull(int index, const QString &text)
{
    if (text.isEmpty()) {
        bindNull(index);
        return;
    }
    // Converted here (fast for ASCII) and bound in place: bind_text16 would copy the UTF-16,
    // then convert it to the file's UTF-8 in a second buffer.
    m_texts.append(text.toUtf8());
    const QByteArray &utf8 = m_texts.constLast();
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    m_texts.append(utf8); // shares the caller's bytes; SQLite reads them in place
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

CacheError SqliteStatement::run(const QString &what)
{
    const int code = sqlite3_step(m_statement);
    // reset() repeats a failed step's code; the error is read before it.
    const CacheError failure = code == SQLITE_DONE ? CacheError() : error(code, what);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear(); // keeps its capacity: no allocation for the list on the next row
    return failure;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

CacheError SqliteStatement::error(int code, const QString &what) const
{
    // Through QSqlError, so the classification (disk full, read-only, busy...) is the one
    // every other cache statement gets.
    const QSqlError sqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                             QSqlError::StatementError, QString::number(code & 0xff));
    return CacheError::fromSql(sqlError, what);
}

} // namespace fentu
