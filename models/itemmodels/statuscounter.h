#pragma once

#include "domain/status.h"
#include "filter/workorderfilter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <optional>

namespace fentu {

class ApiCall;
class WorkOrderPageSource;

/// Counts the work orders of each status under the other fields of a filter (customer,
/// technician, dates), one cheap page per status (per_page=1, meta.total_count), through the
/// same page source as the table, so online the server counts and offline the cache does.
/// Counts are published all at once or not at all: any failed page means "no counts" rather
/// than a mix of old and new; answers for an older filter are dropped by generation.
/// The API has no per-status totals (meta carries one total_count), so the pages are needed;
/// what is saved is asking again when nothing the counts depend on changed (a new status
/// alone), and a burst of count() calls (quick refreshes, typing dates) costs one set.
class StatusCounter : public QObject
{
    Q_OBJECT
public:
    /// `source` is not owned; a null or destroyed source never counts.
    explicit StatusCounter(WorkOrderPageSource *source, QObject *parent = nullptr);
    ~StatusCounter() override;

    /// Starts counting for `filter`; its status is ignored (every status is counted). Its local
    /// part is honoured where it can be: with hideClosed, completed and cancelled count 0.
    /// The counts shown stay until the new ones are all in (a refresh or a new status does not
    /// change them); call clear() first when they no longer apply. The pages leave a moment
    /// later (kSettleMs), once calls stop coming. Skipped when `filter` differs from the last
    /// one only in its status (the counts ignore it); the same filter again (a refresh, another
    /// source) counts again.
    void count(const WorkOrderFilter &filter);
    /// Forgets the counts and drops any counting in flight.
    void clear();

    /// The count for one status, or for all statuses when `status` is nullopt; -1 when unknown.
    int countOf(std::optional<Status> status) const;
    bool hasCounts() const { return m_counts[0] >= 0; }
    /// True while pages are in flight or about to be asked for.
    bool isCounting() const { return m_waiting > 0 || m_settle.isActive(); }

    /// How long count() waits for the calls to stop before asking.
    static constexpr int kSettleMs = 150;

signals:
    /// Counts appeared or were forgotten.
    void countsChanged();

private:
    static constexpr int kSlots = int(kAllStatuses.size()) + 1; // [0] = all statuses
    using Counts = std::array<int, kSlots>;

    void restart();
    void start();
    void cancelCalls();
    void onAnswer(quint64 generation, int slot, int totalCount, bool ok);
    void publish();

    QPointer<WorkOrderPageSource> m_source;
    QTimer m_settle;
    WorkOrderFilter m_pending;                  // the filter the settle timer will count
    std::optional<WorkOrderFilter> m_lastAsked; // the last filter given to count()
    quint64 m_generation = 0;
    QList<QPointer<ApiCall>> m_calls;
    Counts m_counts;
    Counts m_incoming;
    int m_waiting = 0;
    bool m_hideClosed = false;
};

} // namespace fentu
