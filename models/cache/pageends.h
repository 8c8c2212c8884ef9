#pragma once

#include <QHash>
#include <QString>
#include <QVariantList>

#include <optional>

namespace fentu {

/// Where each page of the table's current listing ended, so that the next page seeks to its
/// place through the index (keyset paging: the same cost at row 99,900 as at row 100) instead
/// of skipping every row before it (OFFSET: 2 ms a page near the top of 100,000 cached orders,
/// 10 ms near the end). Only while nothing in the file changed: a change by this connection or
/// by another (a second window, fentu-cli) moves the stamp, and every end is forgotten.
class PageEnds
{
public:
    struct End
    {
        qint64 listKey = 0;
        QString id;
    };

    /// What names a listing: its first page's statement, the values bound to it (with their
    /// types: 1 and "1" list different rows) and the page size.
    static QString listing(const QString &sql, const QVariantList &values, int perPage);

    /// Forgets every end when `stamp` is not the one they were seen under.
    void useStamp(const QString &stamp);
    /// The end of `page` of `listing` (its statement, values and page size), if known.
    std::optional<End> endOf(const QString &listing, int page) const;
    /// Only the latest listing is kept: the table pages one at a time.
    void remember(const QString &listing, int page, const End &end);

private:
    QString m_stamp;
    QString m_listing;
    QHash<int, End> m_ends;
};

} // namespace fentu
