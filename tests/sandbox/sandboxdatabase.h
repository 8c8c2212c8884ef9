#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fentu::sandbox {

/// The sandbox's SQLite connection (a name of its own, so several servers can share a
/// process) and its schema.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    /// Opens `path` (":memory:" for a private in-memory database) and creates missing tables.
    bool open(const QString &path, QString *error);
    /// Creates missing indexes. Separate from open() so a bulk seed can run without them.
    bool createIndexes(QString *error);
    /// True when nothing has been seeded yet.
    bool isEmpty() const;

    QSqlDatabase connection() const;

    /// Runs one statement; false with `error` set (and the statement named) on failure.
    bool exec(const QString &statement, QString *error) const;
    /// The next value of a named counter (work order ids, numbers per year, task ids), inside
    /// the caller's transaction.
    qint64 nextValue(const QString &counter, QString *error) const;
    /// Sets a counter (after a bulk seed).
    bool setValue(const QString &counter, qint64 value, QString *error) const;

private:
    bool checkSchemaVersion(QString *error);

    QString m_connectionName;
};

} // namespace fentu::sandbox
