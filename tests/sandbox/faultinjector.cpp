#include "faultinjector.h"

#include "answers.h"

namespace fentu::sandbox {

// A stream of its own, so that turning faults on does not change the seeded demo data.
FaultInjector::FaultInjector(quint32 seed) : m_random(seed ^ 0x5a17f00du) {}

void FaultInjector::setFaults(const Faults &faults)
{
    m_faults = faults;
}

void FaultInjector::failNext(int count, int status, int retryAfterSeconds)
{
    for (int i = 0; i < count; ++i)
        m_scripted.push_back({status, retryAfterSeconds});
}

FaultPlan FaultInjector::next()
{
    FaultPlan plan;
    plan.latencyMs = qMax(0, m_faults.latencyMs);
    plan.firstByteDelayMs = qMax(0, m_faults.slowFirstByteMs);
    plan.retryAfterSeconds = m_faults.retryAfterSeconds;
    if (!m_scripted.empty()) {
        plan.kind = FaultPlan::Kind::Scripted;
        plan.status = m_scripted.front().status;
        plan.retryAfterSeconds = m_scripted.front().retryAfterSeconds;
        m_scripted.pop_front();
        return plan;
    }
    const double shares[] = {m_faults.serverErrorShare, m_faults.rateLimitShare,
                             m_faults.malformedShare, m_faults.truncatedShare};
    const FaultPlan::Kind kinds[] = {FaultPlan::Kind::ServerError, FaultPlan::Kind::RateLimited,
                                     FaultPlan::Kind::Malformed, FaultPlan::Kind::Truncated};
    double total = 0;
    for (double share : shares)
        total += qMax(0.0, share);
    if (total <= 0) // no draw at all: the stream stays put while faults are off
        return plan;
    double roll = m_random.generateDouble();
    for (int i = 0; i < 4; ++i) {
        roll -= qMax(0.0, shares[i]);
        if (roll < 0) {
            plan.kind = kinds[i];
            break;
        }
    }
    return plan;
}

HttpAnswer FaultInjector::replacement(const FaultPlan &plan)
{
    switch (plan.kind) {
    case FaultPlan::Kind::Scripted:
        return answers::forStatus(plan.status, plan.retryAfterSeconds);
    case FaultPlan::Kind::ServerError:
        return answers::proxyErrorPage();
    case FaultPlan::Kind::RateLimited:
        return answers::rateLimited(plan.retryAfterSeconds);
    default:
        return answers::internalError();
    }
}

HttpAnswer FaultInjector::spoil(const FaultPlan &plan, HttpAnswer answer)
{
    if (answer.body.isEmpty())
        return answer;
    if (plan.kind == FaultPlan::Kind::Malformed) {
        // A strict prefix of a JSON object never parses: the closing brace is missing.
        answer.status = 200;
        answer.body = answer.body.left(qMax<qsizetype>(1, answer.body.size() * 3 / 5));
    } else if (plan.kind == FaultPlan::Kind::Truncated) {
        answer.truncateBody = true;
    }
    return answer;
}

} // namespace fentu::sandbox
