#include "cache/pageends.h"

namespace fentu {

void PageEnds::useStamp(const QString &stamp)
{
    if (stamp == m_stamp)
        return;
    m_stamp = stamp;
    m_ends.clear();
}

std::optional<PageEnds::End> PageEnds::endOf(const QString &listing, int page) const
{
    if (listing != m_listing || m_stamp.isEmpty())
        return std::nullopt;
    const auto found = m_ends.constFind(page);
    if (found == m_ends.constEnd())
        return std::nullopt;
    return *found;
}

void PageEnds::remember(const QString &listing, int page, const End &end)
{
    if (listing != m_listing) {
        m_listing = listing;
        m_ends.clear();
    }
    m_ends.insert(page, end);
}

} // namespace fentu
