#pragma once

#include "itemmodels/namechoicemodel.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace fentu {

class ApiCall;
class ApiClient;
class CacheStore;

/// Loads the filter panel's pick lists: every page of the customers and technicians lookups;
/// when a lookup is missing (404) or fails, what the cache holds instead (if there is a
/// cache). The names seen in work orders are added by SeenNames, not here.
class LookupLoader : public QObject
{
    Q_OBJECT
public:
    enum class Origin
    {
        Server, // the whole lookup, from the server
        Cache,  // the server's lookup failed; these are the cached names
        None,   // the server's lookup failed and there is no cache
    };
    Q_ENUM(Origin)

    /// Neither is owned; `store` may be null.
    LookupLoader(ApiClient *client, CacheStore *store, QObject *parent = nullptr);
    ~LookupLoader() override;

    /// Loads both lists (again), dropping a load in flight.
    void start();
    bool isLoading() const { return m_waiting > 0; }

signals:
    void customersLoaded(const QList<fentu::NameChoice> &customers, fentu::LookupLoader::Origin);
    void techniciansLoaded(const QList<fentu::NameChoice> &technicians,
                           fentu::LookupLoader::Origin);

private:
    enum class Kind
    {
        Customers,
        Technicians
    };

    void fetch(Kind kind, int page, quint64 generation);
    void pageArrived(Kind kind, int page, quint64 generation, const QList<NameChoice> &items,
                     int totalPages);
    void fallBack(Kind kind, quint64 generation);
    void finish(Kind kind, const QList<NameChoice> &items, Origin origin);

    ApiClient *m_client;
    QPointer<CacheStore> m_store;
    quint64 m_generation = 0;
    QList<NameChoice> m_customers;
    QList<NameChoice> m_technicians;
    QList<QPointer<ApiCall>> m_calls;
    int m_waiting = 0;
};

} // namespace fentu
