#pragma once

#include <QString>
#include <QStringList>

namespace fentu {

/// What a dispatcher types in the search box, as an FTS5 query over work_orders_search.
///
/// The rules (the same ones the tests check against a plain reference): the text is split at
/// white space into words, and every word must match. A word is cut into runs of letters and
/// digits, as the index cuts the text ("WO-2026-898" is wo, 2026, 898; "555-0187" is 555,
/// 0187); it matches an order whose indexed text holds those runs one after another, the last
/// one as a prefix ("harb" finds Harbor, "wo-2026-89" finds WO-2026-898). Case and accents do
/// not count. Punctuation alone matches nothing and is dropped.
class SearchMatch
{
public:
    /// The words' runs, as described above; empty when the text holds no letter or digit.
    static QList<QStringList> words(const QString &text);
    /// The FTS5 MATCH expression; empty when words() is.
    static QString expression(const QString &text);
};

} // namespace fentu
