#pragma once

#include <QString>

namespace fentu::bench {

class SandboxProcess;

/// Where a full sync's time goes, each part timed alone over the same pages: decoding the
/// page bodies (the GUI thread's share) and writing their orders into a fresh cache (the
/// cache thread's share). Feedback for the sync figure, not a figure itself.
struct SyncParts
{
    bool ok = false;
    double decodeMs = 0;     // parse + decode of every page body, as ApiClient does
    double cacheWriteMs = 0; // upsertSummaries of every page, one after another
    QString error;

    /// Fetches the pages once with curl (not timed), then times the two parts.
    static SyncParts measure(const SandboxProcess &sandbox, int pages, int perPage);
};

} // namespace fentu::bench
