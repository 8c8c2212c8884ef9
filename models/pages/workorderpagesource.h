#pragma once

#include "api/apicall.h"
#include "api/apiresult.h"
#include "api/workorderquery.h"
#include "domain/page.h"
#include "domain/workorder.h"

#include <QObject>

#include <functional>

namespace fentu {

/// Where WorkOrderTableModel gets its pages: the API online, the SQLite cache offline.
class WorkOrderPageSource : public QObject
{
    Q_OBJECT
public:
    using PageCallback = std::function<void(ApiResult<Page<WorkOrderSummary>>)>;
    using QObject::QObject;

    /// Starts fetching one page; the callback runs later, once, unless `context` is destroyed
    /// or the returned call is cancelled (then it gets a Cancelled error).
    virtual ApiCall *fetchPage(const WorkOrderQuery &query, QObject *context,
                               PageCallback done) = 0;
};

} // namespace fentu
