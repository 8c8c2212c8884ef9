#pragma once

#include "cache/cacheresult.h"
#include "cache/filtersql.h"
#include "domain/page.h"
#include "domain/workorder.h"

namespace fentu {

class PageEnds;
class StatementCache;

/// One page of a search over the cache, in the list's order (scheduled, then id, unscheduled
/// last), with the count, through the search index and search_order (SearchSql). Run inside a
/// read transaction so count and rows agree. The page after one just read seeks past its end
/// (`ends`, whose stamp the caller has brought up to date), as the list's pages do.
CacheResult<Page<WorkOrderSummary>> readSearchPage(StatementCache &statements,
                                                   const FilterSql &filter, int page, int perPage,
                                                   PageEnds &ends);
/// readSearchPage()'s total alone (the index, and search_order when dates bound it).
CacheResult<int> countSearch(StatementCache &statements, const FilterSql &filter);

} // namespace fentu
