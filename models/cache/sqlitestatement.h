#pragma once

#include "cache/cacheerror.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace fentu {

/// One prepared write statement run through SQLite's C API on a QSQLITE connection's own
/// handle, for the one statement a full sync runs per order: QSqlQuery's positional binding
/// (a ":N" string and a hash lookup per value, a QVariant each) cost more than the insert
/// itself. Same connection, so it runs inside the caller's QSqlDatabase transaction.
/// Must be destroyed before its connection closes. Indexes are 0-based, like QSqlQuery's.
class SqliteStatement
{
public:
    /// nullptr with `error` set when the connection is not SQLite or `sql` does not prepare.
    static std::unique_ptr<SqliteStatement> prepare(const QSqlDatabase &db, const QString &sql,
                                                    CacheError *error);
    /// Rows inserted, updated or deleted through `db` since it opened, triggers' included
    /// (sqlite3_total_changes64); -1 when `db` is not an open SQLite connection.
    static qint64 totalChanges(const QSqlDatabase &db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    /// An empty text is bound as NULL, as the cache's columns have always held it.
    void bindTextOrNull(int index, const QString &text);
    /// UTF-8 bytes, stored as TEXT (no round trip through UTF-16).
    void bindUtf8(int index, const QByteArray &utf8);
    /// Runs the statement with the values bound, then clears them; the classified error on
    /// failure.
    CacheError run(const QString &what);
    /// Rows the last run() inserted, updated or deleted (0 when an upsert's WHERE said no).
    int changes() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    CacheError error(int code, const QString &what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    // The UTF-8 of the texts bound, alive until run(): SQLite reads them in place.
    QList<QByteArray> m_texts;
};

} // namespace fentu
