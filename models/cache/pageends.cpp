#include "cache/pageends.h"

namespace fentu {

QString PageEnds::listing(const QString &sql, const QVariantList &values, int perPage)
{
    QString listing = sql + QChar(0x1f) + QString::number(perPage);
    for (const QVariant &value : values)
        listing += QChar(0x1f) + QString::number(value.typeId()) + u':' + value.toString();
    return listing;
}

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
