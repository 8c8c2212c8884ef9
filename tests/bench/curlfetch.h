#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace fentu::bench {

/// What one curl process fetching every page took.
struct CurlTiming
{
    bool ok = false;
    double ms = 0;    // from starting the process to its exit
    int answered = 0; // transfers that answered 200
    // Per page, as curl timed it: request to first byte, and first byte to last. A long body
    // time on loopback means the server holds back part of each answer.
    double meanFirstByteMs = 0;
    double meanBodyMs = 0;
    QString error;
};

/// The baseline of the sync benchmark: ONE curl process fetching pages 1..`pages` of
/// `perPage` orders over one keep-alive connection. Bodies are discarded, or kept as
/// `saveTo`/page-N.json when `saveTo` is given. The key goes to curl on its stdin, with the
/// URLs, never on its command line, and is never printed.
CurlTiming fetchPagesWithCurl(const QUrl &baseUrl, const QString &key, int pages, int perPage,
                              const QString &saveTo = {});

/// The baseline of the detail phase: ONE curl process fetching `GET /work-orders/{id}` for
/// each of `ids`, in order, over one keep-alive connection; bodies discarded. The URLs go in
/// through curl's config on stdin (10,000 of them would not fit on a command line).
CurlTiming fetchDetailsWithCurl(const QUrl &baseUrl, const QString &key, const QStringList &ids);

} // namespace fentu::bench
