#include "curlfetch.h"

#include "benchtext.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

/// One curl process fetching every URL of `config` (curl's config syntax: url and output
/// pairs) over one keep-alive connection.
CurlTiming runCurl(const QString &key, const QByteArray &urlConfig, int urls)
{
    const QStringList arguments{
        u"--silent"_s,    u"--show-error"_s,
        u"--write-out"_s, u"%{http_code} %{time_starttransfer} %{time_total}\\n"_s,
        u"--config"_s,    u"-"_s};
    // The key goes in on stdin too, off the command line other processes can read.
    const QByteArray config =
        "header = \"Authorization: Bearer " + key.toUtf8() + "\"\n" + urlConfig;
    CurlTiming timing;
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, arguments);
    curl.write(config);
    curl.closeWriteChannel();
    if (!curl.waitForFinished(300000)) {
        timing.error = tr("curl did not finish: %1").arg(curl.errorString());
        curl.kill();
        curl.waitForFinished(5000);
        return timing;
    }
    timing.ms = double(timer.nsecsElapsed()) / 1e6;
    // curl's times are cumulative per transfer: start to first byte, start to end.
    const QList<QByteArray> lines = curl.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 3 || fields.at(0) != "200")
            continue;
        ++timing.answered;
        const double firstByte = fields.at(1).toDouble() * 1000;
        timing.meanFirstByteMs += firstByte;
        timing.meanBodyMs += fields.at(2).toDouble() * 1000 - firstByte;
    }
    if (timing.answered > 0) {
        timing.meanFirstByteMs /= timing.answered;
        timing.meanBodyMs /= timing.answered;
    }
    timing.ok = curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0 &&
                timing.answered == urls;
    if (!timing.ok) {
        timing.error = tr("curl exited with %1 after %2 of %3 requests answered 200: %4")
                           .arg(curl.exitCode())
                           .arg(timing.answered)
                           .arg(urls)
                           .arg(QString::fromUtf8(curl.readAllStandardError()).trimmed());
    }
    return timing;
}

QByteArray configLine(const QUrl &url, const QString &output)
{
    // Neither holds a quote or a backslash: a percent-encoded URL, a plain path.
    return "url = \"" + url.toEncoded() + "\"\noutput = \"" + output.toUtf8() + "\"\n";
}

} // namespace

CurlTiming fetchPagesWithCurl(const QUrl &baseUrl, const QString &key, int pages, int perPage,
                              const QString &saveTo)
{
    QByteArray config;
    for (int page = 1; page <= pages; ++page) {
        QUrl url = baseUrl;
        url.setPath(url.path() + u"/work-orders"_s);
        url.setQuery(u"page=%1&per_page=%2"_s.arg(page).arg(perPage));
        config += configLine(url, saveTo.isEmpty() ? u"/dev/null"_s
                                                   : saveTo + u"/page-%1.json"_s.arg(page));
    }
    return runCurl(key, config, pages);
}

CurlTiming fetchDetailsWithCurl(const QUrl &baseUrl, const QString &key, const QStringList &ids)
{
    QByteArray config;
    for (const QString &id : ids) {
        QUrl url = baseUrl;
        url.setPath(url.path() + u"/work-orders/"_s + id);
        config += configLine(url, u"/dev/null"_s);
    }
    return runCurl(key, config, int(ids.size()));
}

} // namespace fentu::bench
