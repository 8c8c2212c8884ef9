#include "largecache.h"

#include "benchtext.h"
#include "ordergenerator.h"
#include "steploop.h"

#include "cache/cachestore.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::bench {

namespace {

constexpr int kSampleEvery = 997; // a prime: samples spread over customers and dates alike

// Sends one write and waits for its answer (CacheStore reports every failure in it).
template <typename Post> QString waitForWrite(Post post)
{
    StepLoop loop;
    QString failure = tr("the cache did not answer within 120 s");
    post([&](CacheResult<CacheDone> result) {
        failure = result.isOk() ? QString() : result.error().userMessage();
        loop.finish();
    });
    loop.run(120s);
    return failure;
}

} // namespace

LargeCache LargeCache::create(const QString &directory, int orders, int batch)
{
    LargeCache cache;
    cache.directory = directory;
    cache.filePath = directory + u"/large-cache.sqlite"_s;
    cache.baseUrl = QUrl(u"http://127.0.0.1:9/api/v1"_s); // port 9 (discard): refused
    QElapsedTimer timer;
    timer.start();

    CacheStore store(directory);
    {
        StepLoop loop;
        CacheOpenReport opened;
        store.openFile(cache.filePath, cache.baseUrl, nullptr, [&](CacheOpenReport report) {
            opened = report;
            loop.finish();
        });
        if (!loop.run(30s) || !opened.isUsable()) {
            cache.error = tr("the cache did not open: %1").arg(opened.message);
            return cache;
        }
    }

    OrderGenerator generator(kAnchorDay, 42);
    cache.customers = generator.customers();
    cache.technicians = generator.technicians();
    cache.error = waitForWrite(
        [&](auto done) { store.upsertCustomers(cache.customers, nullptr, std::move(done)); });
    if (cache.error.isEmpty()) {
        cache.error = waitForWrite([&](auto done) {
            store.upsertTechnicians(cache.technicians, nullptr, std::move(done));
        });
    }
    // Writes run in order on the cache's thread: generate the next batch while the previous
    // one is written, with at most two batches waiting (bounded memory).
    int pending = 0;
    StepLoop *waiting = nullptr;
    auto waitUntilPendingAtMost = [&](int limit) {
        while (pending > limit) {
            StepLoop loop;
            waiting = &loop;
            const bool answered = loop.run(120s);
            waiting = nullptr;
            if (!answered) {
                if (cache.error.isEmpty())
                    cache.error = tr("the cache did not answer within 120 s");
                return;
            }
        }
    };
    for (int made = 0; made < orders && cache.error.isEmpty(); made += batch) {
        const QList<WorkOrderSummary> chunk = generator.next(std::min(batch, orders - made));
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if ((made + i) % kSampleEvery == 0)
                cache.samples.append(chunk.at(i));
        }
        ++pending;
        store.upsertSummaries(chunk, nullptr, [&](CacheResult<CacheDone> result) {
            if (!result.isOk() && cache.error.isEmpty())
                cache.error = result.error().userMessage();
            --pending;
            if (waiting)
                waiting->finish();
        });
        waitUntilPendingAtMost(1);
    }
    waitUntilPendingAtMost(0);

    StepLoop closing;
    store.close(nullptr, [&](CacheResult<CacheDone>) { closing.finish(); });
    closing.run(30s);
    if (cache.error.isEmpty())
        cache.orders = orders;
    cache.fillMs = double(timer.nsecsElapsed()) / 1e6;
    return cache;
}

} // namespace fentu::bench
