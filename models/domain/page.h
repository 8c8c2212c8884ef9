#pragma once

#include <QList>

namespace fentu {

/// The `meta` object of a paginated answer. The client never trusts totalPages for paging.
struct PageMeta
{
    int currentPage = 1;
    int totalPages = 0;
    int totalCount = 0;
    friend bool operator==(const PageMeta &, const PageMeta &) = default;
};

template <typename T> struct Page
{
    QList<T> items;
    PageMeta meta;
    /// Rows the server sent that a page source left out (an order deleted here whose delete
    /// is not sent yet): the page is not short, and not the last, because of them.
    int withheld = 0;
};

} // namespace fentu
