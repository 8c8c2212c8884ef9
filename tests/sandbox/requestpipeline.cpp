#include "requestpipeline.h"

#include "apidispatcher.h"
#include "faultinjector.h"

#include <QTimer>

namespace fentu::sandbox {

RequestPipeline::RequestPipeline(ApiDispatcher &api, FaultInjector &faults, QObject *parent)
    : QObject(parent), m_api(api), m_faults(faults)
{}

void RequestPipeline::handle(const HttpRequest &request, ReplySink reply)
{
    ++m_requestCount;
    const FaultPlan plan = m_faults.next(request);
    after(plan.latencyMs, [this, request, reply = std::move(reply), plan]() mutable {
        const HttpAnswer answer = plan.replacesAnswer()
                                      ? FaultInjector::replacement(plan)
                                      : FaultInjector::spoil(plan, m_api.handle(request));
        after(plan.firstByteDelayMs, [reply = std::move(reply), answer]() { reply(answer); });
    });
}

void RequestPipeline::after(int milliseconds, std::function<void()> work)
{
    if (milliseconds <= 0) {
        work();
        return;
    }
    // Parented to this object: if the server goes away first, the timer and the work go too.
    QTimer::singleShot(milliseconds, this, std::move(work));
}

} // namespace fentu::sandbox
