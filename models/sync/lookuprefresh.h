#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;

/// Refreshes the cached customers and technicians from every page of their lookups, one page
/// at a time (they are small). A lookup the server lacks (404) is skipped, not an error:
/// assumptions.md makes those calls optional.
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
    void fetchCustomers(int page);
    void finishCustomers();
    void fetchTechnicians(int page);
    /// A page failed: a 404 skips that lookup; anything else ends the refresh.
    void lookupFailed(const ApiError &error, void (LookupRefresh::*next)());
    void finish();

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    std::function<void(Outcome)> m_done;
    QPointer<ApiCall> m_call;
    Outcome m_outcome;
    bool m_cancelled = false;
};

} // namespace fentu
