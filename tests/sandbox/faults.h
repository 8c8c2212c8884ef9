#pragma once

namespace fentu::sandbox {

/// Fault injection, off by default. Shares are probabilities in [0,1], drawn per request
/// from the server's own seeded generator so a test run is repeatable. One draw decides
/// among the five shares (server error, rate limit, malformed, truncated, lost answer), so
/// they exclude each other and should add up to at most 1.
struct Faults
{
    int latencyMs = 0;           // added to every answer; the request is handled after it
    double serverErrorShare = 0; // answer 500 with an HTML body (a proxy's error page)
    double rateLimitShare = 0;   // answer 429 with Retry-After
    int retryAfterSeconds = 1;
    // The next two handle the request first, then spoil its answer; an answer without a
    // body (204) passes unspoiled.
    double malformedShare = 0; // answer 200 with broken JSON
    double truncatedShare = 0; // announce a Content-Length, send half, close
    // Writes only (POST, PUT, PATCH, DELETE): handle the request as usual (a valid change is
    // committed), then close the connection before the first byte of the answer, 204 or not.
    // The client cannot tell whether its change happened. A read drawing this share is
    // answered normally, so reads meet the other faults at their own shares.
    double lostAnswerShare = 0;
    int slowFirstByteMs = 0; // handle at once, then wait this long before the status line
};

} // namespace fentu::sandbox
