#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fentu {

/// How a full sync ended, with its counts: what the progress dialog, the status bar and
/// `fentu-cli sync` report.
struct SyncResult
{
    Q_DECLARE_TR_FUNCTIONS(fentu::SyncResult)
public:
    enum class Outcome
    {
        Completed,
        Cancelled,
        Failed
    };

    Outcome outcome = Outcome::Failed;
    int ordersWritten = 0; // distinct orders fetched and written into the cache
    int pagesFetched = 0;
    int removed = 0; // orders gone from the server, removed from the cache
    /// The server's list changed while it was paged (or fewer orders came than it counted),
    /// so some order may have been missed: nothing was removed this time.
    bool removalSkipped = false;
    int customers = 0;
    int technicians = 0;
    bool lookupsAvailable = true; // false when the server lacks a lookup call (404)
    ApiError apiError;            // Kind::None unless the server or the network failed it
    /// Set when the server's paging cannot be trusted (it sends the same orders again as if
    /// it ignored the page asked for): why the sync stopped, in words for a person.
    QString pagingFault;
    CacheError cacheError; // Kind::None unless the cache failed it
    /// The detail phase (see DetailFetch): details fetched and written, of those wanted.
    int detailsFetched = 0;
    int detailsWanted = 0;
    int detailsFailed = 0;       // refused or unreadable: skipped, asked for again next time
    bool detailsSkipped = false; // --lists-only, or the lists did not complete
    /// The lists were synced whole, and the detail phase stopped (cancel or failure).
    bool listsCompleted = false;
    /// When the detail phase began (the lists written and the unseen orders swept): the
    /// phase ran from here to finishedAt. Invalid when there was none.
    QDateTime detailsStartedAt; // UTC
    QDateTime finishedAt;       // UTC
    qint64 rateLimitWaitMs = 0; // how long it paused because the server asked it to
    /// Set when it stopped because the server asked for more waiting than the sync's limit
    /// allows (SyncRun::Settings::maxRateLimitWait): that limit.
    qint64 rateLimitGaveUpAfterMs = 0;

    bool isCompleted() const { return outcome == Outcome::Completed; }
    /// One line for a person: "Synced 10,000 orders; 3 removed." or why it stopped.
    QString message() const;
};

} // namespace fentu
