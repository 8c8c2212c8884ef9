#pragma once

#include <QDateTime>
#include <QString>

class QThread;

namespace fentu {

/// A snapshot of the open cache, for the status bar, fentu-cli and tests.
struct CacheInfo
{
    QString filePath;
    QString baseUrl; // the origin stored inside the file
    int schemaVersion = 0;
    QString journalMode;  // "wal"
    int synchronous = -1; // PRAGMA synchronous: 1 = NORMAL
    bool foreignKeys = false;
    int orderCount = 0;
    int outboxCount = 0;
    QDateTime lastFullSyncAt; // UTC; invalid when never completed
    QDateTime newestFetchAt;  // UTC; the most recent write from the server; invalid if none
    QThread *connectionThread = nullptr; // the thread that opened the connection (never the GUI)
};

} // namespace fentu
