#include "cache/cacheerror.h"

#include <QSqlError>

namespace fentu {

namespace {

// SQLite's primary result codes (sqlite3.h); QSQLITE reports them in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqlitePerm = 3;
constexpr int kSqliteNotADb = 26;

CacheError::Kind kindForCode(int code)
{
    switch (code & 0xff) { // extended codes carry the primary one in the low byte
    case kSqliteFull:
        return CacheError::Kind::DiskFull;
    case kSqliteReadOnly:
    case kSqlitePerm:
    case kSqliteCantOpen:
        return CacheError::Kind::ReadOnly;
    case kSqliteBusy:
    case kSqliteLocked:
        return CacheError::Kind::Busy;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return CacheError::Kind::Damaged;
    case kSqliteIoErr:
        return CacheError::Kind::Io;
    default:
        return CacheError::Kind::Other;
    }
}

} // namespace

CacheError::CacheError(Kind kind, QString technicalDetail)
    : m_kind(kind), m_technicalDetail(std::move(technicalDetail))
{}

CacheError CacheError::fromSql(const QSqlError &error, const QString &what)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    const Kind kind = isNumber ? kindForCode(code) : Kind::Other;
    return CacheError(kind, what + QStringLiteral(": ") + error.text());
}

QString CacheError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotOpen:
        return tr("The offline cache is not available.");
    case Kind::DiskFull:
        return tr("The disk is full, so the offline cache could not be updated. "
                  "Nothing was lost; free some space and try again.");
    case Kind::ReadOnly:
        return tr("The offline cache cannot be written: the file or its folder is read-only.");
    case Kind::Busy:
        return tr("The offline cache is in use by another program. Close it and try again.");
    case Kind::Damaged:
        return tr("The offline cache file is damaged.");
    case Kind::Io:
        return tr("The disk reported an error while using the offline cache.");
    case Kind::TooNew:
        return tr("The offline cache was written by a newer version of Fentu Desk.");
    case Kind::InvalidArgument:
        return tr("The offline cache was asked for something it cannot answer.");
    case Kind::Other:
        break;
    }
    return tr("The offline cache reported an unexpected error.");
}

} // namespace fentu
