#pragma once

#include "faults.h"
#include "httpexchange.h"

#include <QRandomGenerator>

#include <deque>

namespace fentu::sandbox {

/// What the fault injection does to one request.
struct FaultPlan
{
    enum class Kind
    {
        None,
        Scripted,    // failNext(): the given status with the documented error body
        ServerError, // 500 with an HTML page
        RateLimited, // 429 with Retry-After
        Malformed,   // 200 with a body that is not JSON
        Truncated,   // Content-Length promised, half the body sent, connection closed
        LostAnswer,  // a write handled, then the connection closed before any answer byte
    };
    Kind kind = Kind::None;
    int status = 0;
    int retryAfterSeconds = 1;
    int latencyMs = 0;
    int firstByteDelayMs = 0;

    /// True when the request never reaches the API (the answer replaces it).
    bool replacesAnswer() const
    {
        return kind == Kind::Scripted || kind == Kind::ServerError || kind == Kind::RateLimited;
    }
};

/// Decides, request by request, which fault to inject: first the failures scripted with
/// failNext(), then (for writes) the answers scripted to be lost with loseNextWriteAnswers(),
/// then the random shares of Faults.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void setFaults(const Faults &faults);
    const Faults &faults() const { return m_faults; }
    /// The next `count` requests answer `status` (after any already scripted).
    void failNext(int count, int status, int retryAfterSeconds);
    /// The answers to the next `count` writes are lost (after any already scripted); reads
    /// pass by without using them up.
    void loseNextWriteAnswers(int count);

    /// The plan for `request`; consumes a scripted failure, a scripted lost answer (writes
    /// only) or one random draw.
    FaultPlan next(const HttpRequest &request);
    /// The answer for a plan that replacesAnswer().
    static HttpAnswer replacement(const FaultPlan &plan);
    /// Spoils a real answer for Malformed and Truncated plans (answers without a body pass)
    /// and drops it for LostAnswer plans.
    static HttpAnswer spoil(const FaultPlan &plan, HttpAnswer answer);

private:
    struct Scripted
    {
        int status;
        int retryAfterSeconds;
    };

    Faults m_faults;
    QRandomGenerator m_random;
    std::deque<Scripted> m_scripted;
    int m_lostWriteAnswers = 0;
};

} // namespace fentu::sandbox
