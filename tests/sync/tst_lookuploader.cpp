// LookupLoader, the one pager of the customers and technicians lookups that the filter dock,
// the order form (OrderLookups) and sync (LookupRefresh) share: every page in order, the page
// cap, the page hook, the cache fallback (or none), offline answers and cancelling.

#include "synctestsupport.h"

#include "connectivity/connectivitymonitor.h"
#include "sync/lookuploader.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

/// Lookups served two rows a page, claiming `claimedPages` pages: a server that pages its
/// directory more finely than the client asks, or (claiming many) one that never ends.
class PagedLookups
{
public:
    explicit PagedLookups(int claimedPages) : m_claimedPages(claimedPages)
    {
        m_server.route(u"/api/v1/customers"_s, [this](const QHttpServerRequest &request) {
            return page(request, u"cust"_s);
        });
        m_server.route(u"/api/v1/technicians"_s, [this](const QHttpServerRequest &request) {
            return page(request, u"tech"_s);
        });
    }
    QUrl start()
    {
        const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
        return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port));
    }
    int requests() const { return m_requests; }

private:
    QHttpServerResponse page(const QHttpServerRequest &request, const QString &prefix)
    {
        ++m_requests;
        const int page = std::max(1, QUrlQuery(request.query()).queryItemValue(u"page"_s).toInt());
        QJsonArray data;
        for (int i = 0; i < 2; ++i) {
            const QString id = u"%1-%2-%3"_s.arg(prefix).arg(page).arg(i);
            data.append(
                QJsonObject{{u"id"_s, id}, {u"name"_s, u"Name "_s + id}, {u"active"_s, true}});
        }
        const QJsonObject meta{{u"current_page"_s, page},
                               {u"per_page"_s, 2},
                               {u"total_pages"_s, m_claimedPages},
                               {u"total_count"_s, m_claimedPages * 2}};
        return QHttpServerResponse(QJsonObject{{u"data"_s, data}, {u"meta"_s, meta}});
    }

    QHttpServer m_server;
    int m_claimedPages;
    int m_requests = 0;
};

/// A PagedLookups server, a client of it and a loader without a cache.
struct PagedFixture
{
    explicit PagedFixture(int claimedPages) : server(claimedPages), loader(&client, nullptr)
    {
        client.setApiKey(u"any"_s);
        started = !client.setBaseUrl(server.start()).has_value();
    }
    PagedLookups server;
    ApiClient client;
    LookupLoader loader;
    bool started = false;
};

template <typename T> QStringList idsOf(const QList<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

template <typename T> T named(const QString &id, const QString &name)
{
    T item;
    item.id = id;
    item.name = name;
    return item;
}

LookupLoader::Result<Customer> customersOf(LookupLoader &loader,
                                           LookupLoader::PageHook<Customer> hook = {})
{
    return await<LookupLoader::Result<Customer>>(
        [&](auto done) { loader.customers(nullptr, done, std::move(hook)); });
}

} // namespace

class TestLookupLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> m_fixture; // a sandbox with a cache, for the fallback

private slots:
    void init()
    {
        m_fixture = std::make_unique<SyncFixture>(20);
        QVERIFY(m_fixture->startServer());
        QVERIFY(m_fixture->openCache());
    }
    void cleanup() { m_fixture.reset(); }

    void everyPageInOrder();
    void capEndsAServerThatNeverDoes();
    void hookSeesEachPageAndCanStop();
    void missingLookupFallsBackToTheCache();
    void withoutFallbackTheFailureComesBack();
    void offlineAnswersFromTheCacheWithoutAsking();
    void cancelAndAGoneContextDropTheAnswer();
};

void TestLookupLoader::everyPageInOrder()
{
    PagedFixture paged(3);
    QVERIFY(paged.started);
    LookupLoader &loader = paged.loader;

    const auto customers = customersOf(loader);
    QCOMPARE(customers.origin, LookupLoader::Origin::Server);
    QVERIFY(!customers.error.isError());
    QCOMPARE(idsOf(customers.items), (QStringList{u"cust-1-0"_s, u"cust-1-1"_s, u"cust-2-0"_s,
                                                  u"cust-2-1"_s, u"cust-3-0"_s, u"cust-3-1"_s}));
    const auto technicians = await<LookupLoader::Result<Technician>>(
        [&](auto done) { loader.technicians(nullptr, done); });
    QCOMPARE(technicians.origin, LookupLoader::Origin::Server);
    QCOMPARE(technicians.items.size(), 6);
    QCOMPARE(technicians.items.constLast().id, u"tech-3-1"_s);
    QCOMPARE(paged.server.requests(), 6);
}

void TestLookupLoader::capEndsAServerThatNeverDoes()
{
    PagedFixture paged(1000000);
    QVERIFY(paged.started);
    paged.loader.setMaxPages(4);

    const auto customers = customersOf(paged.loader);
    QCOMPARE(customers.origin, LookupLoader::Origin::Server);
    QCOMPARE(customers.items.size(), 8);
    QCOMPARE(paged.server.requests(), 4);
}

