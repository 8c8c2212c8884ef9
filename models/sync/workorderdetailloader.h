#pragma once

#include "api/apierror.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;
class SwitchingPageSource;
struct CachedWorkOrder;

/// Loads one full work order for the details pane, asynchronously, with an explicit state.
/// With a SwitchingPageSource it goes through its write-through (online: GET, then upsert into
/// the cache) and reads the cache while offline or when the server turns out unreachable;
/// without one it asks the ApiClient. Loading another id drops the answer to the previous one
/// (the call is cancelled, and a generation counter ignores anything that still arrives).
class WorkOrderDetailLoader : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,    // nothing asked for
        Loading, // an answer is awaited (order() may still hold the previous one of this id)
        Loaded,  // order() is the answer
        Failed,  // errorMessage() says why
    };
    Q_ENUM(State)

    /// `client` is required; `switching` and `store` are optional (nullptr = online only).
    /// None is owned.
    WorkOrderDetailLoader(ApiClient *client, SwitchingPageSource *switching, CacheStore *store,
                          QObject *parent = nullptr);
    ~WorkOrderDetailLoader() override;

    /// Starts loading `id` (the same id again reloads it).
    void load(const QString &id);
    /// Loads the current id again (after a failure, or when the row changed).
    void reload();
    /// Forgets the order and drops any answer still to come.
    void clear();

    State state() const { return m_state; }
    QString id() const { return m_id; }
    /// The last order loaded for id(); empty before the first answer.
    const WorkOrder &order() const { return m_order; }
    /// The API's failure when state() is Failed because of one (Kind::None otherwise).
    const ApiError &error() const { return m_error; }
    /// A sentence for the user when state() is Failed.
    QString errorMessage() const { return m_errorMessage; }
    /// True when order() came from the offline cache rather than the server.
    bool isFromCache() const { return m_fromCache; }
    /// From the cache only the list fields were known (no description, contact or tasks).
    bool isPartial() const { return m_partial; }
    /// When the cached copy was fetched from the server (UTC); invalid for a server answer.
    QDateTime cachedAt() const { return m_cachedAt; }

signals:
    void stateChanged(fentu::WorkOrderDetailLoader::State state);

private:
    void fetchFromServer(quint64 generation);
    void readCache(quint64 generation, const ApiError &networkError);
    void finishWithOrder(const WorkOrder &order);
    void finishWithCache(const CachedWorkOrder &cached);
    void fail(const ApiError &error, const QString &message);
    void setState(State state);
    void dropCall();

    ApiClient *m_client;
    QPointer<SwitchingPageSource> m_switching;
    QPointer<CacheStore> m_store;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_id;
    WorkOrder m_order;
    ApiError m_error;
    QString m_errorMessage;
    bool m_fromCache = false;
    bool m_partial = false;
    QDateTime m_cachedAt;
};

} // namespace fentu
