#pragma once

#include "api/apierror.h"
#include "cache/cacheerror.h"

namespace fentu {

/// What one outbox replay pass did, for the status bar and tests.
struct ReplayReport
{
    int sent = 0;           // entries the server accepted
    int needsAttention = 0; // entries the server refused during this pass (kept for the user)
    int conflicts = 0;      // entries now waiting for the user's choice
    /// Why the pass stopped early with entries still pending (unreachable server, 5xx, 401,
    /// 429...); Kind::None when it went through every entry it could send.
    ApiError stoppedBy;
    CacheError cacheError;
    bool stoppedEarly() const { return stoppedBy.isError() || cacheError.isError(); }
};

} // namespace fentu
