#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace fentu {

/// Everything that can go wrong in the local cache, in one type. userMessage() says it in
/// words a person understands; technicalDetail() is for logs.
class CacheError
{
    Q_DECLARE_TR_FUNCTIONS(fentu::CacheError)
public:
    enum class Kind
    {
        None,
        NotOpen,         // no cache file is open (open() failed or was never called)
        DiskFull,        // the disk (or the size limit) is full; nothing of the write was kept
        ReadOnly,        // the file or its folder cannot be written
        Busy,            // another program holds the file locked
        Damaged,         // the file is not a valid database
        Io,              // the operating system reported a read or write failure
        TooNew,          // the file was written by a newer version of Fentu Desk
        InvalidArgument, // the caller asked for something impossible (page 0...)
        Other,
    };

    CacheError() = default;
    CacheError(Kind kind, QString technicalDetail);
    /// Classifies a failed statement by SQLite's result code; `what` names the operation.
    static CacheError fromSql(const QSqlError &error, const QString &what);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    const QString &technicalDetail() const { return m_technicalDetail; }
    /// A sentence for the user, e.g. "The disk is full: ...".
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    QString m_technicalDetail;
};

} // namespace fentu
