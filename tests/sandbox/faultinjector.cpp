#include "faultinjector.h"

#include "answers.h"

#include <iterator>

namespace fentu::sandbox {

namespace {

// By method rather than by route: a lost answer is the network's doing, and the network does
// not know which paths change data. (PATCH is a 405 here, and its answer may be lost too.)
bool isWrite(const HttpRequest &request)
{
    return request.method == "POST" || request.method == "PUT" || request.method == "PATCH" ||
           request.method == "DELETE";
}

} // namespace

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

void FaultInjector::loseNextWriteAnswers(int count)
{
    m_lostWriteAnswers += qMax(0, count);
}

FaultPlan FaultInjector::next(const HttpRequest &request)
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
    const bool write = isWrite(request);
    if (write && m_lostWriteAnswers > 0) {
        plan.kind = FaultPlan::Kind::LostAnswer;
        --m_lostWriteAnswers;
        return plan;
    }
    const double shares[] = {m_faults.serverErrorShare, m_faults.rateLimitShare,
                             m_faults.malformedShare, m_faults.truncatedShare,
                             m_faults.lostAnswerShare};
    // A read drawing the lost-answer share gets no fault: its answer is never lost.
    const FaultPlan::Kind kinds[] = {FaultPlan::Kind::ServerError, FaultPlan::Kind::RateLimited,
                                     FaultPlan::Kind::Malformed, FaultPlan::Kind::Truncated,
                                     write ? FaultPlan::Kind::LostAnswer : FaultPlan::Kind::None};
    double total = 0;
    for (double share : shares)
        total += qMax(0.0, share);
    if (total <= 0) // no draw at all: the stream stays put while faults are off
        return plan;
    // Reads draw too, even when only writes can be hit: the n-th drawing request always gets
    // the n-th draw, whatever the methods of those before it.
    double roll = m_random.generateDouble();
    for (int i = 0; i < int(std::size(shares)); ++i) {
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
    if (plan.kind == FaultPlan::Kind::LostAnswer) {
        // Also a 204 (a DELETE): the client learns nothing, whatever the answer would have said.
        answer.dropAnswer = true;
        return answer;
    }
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
