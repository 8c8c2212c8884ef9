#include "syncbench.h"

#include "benchreport.h"
#include "benchtext.h"
#include "curlfetch.h"
#include "median.h"
#include "sandboxprocess.h"
#include "steploop.h"
#include "syncparts.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::bench {

namespace {

constexpr int kPerPage = 100;

struct SyncTiming
{
    bool ok = false;
    double ms = 0;
    double detailMs = 0; // from the detail phase's start to the end, when details were fetched
    QString error;
    SyncResult result;
};

// One sync into a brand-new cache file: the client and store are made and the cache opened
// before the clock starts; the clock stops when SyncEngine says finished (every page written,
// the unseen-order sweep and the lookups done; with `withDetails`, every detail written too).
SyncTiming timeOneSync(const SandboxProcess &sandbox, bool withDetails = false)
{
    SyncTiming timing;
    QTemporaryDir dir;
    ApiClient client;
    if (const auto error = client.setBaseUrl(sandbox.baseUrl())) {
        timing.error = error->userMessage();
        return timing;
    }
    client.setApiKey(sandbox.key());
    CacheStore store(dir.path());

    StepLoop opening;
    CacheOpenReport opened;
    store.openFile(dir.filePath(u"cache.sqlite"_s), sandbox.baseUrl(), nullptr,
                   [&](CacheOpenReport report) {
                       opened = report;
                       opening.finish();
                   });
    if (!opening.run(30s) || !opened.isUsable()) {
        timing.error = tr("the cache did not open: %1").arg(opened.message);
        return timing;
    }

    SyncEngine engine(&client, &store);
    // The list phase, as curl fetches the same pages (issue 13: `--lists-only` once details
    // are synced too); the detail phase is a figure of its own against curl's GETs.
    engine.setFetchDetails(withDetails);
    // Every order's detail at any scale (the automatic scope takes a window of days from
    // 20,000 orders on), as curl fetches every one.
    engine.setDetailScope(DetailScope{DetailScope::Mode::All});
    StepLoop syncing;
    QElapsedTimer timer;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const SyncResult &result) {
        timing.ms = double(timer.nsecsElapsed()) / 1e6;
        // From the moment the lists were done (the query of the ids wanted included).
        if (result.detailsStartedAt.isValid())
            timing.detailMs = double(result.detailsStartedAt.msecsTo(result.finishedAt));
        timing.result = result;
        syncing.finish();
    });
    timer.start();
    engine.start();
    // 180 s for 10,000 orders with their details, more for more.
    const std::chrono::seconds limit(std::max(180, sandbox.orders() / 50));
    if (!syncing.run(limit)) {
        timing.error = tr("the sync did not finish within %1 s").arg(limit.count());
        return timing;
    }
    timing.ok = timing.result.isCompleted() && timing.result.ordersWritten == sandbox.orders() &&
                (!withDetails || (timing.result.detailsFetched == sandbox.orders() &&
                                  timing.result.detailsStartedAt.isValid()));
    if (!timing.ok)
        timing.error = tr("the sync did not complete: %1").arg(timing.result.message());
    return timing;
}

QString runsText(const QList<double> &values)
{
    QStringList parts;
    for (double value : values)
        parts << QString::number(value, 'f', 0);
    return parts.join(u", "_s);
}

/// The runs of a sync figure and of curl's baseline, and the first failure.
struct Alternated
{
    QList<double> syncMs;
    QList<double> curlMs;
    SyncResult lastSync;
    CurlTiming lastCurl;
    QString failure;
};

/// `runs` pairs of a sync (its `timed` part) and curl's baseline, alternating, so that a
/// change in the machine's load touches both sides alike; stops at the first failure.
Alternated alternate(int runs, const std::function<SyncTiming()> &sync, double SyncTiming::*timed,
                     const std::function<CurlTiming()> &curl)
{
    Alternated result;
    for (int run = 0; run < runs; ++run) {
        const SyncTiming synced = sync();
        if (!synced.ok) {
            result.failure = synced.error;
            break;
        }
        result.syncMs.append(synced.*timed);
        result.lastSync = synced.result;
        const CurlTiming fetched = curl();
        if (!fetched.ok) {
            result.failure = fetched.error;
            break;
        }
        result.curlMs.append(fetched.ms);
        result.lastCurl = fetched;
    }
    return result;
}

/// A figure of the sync against curl, at most 1.0.
Figure ratioFigure(const QString &key, const QString &title)
{
    Figure figure;
    figure.key = key;
    figure.title = title;
    figure.unit = u"x"_s;
    figure.goal = 1.0;
    figure.comparison = Figure::Goal::AtMost;
    return figure;
}

} // namespace

