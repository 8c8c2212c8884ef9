#include "sync/lookuploader.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/synclogging.h"

#include <utility>

namespace fentu {

namespace {

constexpr int kPerPage = 100;
// total_pages is never trusted to end paging: an empty page or this cap ends it.
constexpr int kMaxPages = 1000;

template <typename T> QList<NameChoice> toChoices(const QList<T> &items)
{
    QList<NameChoice> choices;
    choices.reserve(items.size());
    for (const T &item : items)
        choices.append({item.id, item.name});
    return choices;
}

} // namespace

LookupLoader::LookupLoader(ApiClient *client, CacheStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    Q_ASSERT(client);
}

LookupLoader::~LookupLoader()
{
    ++m_generation;
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {})) {
        if (call)
            call->cancel();
    }
}

void LookupLoader::start()
{
    const quint64 generation = ++m_generation;
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {})) {
        if (call)
            call->cancel(); // answers with the old generation, dropped
    }
    m_customers.clear();
    m_technicians.clear();
    m_waiting = 2;
    fetch(Kind::Customers, 1, generation);
    fetch(Kind::Technicians, 1, generation);
}

void LookupLoader::fetch(Kind kind, int page, quint64 generation)
{
    ApiCall *call = nullptr;
    if (kind == Kind::Customers) {
        CustomerQuery query;
        query.page = page;
        query.perPage = kPerPage;
        call = m_client->listCustomers(
            query, this, [this, page, generation](ApiResult<Page<Customer>> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    qCInfo(lcSync)
                        << "customers lookup unavailable:" << result.error().technicalDetail();
                    fallBack(Kind::Customers, generation);
                    return;
                }
                pageArrived(Kind::Customers, page, generation, toChoices(result.value().items),
                            result.value().meta.totalPages);
            });
    } else {
        call = m_client->listTechnicians(
            page, kPerPage, this, [this, page, generation](ApiResult<Page<Technician>> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    qCInfo(lcSync)
                        << "technicians lookup unavailable:" << result.error().technicalDetail();
                    fallBack(Kind::Technicians, generation);
                    return;
                }
                pageArrived(Kind::Technicians, page, generation, toChoices(result.value().items),
                            result.value().meta.totalPages);
            });
    }
    if (call && generation == m_generation)
        m_calls.append(call);
}

void LookupLoader::pageArrived(Kind kind, int page, quint64 generation,
                               const QList<NameChoice> &items, int totalPages)
{
    QList<NameChoice> &all = kind == Kind::Customers ? m_customers : m_technicians;
    all.append(items);
    if (items.isEmpty() || page >= totalPages || page >= kMaxPages)
        finish(kind, all, Origin::Server);
    else
        fetch(kind, page + 1, generation);
}

void LookupLoader::fallBack(Kind kind, quint64 generation)
{
    if (!m_store) {
        finish(kind, {}, Origin::None);
        return;
    }
    const auto done = [this, kind, generation](const QList<NameChoice> &items, bool ok) {
        if (generation == m_generation)
            finish(kind, items, ok ? Origin::Cache : Origin::None);
    };
    if (kind == Kind::Customers) {
        m_store->listCustomers({}, this, [done](CacheResult<QList<Customer>> result) {
            done(result ? toChoices(result.value()) : QList<NameChoice>(), result.isOk());
        });
    } else {
        m_store->listTechnicians(this, [done](CacheResult<QList<Technician>> result) {
            done(result ? toChoices(result.value()) : QList<NameChoice>(), result.isOk());
        });
    }
}

void LookupLoader::finish(Kind kind, const QList<NameChoice> &items, Origin origin)
{
    --m_waiting;
    if (kind == Kind::Customers)
        emit customersLoaded(items, origin);
    else
        emit techniciansLoaded(items, origin);
}

} // namespace fentu
