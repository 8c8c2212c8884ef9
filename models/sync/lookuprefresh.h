#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"
#include "cache/cachestore.h"
#include "sync/lookuploader.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace fentu {

class ApiClient;

/// Refreshes the cached customers and technicians from every page of their lookups (paged by
/// LookupLoader), each page written to the cache before the next is asked. A lookup the
/// server lacks (404) is skipped, not an error: assumptions.md makes those calls optional.
class LookupRefresh : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int customers = 0;
        int technicians = 0;
        bool available = true; // false when a lookup answered 404
        ApiError apiError;     // the first failure other than 404
        CacheError cacheError;
        bool isError() const { return apiError.isError() || cacheError.isError(); }
    };

    /// Neither is owned; both must outlive this object.
    LookupRefresh(ApiClient *client, CacheStore *store, QObject *parent = nullptr);

    /// Runs once; `done` is called once unless cancel() comes first.
    void start(std::function<void(Outcome)> done);
    /// Stops; `done` is not called.
    void cancel();

private:
    void fetchCustomers();
    void fetchTechnicians();
    /// The page hook: writes each page to the cache (counted into `counter`) before the
    /// next is asked; a write that fails ends the refresh.
    template <typename T>
    LookupLoader::PageHook<T> pageWriter(
        void (CacheStore::*upsert)(const QList<T> &, QObject *, CacheStore::Callback<CacheDone>),
        int *counter);
    /// A lookup ended: true when that ended the refresh (a 404 only skips the lookup).
    bool lookupFailed(const ApiError &error);
    void finish();

    QPointer<CacheStore> m_store;
    LookupLoader *m_loader;
    std::function<void(Outcome)> m_done;
    Outcome m_outcome;
    bool m_cancelled = false;
};

} // namespace fentu
