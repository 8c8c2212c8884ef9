#pragma once

#include "cache/cachedatabase.h"

#include <QObject>

namespace fentu {

/// Lives on CacheStore's worker thread and owns the CacheDatabase there: every job CacheStore
/// posts runs in this object's thread, one after another, in the order posted.
class CacheWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CacheWorker() override = default;

    CacheDatabase &database() { return m_database; }

    /// Open like CacheDatabase's, then start the background check of a big file.
    CacheOpenReport open(const QString &directory, const QUrl &baseUrl);
    CacheOpenReport openFile(const QString &path, const QUrl &baseUrl);

signals:
    /// The background check found the open file damaged: it was kept aside and a new cache
    /// started (the report says so in words, like open()'s).
    void replaced(const fentu::CacheOpenReport &report);

private:
    CacheOpenReport checkLater(CacheOpenReport report);

    CacheDatabase m_database;
};

} // namespace fentu
