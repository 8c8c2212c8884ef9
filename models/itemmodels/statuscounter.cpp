#include "itemmodels/statuscounter.h"

#include "api/apicall.h"
#include "itemmodels/itemmodelslogging.h"
#include "pages/workorderpagesource.h"

#include <utility>

namespace fentu {

namespace {

int slotOf(Status status)
{
    for (int i = 0; i < int(kAllStatuses.size()); ++i) {
        if (kAllStatuses[size_t(i)] == status)
            return i + 1;
    }
    return -1;
}

bool isClosed(Status status)
{
    return status == Status::Completed || status == Status::Cancelled;
}

// Every status is counted whatever the filter's own, so a change of status alone changes
// nothing counted.
bool differsOnlyInStatus(WorkOrderFilter a, WorkOrderFilter b)
{
    if (a.status == b.status)
        return false;
    a.status.reset();
    b.status.reset();
    return a == b;
}

} // namespace

StatusCounter::StatusCounter(WorkOrderPageSource *source, QObject *parent)
    : QObject(parent), m_source(source)
{
    m_counts.fill(-1);
    m_incoming.fill(-1);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &StatusCounter::start);
}

StatusCounter::~StatusCounter()
{
    ++m_generation; // cancelled calls still answer; nothing may reach this object then
    cancelCalls();
}

void StatusCounter::count(const WorkOrderFilter &filter)
{
    const bool statusOnly = m_lastAsked && differsOnlyInStatus(*m_lastAsked, filter);
    m_lastAsked = filter;
    if (statusOnly && (hasCounts() || isCounting()))
        return; // the counts shown, or those on their way, are the right ones
    restart();
    if (!m_source)
        return;
    m_pending = filter;
    m_settle.start();
}

void StatusCounter::start()
{
    if (!m_source)
        return;
    const WorkOrderFilter filter = m_pending;
    const quint64 generation = m_generation;
    m_hideClosed = filter.hideClosed;
    m_waiting = kSlots;
    for (int slot = 0; slot < kSlots; ++slot) {
        WorkOrderFilter one = filter;
        one.status = slot == 0 ? std::nullopt : std::optional(kAllStatuses[size_t(slot - 1)]);
        ApiCall *call = m_source->fetchPage(
            one.toQuery(1, 1), this,
            [this, generation, slot](ApiResult<Page<WorkOrderSummary>> result) {
                onAnswer(generation, slot, result ? result.value().meta.totalCount : -1,
                         result.isOk());
            });
        // A source may answer synchronously; a newer count() may even have started since.
        if (generation != m_generation)
            return;
        if (call)
            m_calls.append(call);
    }
}

void StatusCounter::restart()
{
    m_settle.stop();
    ++m_generation;
    cancelCalls();
    m_waiting = 0;
    m_incoming.fill(-1);
}

void StatusCounter::clear()
{
    restart();
    if (hasCounts()) {
        m_counts.fill(-1);
        emit countsChanged();
    }
}

int StatusCounter::countOf(std::optional<Status> status) const
{
    if (!status)
        return m_counts[0];
    const int slot = slotOf(*status);
    return slot < 0 ? -1 : m_counts[size_t(slot)];
}

void StatusCounter::cancelCalls()
{
    // Their Cancelled answers carry an old generation and are dropped in onAnswer().
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void StatusCounter::onAnswer(quint64 generation, int slot, int totalCount, bool ok)
{
    if (generation != m_generation)
        return;
    if (!ok || totalCount < 0) {
        // One unanswerable status makes the whole set untrustworthy: show none.
        qCDebug(lcItemModels) << "status count failed; counts hidden";
        clear();
        return;
    }
    m_incoming[size_t(slot)] = totalCount;
    if (--m_waiting == 0)
        publish();
}

void StatusCounter::publish()
{
    m_calls.clear();
    Counts counts = m_incoming;
    if (m_hideClosed) {
        // The table hides closed orders locally; count what the user will actually see.
        for (Status status : kAllStatuses) {
            if (!isClosed(status))
                continue;
            const size_t slot = size_t(slotOf(status));
            counts[0] = qMax(0, counts[0] - counts[slot]);
            counts[slot] = 0;
        }
    }
    m_counts = counts;
    emit countsChanged();
}

} // namespace fentu
