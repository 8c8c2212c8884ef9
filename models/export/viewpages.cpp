#include "export/viewpages.h"

#include "pages/workorderpagesource.h"

namespace fentu {

namespace {
constexpr int kPerPage = 100;
constexpr int kMaxPages = 100000; // never follow a server whose page count lies forever
} // namespace

ViewPages::ViewPages(WorkOrderPageSource *source, const WorkOrderFilter &filter, QObject *parent)
    : QObject(parent), m_source(source), m_filter(filter)
{
}

ViewPages::~ViewPages()
{
    if (m_call)
        m_call->cancel();
}

void ViewPages::start(PageHook page, Done done)
{
    m_page = std::move(page);
    m_done = std::move(done);
    fetch(1);
}

void ViewPages::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void ViewPages::fetch(int page)
{
    if (!m_source) {
        m_done(tr("The work orders are no longer available."));
        return;
    }
    m_call = m_source->fetchPage(
        m_filter.toQuery(page, kPerPage), this,
        [this, page](ApiResult<Page<WorkOrderSummary>> result) {
            if (m_cancelled)
                return;
            if (!result.isOk()) {
                m_done(result.error().userMessage());
                return;
            }
            const Page<WorkOrderSummary> &got = result.value();
            if (page == 1)
                m_total = got.meta.totalCount;
            QList<WorkOrderSummary> matching;
            for (const WorkOrderSummary &order : got.items) {
                if (m_limit >= 0 && m_count + matching.size() >= m_limit)
                    break;
                if (!m_filter.matchesLocally(order) || m_seen.contains(order.id))
                    continue;
                m_seen.insert(order.id);
                matching.append(order);
            }
            m_count += int(matching.size());
            m_page(matching);
            const bool more = page < got.meta.totalPages &&
                              (!got.items.isEmpty() || got.withheld > 0) && page < kMaxPages &&
                              (m_limit < 0 || m_count < m_limit);
            if (more)
                fetch(page + 1);
            else
                m_done(QString());
        });
}

} // namespace fentu
