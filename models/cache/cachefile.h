#pragma once

#include "cache/cacheopenreport.h"
#include "cache/cacheresult.h"
#include "cache/outboxentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QThread;

namespace fentu {

/// The SQLite file of one server's cache and its connection, on the thread that opened it:
/// WAL and the other pragmas, the damage check, migrations, the origin row, and keeping a
/// damaged file aside for a new one. What goes in the tables is CacheDatabase's business.
class CacheFile
{
    Q_DECLARE_TR_FUNCTIONS(fentu::CacheFile)
public:
    CacheFile() = default;
    ~CacheFile();
    CacheFile(const CacheFile &) = delete;
    CacheFile &operator=(const CacheFile &) = delete;

    /// Opens `path` as the cache of `origin` (a normalised base URL). A damaged or foreign
    /// file is moved aside and a new one made (Recovered); the unsent edits read from a
    /// damaged file of this origin come back in `salvaged`, for the caller to restore.
    CacheOpenReport open(const QString &path, const QString &origin, QList<OutboxEntry> *salvaged);
    /// The same for the file already open, found damaged later (`problem`, for the log).
    CacheOpenReport replaceDamaged(const QString &problem, QList<OutboxEntry> *salvaged);
    void close();

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    /// The thread that opened the connection; the only one that may use it.
    QThread *thread() const { return m_thread; }
    /// Changes with every open and close: a late answer about an earlier file is ignored.
    quint64 session() const { return m_session; }
    /// True when the file was too big to check fully while opening (see backgroundcheck.h).
    bool needsBackgroundCheck() const { return m_needsBackgroundCheck; }
    /// Files up to `bytes` are checked fully while opening. Default 8 MB (about 10,000
    /// orders, some 30 ms): more would delay the first rows.
    void setBackgroundCheckThreshold(qint64 bytes) { m_backgroundCheckAbove = bytes; }

    /// The Failed report for `error`, in plain words.
    static CacheOpenReport failed(const QString &path, const CacheError &error);

private:
    CacheError connectTo(const QString &path, const QString &origin);
    CacheOpenReport recover(const CacheError &error, QList<OutboxEntry> *salvaged);
    CacheError checkOrigin(const QString &origin);
    QList<OutboxEntry> salvageOutbox() const;
    static CacheError quickCheck(QSqlDatabase &db, const QString &table);

    QString m_connectionName;
    QString m_path;
    QString m_origin;
    QThread *m_thread = nullptr;
    bool m_open = false;
    bool m_foreignOrigin = false;
    bool m_needsBackgroundCheck = false;
    qint64 m_backgroundCheckAbove = 8 * 1024 * 1024;
    quint64 m_session = 0;
};

} // namespace fentu
