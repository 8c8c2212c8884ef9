#include "sync/orderlookups.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "sync/lookuploader.h"

#include <algorithm>

namespace fentu {

namespace {

// Lookups are small by assumption; a cap keeps a misbehaving server from paging us forever.
constexpr int kMaxPages = 50;

/// Runs `done` only while `context` (if any) lives.
template <typename T> auto guarded(QObject *context, OrderLookups::Callback<T> done)
{
    return [ctx = QPointer<QObject>(context), hasContext = context != nullptr,
            done = std::move(done)](QList<T> items, bool fromCache) {
        if (hasContext && !ctx)
            return;
        done(std::move(items), fromCache);
    };
}

} // namespace

OrderLookups::OrderLookups(ApiClient *client, CacheStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store),
      m_loader(new LookupLoader(client, store, this))
{
    m_loader->setMaxPages(kMaxPages);
}

void OrderLookups::setMonitor(ConnectivityMonitor *monitor)
{
    m_monitor = monitor;
    m_loader->setMonitor(monitor);
}

bool OrderLookups::online() const
{
    return m_client && (!m_monitor || m_monitor->isOnline());
}

void OrderLookups::customers(QObject *context, Callback<Customer> done)
{
    m_loader->customers(context, [done = std::move(done)](LookupLoader::Result<Customer> r) {
        done(std::move(r.items), r.origin == LookupLoader::Origin::Cache);
    });
}

void OrderLookups::contacts(const QString &customerId, QObject *context, Callback<Contact> done)
{
    auto reply = guarded<Contact>(context, std::move(done));
    auto fallback = [this, customerId, reply] {
        if (!m_store)
            return reply({}, false);
        m_store->listContacts(customerId, this, [reply](CacheResult<QList<Contact>> r) {
            reply(r.isOk() ? r.value() : QList<Contact>{}, true);
        });
    };
    if (customerId.isEmpty())
        return reply({}, false);
    if (!online())
        return fallback();
    m_client->getCustomer(customerId, this, [reply, fallback](ApiResult<Customer> r) {
        if (r.isOk())
            reply(r.value().contacts, false);
        else
            fallback();
    });
}

void OrderLookups::technicians(QObject *context, Callback<Technician> done)
{
    m_loader->technicians(context, [done = std::move(done)](LookupLoader::Result<Technician> r) {
        // Active technicians first: an inactive one is rarely the one to assign.
        std::stable_sort(
            r.items.begin(), r.items.end(),
            [](const Technician &a, const Technician &b) { return a.active && !b.active; });
        done(std::move(r.items), r.origin == LookupLoader::Origin::Cache);
    });
}

} // namespace fentu
