#pragma once

#include <QString>

namespace fentu {

/// How CacheStore::open() went. A damaged file is never fatal: it is kept aside and a new
/// cache is made (Recovered); Failed means no cache is available this session.
struct CacheOpenReport
{
    enum class Outcome
    {
        Opened,
        Recovered,
        Failed
    };
    Outcome outcome = Outcome::Failed;
    QString filePath;       // the cache file in use (empty when Failed before choosing one)
    QString movedAsidePath; // where a damaged file was kept (Recovered only)
    QString message;        // plain words for the user; empty when Opened

    bool isUsable() const { return outcome != Outcome::Failed; }
};

} // namespace fentu
