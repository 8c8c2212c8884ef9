#include "sync/orderlookups.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/connectivitymonitor.h"

#include <algorithm>

namespace fentu {

namespace {

// Lookups are small by assumption; a cap keeps a misbehaving server from paging us forever.
constexpr int kMaxPages = 50;
constexpr int kPerPage = 100;

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
    : QObject(parent), m_client(client), m_store(store)
{}

void OrderLookups::setMonitor(ConnectivityMonitor *monitor)
{
    m_monitor = monitor;
}

bool OrderLookups::online() const
{
    return m_client && (!m_monitor || m_monitor->isOnline());
}

void OrderLookups::customers(QObject *context, Callback<Customer> done)
{
    customerPage(1, {}, context, guarded<Customer>(context, std::move(done)));
}

void OrderLookups::customerPage(int page, QList<Customer> soFar, QObject *context,
                                Callback<Customer> done)
{
    auto fallback = [this, done](QList<Customer> partial) {
        if (!m_store)
            return done(partial, false);
        m_store->listCustomers({}, this, [done, partial](CacheResult<QList<Customer>> r) {
            done(r.isOk() ? r.value() : partial, true);
        });
    };
    if (!online())
        return fallback({});
    CustomerQuery query;
    query.page = page;
    query.perPage = kPerPage;
    m_client->listCustomers(
        query, this,
        [this, page, soFar, context, done, fallback](ApiResult<Page<Customer>> r) mutable {
            if (!r.isOk())
                return fallback(soFar);
            soFar.append(r.value().items);
            if (r.value().items.isEmpty() || page >= r.value().meta.totalPages || page >= kMaxPages)
                return done(soFar, false);
            customerPage(page + 1, std::move(soFar), context, done);
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
    technicianPage(1, {}, context, guarded<Technician>(context, std::move(done)));
}

void OrderLookups::technicianPage(int page, QList<Technician> soFar, QObject *context,
                                  Callback<Technician> done)
{
    auto finish = [done](QList<Technician> all, bool fromCache) {
        // Active technicians first: an inactive one is rarely the one to assign.
        std::stable_sort(all.begin(), all.end(), [](const Technician &a, const Technician &b) {
            return a.active && !b.active;
        });
        done(std::move(all), fromCache);
    };
    auto fallback = [this, finish](QList<Technician> partial) {
        if (!m_store)
            return finish(partial, false);
        m_store->listTechnicians(this, [finish, partial](CacheResult<QList<Technician>> r) {
            finish(r.isOk() ? r.value() : partial, true);
        });
    };
    if (!online())
        return fallback({});
    m_client->listTechnicians(page, kPerPage, this,
                              [this, page, soFar, context, finish, fallback,
                               done](ApiResult<Page<Technician>> r) mutable {
                                  if (!r.isOk())
                                      return fallback(soFar);
                                  soFar.append(r.value().items);
                                  if (r.value().items.isEmpty() ||
                                      page >= r.value().meta.totalPages || page >= kMaxPages)
                                      return finish(soFar, false);
                                  technicianPage(page + 1, std::move(soFar), context, done);
                              });
}

} // namespace fentu
