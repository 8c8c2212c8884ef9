#pragma once

#include "domain/customer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fentu {

class ApiClient;
class CacheStore;
class ConnectivityMonitor;
class LookupLoader;

/// The pick lists an order form needs (customers, a customer's contacts, technicians), asked
/// of the server's lookups first (paged by LookupLoader) and, when those fail or are missing
/// (assumptions.md makes them optional), of the names the cache has seen inside work orders.
/// Every call answers once, later, unless `context` is destroyed first; `fromCache` says that
/// the cache answered.
class OrderLookups : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(QList<T> items, bool fromCache)>;

    /// Neither is owned; `store` may be null (no fallback).
    OrderLookups(ApiClient *client, CacheStore *store, QObject *parent = nullptr);
    /// While `monitor` (not owned; may be null) says offline, the cache answers at once.
    void setMonitor(ConnectivityMonitor *monitor);

    /// Every customer (all pages, up to a sane limit), sorted as the server sorts.
    void customers(QObject *context, Callback<Customer> done);
    /// The contacts of one customer (GET /customers/{id}).
    void contacts(const QString &customerId, QObject *context, Callback<Contact> done);
    /// Every technician, active ones first.
    void technicians(QObject *context, Callback<Technician> done);

private:
    bool online() const;

    QPointer<ApiClient> m_client;
    QPointer<CacheStore> m_store;
    QPointer<ConnectivityMonitor> m_monitor;
    LookupLoader *m_loader;
};

} // namespace fentu
