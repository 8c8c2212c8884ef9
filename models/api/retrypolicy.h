#pragma once

#include <chrono>

namespace fentu {

/// How GETs are retried: exponential backoff with full jitter, bounded attempts.
/// POST, PUT and DELETE are never retried.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    std::chrono::milliseconds baseDelay{250};
    std::chrono::milliseconds maxDelay{8000};
    /// The cap on honouring a server's Retry-After; longer waits fail the call instead.
    std::chrono::milliseconds maxRetryAfter{30000};

    /// Delay before retry number `retry` (1-based), from a uniform random `unit` in [0,1).
    std::chrono::milliseconds backoff(int retry, double unit) const;
};

} // namespace fentu