void runSyncBench(SandboxProcess &sandbox, int runs, BenchReport &report)
{
    const int pages = (sandbox.orders() + kPerPage - 1) / kPerPage;
    const Alternated runsDone = alternate(
        runs, [&] { return timeOneSync(sandbox); }, &SyncTiming::ms,
        [&] { return fetchPagesWithCurl(sandbox.baseUrl(), sandbox.key(), pages, kPerPage); });
    const QList<double> &syncMs = runsDone.syncMs;
    const QList<double> &curlMs = runsDone.curlMs;
    const SyncResult &last = runsDone.lastSync;
    const CurlTiming &lastCurl = runsDone.lastCurl;

    Figure figure =
        ratioFigure(u"sync_vs_curl_ratio"_s,
                    tr("Full sync of %L1 orders ÷ one keep-alive curl").arg(sandbox.orders()));
    if (!runsDone.failure.isEmpty()) {
        figure.detail = tr("not measured: %1").arg(runsDone.failure);
        report.add(figure);
        return;
    }
    const double sync = median(syncMs);
    const double curl = median(curlMs);
    figure.value = sync / curl;
    figure.detail =
        tr("SyncEngine into a fresh cache: median %1 ms (runs %2 ms); %3 pages, %L4 orders, "
           "%5 customers, %6 technicians written\n"
           "curl, %7 URLs of %8 on one connection: median %9 ms (runs %10 ms); per page "
           "%13 ms to the first byte, then %14 ms to the last\n"
           "sandbox: separate fentu-sandbox process on loopback, %L11 orders seeded in %12 ms")
            .arg(sync, 0, 'f', 0)
            .arg(runsText(syncMs))
            .arg(last.pagesFetched)
            .arg(last.ordersWritten)
            .arg(last.customers)
            .arg(last.technicians)
            .arg(pages)
            .arg(kPerPage)
            .arg(curl, 0, 'f', 0)
            .arg(runsText(curlMs))
            .arg(sandbox.orders())
            .arg(sandbox.startMs(), 0, 'f', 0)
            .arg(lastCurl.meanFirstByteMs, 0, 'f', 1)
            .arg(lastCurl.meanBodyMs, 0, 'f', 1);
    // On loopback a body arrives in well under a millisecond once its first byte has; tens of
    // milliseconds mean the server's small writes wait for delayed ACKs (Nagle's algorithm).
    // One connection suffers it on every page, parallel ones hide it: the ratio then says
    // nothing about the client.
    if (lastCurl.meanBodyMs > 10) {
        figure.caveat = tr("the server held back the rest of each answer for %1 ms after its "
                           "first byte on a reused connection (Nagle's algorithm meeting "
                           "delayed ACKs; TCP_NODELAY on the sandbox's sockets fixes it). curl "
                           "waits on it for every page, the sync's parallel requests hide it.")
                            .arg(lastCurl.meanBodyMs, 0, 'f', 0);
    }
    const SyncParts parts = SyncParts::measure(sandbox, pages, kPerPage);
    if (parts.ok) {
        figure.detail += tr("\nwhere the sync's time goes, each part alone over the same pages: "
                            "decoding %1 pages %2 ms (decode thread), writing their %L3 orders to "
                            "a fresh cache %4 ms (cache thread)")
                             .arg(pages)
                             .arg(parts.decodeMs, 0, 'f', 0)
                             .arg(last.ordersWritten)
                             .arg(parts.cacheWriteMs, 0, 'f', 0);
        if (figure.caveat.isEmpty())
            figure.detail += tr(", the transport itself about curl's %1 ms").arg(curl, 0, 'f', 0);
    } else {
        figure.detail += tr("\nthe parts of the sync could not be timed: %1").arg(parts.error);
    }
    report.add(figure);
}

namespace {

/// The sandbox's order ids in list order, from the pages as curl fetches them.
QStringList orderIds(const SandboxProcess &sandbox, int pages, QString *error)
{
    QTemporaryDir dir;
    const CurlTiming fetched =
        fetchPagesWithCurl(sandbox.baseUrl(), sandbox.key(), pages, kPerPage, dir.path());
    if (!fetched.ok) {
        *error = fetched.error;
        return {};
    }
    QStringList ids;
    for (int page = 1; page <= pages; ++page) {
        QFile file(dir.filePath(u"page-%1.json"_s.arg(page)));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the page curl saved: %1").arg(file.fileName());
            return {};
        }
        const QJsonArray data = QJsonDocument::fromJson(file.readAll())[u"data"_s].toArray();
        for (const QJsonValue &order : data)
            ids << order[u"id"_s].toString();
    }
    if (ids.size() != sandbox.orders()) {
        *error =
            tr("the pages held %L1 orders, the sandbox %L2").arg(ids.size()).arg(sandbox.orders());
        return {};
    }
    return ids;
}

} // namespace

void runDetailBench(SandboxProcess &sandbox, int runs, BenchReport &report)
{
    Figure figure = ratioFigure(
        u"sync_details_vs_curl_ratio"_s,
        tr("Detail phase of a sync of %L1 orders ÷ one keep-alive curl").arg(sandbox.orders()));
    QString failure;
    const QStringList ids =
        orderIds(sandbox, (sandbox.orders() + kPerPage - 1) / kPerPage, &failure);
    Alternated runsDone;
    if (failure.isEmpty()) {
        runsDone = alternate(
            runs, [&] { return timeOneSync(sandbox, true); }, &SyncTiming::detailMs,
            [&] { return fetchDetailsWithCurl(sandbox.baseUrl(), sandbox.key(), ids); });
        failure = runsDone.failure;
    }
    const QList<double> &detailMs = runsDone.syncMs;
    const QList<double> &curlMs = runsDone.curlMs;
    const SyncResult &last = runsDone.lastSync;
    if (!failure.isEmpty()) {
        figure.detail = tr("not measured: %1").arg(failure);
        report.add(figure);
        return;
    }
    const double details = median(detailMs);
    const double curl = median(curlMs);
    figure.value = details / curl;
    figure.detail =
        tr("the sync's detail phase (after the lists, every order's detail fetched and written "
           "to the cache, %L1 of them): median %2 ms (runs %3 ms)\n"
           "curl, %L4 GETs of /work-orders/{id} on one connection: median %5 ms (runs %6 ms)")
            .arg(last.detailsFetched)
            .arg(details, 0, 'f', 0)
            .arg(runsText(detailMs))
            .arg(ids.size())
            .arg(curl, 0, 'f', 0)
            .arg(runsText(curlMs));
    report.add(figure);
}

} // namespace fentu::bench
