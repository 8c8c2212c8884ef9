#include "syncparts.h"

#include "benchtext.h"
#include "curlfetch.h"
#include "sandboxprocess.h"
#include "steploop.h"

#include "api/receivedorderpage.h"
#include "cache/cachestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace fentu::bench {

namespace {

QString writeAll(const QString &directory, const QUrl &baseUrl,
                 const QList<QList<WorkOrderSummary>> &pages,
                 const QList<QList<QByteArray>> &pageJson, double *ms)
{
    CacheStore store(directory);
    StepLoop opening;
    QString failure;
    store.openFile(directory + u"/cache.sqlite"_s, baseUrl, nullptr, [&](CacheOpenReport report) {
        if (!report.isUsable())
            failure = report.message;
        opening.finish();
    });
    if (!opening.run(30s) || !failure.isEmpty())
        return tr("the cache did not open: %1").arg(failure);

    // All pages queued at once: the cache thread writes them back to back, as fast as it can.
    StepLoop writing;
    int pending = int(pages.size());
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        store.upsertSummaries(pages.at(i), pageJson.at(i), nullptr,
                              [&](CacheResult<CacheDone> result) {
                                  if (!result.isOk() && failure.isEmpty())
                                      failure = result.error().userMessage();
                                  if (--pending == 0) {
                                      *ms = double(timer.nsecsElapsed()) / 1e6;
                                      writing.finish();
                                  }
                              });
    }
    if (!writing.run(120s))
        return tr("the cache writes did not finish within 120 s");
    return failure;
}

} // namespace

SyncParts SyncParts::measure(const SandboxProcess &sandbox, int pages, int perPage)
{
    SyncParts parts;
    QTemporaryDir dir;
    const CurlTiming fetched =
        fetchPagesWithCurl(sandbox.baseUrl(), sandbox.key(), pages, perPage, dir.path());
    if (!fetched.ok) {
        parts.error = fetched.error;
        return parts;
    }
    QList<QByteArray> bodies;
    for (int page = 1; page <= pages; ++page) {
        QFile file(dir.filePath(u"page-%1.json"_s.arg(page)));
        if (!file.open(QIODevice::ReadOnly)) {
            parts.error = tr("cannot read the page curl saved: %1").arg(file.fileName());
            return parts;
        }
        bodies.append(file.readAll());
    }

    QList<QList<WorkOrderSummary>> decoded;
    QList<QList<QByteArray>> decodedJson;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : std::as_const(bodies)) {
        // As ApiClient::listWorkOrdersAsReceived does for the sync: the orders, and their
        // bytes as they came for the cache.
        Decoded<ReceivedOrderPage> page = decodeReceivedOrderPage(body);
        if (!page) {
            parts.error = tr("a page did not decode: %1").arg(page.error());
            return parts;
        }
        decoded.append(page.value().page.items);
        decodedJson.append(page.value().itemJson);
    }
    parts.decodeMs = double(timer.nsecsElapsed()) / 1e6;

    parts.error =
        writeAll(dir.path(), sandbox.baseUrl(), decoded, decodedJson, &parts.cacheWriteMs);
    parts.ok = parts.error.isEmpty();
    return parts;
}

} // namespace fentu::bench
