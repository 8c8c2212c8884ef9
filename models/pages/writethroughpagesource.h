#pragma once

#include "pages/workorderpagesource.h"

#include <QPointer>

namespace fentu {

class CacheStore;

/// Online paging with write-through: pages come from `inner` (the API), and every page that
/// arrives is queued for upsert into the cache before the model gets it, so any cache query
/// made afterwards already sees it.
class WriteThroughPageSource : public WorkOrderPageSource
{
    Q_OBJECT
public:
    /// Neither is owned; `inner` must outlive this source. Without a store (or after it is
    /// gone) pages still flow, unwritten.
    WriteThroughPageSource(WorkOrderPageSource *inner, CacheStore *store,
                           QObject *parent = nullptr);

    ApiCall *fetchPage(const WorkOrderQuery &query, QObject *context, PageCallback done) override;

private:
    WorkOrderPageSource *m_inner;
    QPointer<CacheStore> m_store;
};

} // namespace fentu
