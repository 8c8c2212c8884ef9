#pragma once

#include "sync/syncresult.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace fentu::cli {

/// The lines `fentu-cli sync` prints: the progress ("Syncing… 3,400 / 10,000 orders") and the
/// summary of a completed sync (orders written, removed, lookups, time taken).
class SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::SyncSummary)
public:
    static QString progress(int done, int total, const QLocale &locale);
    /// The detail phase: "Fetching details… 120 / 400".
    static QString detailProgress(int done, int total, const QLocale &locale);
    static QString completed(const SyncResult &result, qint64 elapsedMs, const QLocale &locale);
    /// The locale for counts: the user's, or English digit grouping under the C locale.
    static QLocale numberLocale();
};

} // namespace fentu::cli
