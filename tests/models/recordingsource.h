#pragma once

// A WorkOrderPageSource for the table model tests: passes every request on to a real source
// (ApiPageSource over the sandbox) and records what happens. It can also misbehave the way a
// real server might: ignore cancellation, ignore `page`, or lie in `meta`.

#include "api/apicall.h"
#include "pages/workorderpagesource.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace fentu::test {

/// A call handle whose cancel() does nothing: the real request carries on and answers.
class InertCall : public ApiCall
{
public:
    using ApiCall::ApiCall;
    void cancel() override {}
};

class RecordingSource : public WorkOrderPageSource
{
public:
    explicit RecordingSource(WorkOrderPageSource *inner) : m_inner(inner) {}

    ApiCall *fetchPage(const WorkOrderQuery &query, QObject *context, PageCallback done) override
    {
        WorkOrderQuery sent = query;
        if (rewriteQuery)
            rewriteQuery(sent);
        queries.append(sent);
        ApiCall *call = m_inner->fetchPage(
            sent, context, [this, done](ApiResult<Page<WorkOrderSummary>> result) {
                ++answers;
                if (!result.isOk() && result.error().kind() == ApiError::Kind::Cancelled)
                    ++cancelled;
                if (result.isOk()) {
                    if (rewritePage)
                        rewritePage(result.value());
                    for (const WorkOrderSummary &order : result.value().items)
                        deliveredIds.append(order.id);
                }
                done(std::move(result));
            });
        return ignoreCancel ? new InertCall(this) : call;
    }

    int requests() const { return static_cast<int>(queries.size()); }

    bool ignoreCancel = false;
    std::function<void(WorkOrderQuery &)> rewriteQuery;
    std::function<void(Page<WorkOrderSummary> &)> rewritePage;

    QList<WorkOrderQuery> queries; // as sent on, in order
    int answers = 0;               // callbacks that reached the model's callback, stale ones too
    int cancelled = 0;
    QStringList deliveredIds; // every id of every successful page, duplicates included

private:
    WorkOrderPageSource *m_inner;
};

} // namespace fentu::test
