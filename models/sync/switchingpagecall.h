#pragma once

#include "api/apicall.h"
#include "itemmodels/workorderpagesource.h"

#include <QPointer>

namespace fentu {

/// One page request of SwitchingPageSource, as the model sees it: it may start on the API
/// and end in the cache (when the server turns out to be unreachable), so it forwards cancel()
/// to whichever inner call is running. Delivers once, then deletes itself.
class SwitchingPageCall : public ApiCall
{
    Q_OBJECT
public:
    SwitchingPageCall(QObject *context, WorkOrderPageSource::PageCallback done,
                      QObject *parent = nullptr);

    /// The inner call now doing the work; it must deliver to this object (its context).
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
