#pragma once

#include "api/apicall.h"
#include "itemmodels/workorderpagesource.h"

#include <QPointer>

namespace fentu {

/// One page read from the cache, as an ApiCall so the table model treats it like a request.
/// Deletes itself after completing; cancel() completes it with a Cancelled error, later.
class CachePageCall : public ApiCall
{
    Q_OBJECT
public:
    CachePageCall(QObject *context, WorkOrderPageSource::PageCallback done,
                  QObject *parent = nullptr);

    void cancel() override;
    /// Delivers `result` (or Cancelled after cancel()) once; later calls do nothing.
    void complete(ApiResult<Page<WorkOrderSummary>> result);

private:
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    WorkOrderPageSource::PageCallback m_done;
    bool m_cancelled = false;
    bool m_completed = false;
};

} // namespace fentu
