#include "pages/cachepagecall.h"

using namespace Qt::StringLiterals;

namespace fentu {

CachePageCall::CachePageCall(QObject *context, WorkOrderPageSource::PageCallback done,
                             QObject *parent)
    : ApiCall(parent), m_context(context), m_hasContext(context != nullptr), m_done(std::move(done))
{}

void CachePageCall::cancel()
{
    if (m_completed || m_cancelled)
        return;
    m_cancelled = true;
    // An inner call answers Cancelled (later), which completes this one; without one, the
    // answer is queued here: never from inside cancel(), the caller may be in the middle of
    // its own bookkeeping.
    if (m_inner) {
        m_inner->cancel();
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { complete(ApiError::transport(ApiError::Kind::Cancelled, u"cancelled"_s)); },
        Qt::QueuedConnection);
}

void CachePageCall::complete(ApiResult<Page<WorkOrderSummary>> result)
{
    if (m_completed)
        return;
    m_completed = true;
    m_inner = nullptr;
    if (m_cancelled && result.isOk())
        result = ApiError::transport(ApiError::Kind::Cancelled, u"cancelled"_s);
    if (m_done && (!m_hasContext || m_context))
        m_done(std::move(result));
    emit finished();
    deleteLater();
}

} // namespace fentu