void TestLookupLoader::hookSeesEachPageAndCanStop()
{
    PagedFixture paged(5);
    QVERIFY(paged.started);
    LookupLoader &loader = paged.loader;
    const PagedLookups &server = paged.server;

    // Each page passes the hook before the next is asked (sync writes it to the cache there).
    QList<QStringList> seen;
    const auto all = customersOf(loader, [&](const QList<Customer> &page, auto next) {
        seen.append(idsOf(page));
        QCOMPARE(server.requests(), int(seen.size())); // the next page is not asked yet
        next(true);
    });
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen.at(1), (QStringList{u"cust-2-0"_s, u"cust-2-1"_s}));
    QCOMPARE(all.items.size(), 10);

    // A hook that stops ends the load there, without an answer.
    bool answered = false;
    int pages = 0;
    auto stopped = std::make_shared<bool>(false);
    loader.customers(
        nullptr, [&](LookupLoader::Result<Customer>) { answered = true; },
        [&, stopped](const QList<Customer> &, auto next) {
            if (++pages == 2)
                *stopped = true;
            next(pages < 2);
        });
    QTRY_VERIFY_WITH_TIMEOUT(*stopped, kWaitMs);
    // A complete load afterwards: had the stopped one gone on, its pages would come first.
    const int before = server.requests();
    QCOMPARE(customersOf(loader).items.size(), 10);
    QCOMPARE(server.requests(), before + 5);
    QVERIFY(!answered);
    QCOMPARE(pages, 2);
}

void TestLookupLoader::missingLookupFallsBackToTheCache()
{
    SyncFixture &fixture = *m_fixture;
    const QList<Customer> cached = {named<Customer>(u"cust-a"_s, u"Alpha"_s),
                                    named<Customer>(u"cust-b"_s, u"Beta"_s)};
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                fixture.store().upsertCustomers(cached, nullptr, done);
            }).isOk());
    LookupLoader loader(&fixture.client(), &fixture.store());

    fixture.server()->failNext(1, 404);
    const auto customers = customersOf(loader);
    QCOMPARE(customers.origin, LookupLoader::Origin::Cache);
    QCOMPARE(customers.error.httpStatus(), 404);
    QCOMPARE(idsOf(customers.items), (QStringList{u"cust-a"_s, u"cust-b"_s}));

    // Answered again, the server's whole list is back.
    const auto again = customersOf(loader);
    QCOMPARE(again.origin, LookupLoader::Origin::Server);
    QVERIFY(again.items.size() > 2);
}

void TestLookupLoader::withoutFallbackTheFailureComesBack()
{
    SyncFixture &fixture = *m_fixture;
    LookupLoader loader(&fixture.client(), &fixture.store());
    loader.setCacheFallback(false);

    fixture.server()->failNext(1, 404);
    const auto customers = customersOf(loader);
    QCOMPARE(customers.origin, LookupLoader::Origin::None);
    QCOMPARE(customers.error.httpStatus(), 404);
    QVERIFY(customers.items.isEmpty());

    // Without a cache at all the fallback has nothing to offer either.
    LookupLoader bare(&fixture.client(), nullptr);
    fixture.server()->failNext(1, 404);
    QCOMPARE(customersOf(bare).origin, LookupLoader::Origin::None);
}

void TestLookupLoader::offlineAnswersFromTheCacheWithoutAsking()
{
    SyncFixture &fixture = *m_fixture;
    const QList<Technician> cached = {named<Technician>(u"tech-a"_s, u"Ada"_s)};
    QVERIFY(await<CacheResult<CacheDone>>([&](auto done) {
                fixture.store().upsertTechnicians(cached, nullptr, done);
            }).isOk());
    ConnectivityMonitor monitor(&fixture.client());
    monitor.setForcedOffline(true);
    LookupLoader loader(&fixture.client(), &fixture.store());
    loader.setMonitor(&monitor);

    const int before = fixture.server()->requestCount();
    const auto technicians = await<LookupLoader::Result<Technician>>(
        [&](auto done) { loader.technicians(nullptr, done); });
    QCOMPARE(technicians.origin, LookupLoader::Origin::Cache);
    QCOMPARE(idsOf(technicians.items), QStringList{u"tech-a"_s});
    QCOMPARE(fixture.server()->requestCount(), before);
}

void TestLookupLoader::cancelAndAGoneContextDropTheAnswer()
{
    SyncFixture &fixture = *m_fixture;
    fixture.client().setMaxConcurrentRequests(1); // answers come in the order asked
    LookupLoader loader(&fixture.client(), nullptr);

    bool cancelledAnswered = false;
    loader.customers(nullptr, [&](LookupLoader::Result<Customer>) { cancelledAnswered = true; });
    loader.cancel();
    bool goneAnswered = false;
    {
        QObject context;
        loader.customers(&context, [&](LookupLoader::Result<Customer>) { goneAnswered = true; });
    }
    // One request at a time: once a later load is answered, the earlier ones had their chance.
    QCOMPARE(customersOf(loader).origin, LookupLoader::Origin::Server);
    QVERIFY(!cancelledAnswered);
    QVERIFY(!goneAnswered);
}

QTEST_GUILESS_MAIN(TestLookupLoader)
#include "tst_lookuploader.moc"
