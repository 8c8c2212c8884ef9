#pragma once

#include "api/apicall.h"
#include "pages/workorderpagesource.h"

#include <QPointer>

namespace fentu {

/// One page for the table model, as an ApiCall so the model treats it like a request: read
/// from the cache, or (SwitchingPageSource) started on the API and perhaps ended in the cache,
/// in which case cancel() is forwarded to the inner call running. Deletes itself after
/// completing; cancel() completes it with a Cancelled error, later.
class CachePageCall : public ApiCall
{
    Q_OBJECT
public:
    CachePageCall(QObject *context, WorkOrderPageSource::PageCallback done,
                  QObject *parent = nullptr);

    /// The inner call now doing the work, if any; it must deliver to this object (its context).
    void setInner(ApiCall *inner) { m_inner = inner; }
    bool isCancelled() const { return m_cancelled; }

    void cancel() override;
    /// Delivers `result` (or Cancelled after cancel()) once; later calls do nothing.
    void complete(ApiResult<Page<WorkOrderSummary>> result);

private:
    QPointer<ApiCall> m_inner;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    WorkOrderPageSource::PageCallback m_done;
    bool m_cancelled = false;
    bool m_completed = false;
};

} // namespace fentu
