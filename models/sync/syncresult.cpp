#include "sync/syncresult.h"

namespace fentu {

QString SyncResult::message() const
{
    switch (outcome) {
    case Outcome::Completed: {
        QString text = tr("Synced %n order(s).", nullptr, ordersWritten);
        if (!detailsSkipped) {
            text += u' ' + (detailsWanted > 0
                                ? tr("Fetched %n order detail(s) for offline use.", nullptr,
                                     detailsFetched)
                                : tr("Every order's details were already up to date."));
            if (detailsFailed > 0)
                text += u' ' + tr("The server could not give %n order detail(s); the next sync "
                                  "asks again.",
                                  nullptr, detailsFailed);
        }
        if (removed > 0)
            text += u' ' + tr("%n order(s) deleted on the server were removed.", nullptr, removed);
        if (removalSkipped)
            text += u' ' + tr("The server's list changed during the sync, so no order was removed; "
                              "sync again to remove deleted orders.");
        if (rateLimitWaitMs > 0)
            text += u' ' + tr("The server asked to slow down; the sync waited %n second(s).",
                              nullptr, int((rateLimitWaitMs + 999) / 1000));
        if (!lookupsAvailable)
            text += u' ' + tr("This server has no customer or technician list; names are "
                              "taken from the orders.");
        return text;
    }
    case Outcome::Cancelled:
        if (listsCompleted) {
            return tr("Sync cancelled while fetching details: %1 of %2 fetched. The next sync "
                      "fetches the rest.")
                .arg(detailsFetched)
                .arg(detailsWanted);
        }
        return tr("Sync cancelled after %n order(s). The cached orders are still available.",
                  nullptr, ordersWritten);
    case Outcome::Failed:
        break;
    }
    if (!pagingFault.isEmpty())
        return tr("Sync stopped: %1 Nothing was removed from the cached orders.").arg(pagingFault);
    if (rateLimitGaveUpAfterMs > 0 && !listsCompleted) {
        return tr("Sync stopped: the server kept asking to slow down (rate limiting), longer "
                  "than the %n minute(s) a sync waits for it (Settings ▸ Offline, or fentu-cli "
                  "sync --max-wait). The cached orders are still available; try again later.",
                  nullptr, int((rateLimitGaveUpAfterMs + 59999) / 60000));
    }
    const QString why = cacheError.isError() ? cacheError.userMessage() : apiError.userMessage();
    if (listsCompleted) {
        return tr("The orders were synced, but fetching their details stopped after %1 of %2: "
                  "%3 The next sync fetches the rest.")
            .arg(detailsFetched)
            .arg(detailsWanted)
            .arg(why);
    }
    return tr("Sync failed: %1 The cached orders are still available.").arg(why);
}

} // namespace fentu
