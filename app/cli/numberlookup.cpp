#include "numberlookup.h"

#include "cache/cachestore.h"

#include <QCoreApplication>

namespace fentu::cli {

void lookUpNumber(CacheStore &cache, const QString &number, QObject *context,
                  std::function<void(CacheResult<std::optional<QString>>)> done)
{
    const QString wanted = number.trimmed();
    WorkOrderQuery query;
    query.page = 1;
    query.perPage = 20; // a number's words match its own order, and few others
    cache.searchPage(query, wanted, context,
                     [wanted, done = std::move(done)](CacheResult<Page<WorkOrderSummary>> result) {
                         if (!result.isOk()) {
                             done(result.error());
                             return;
                         }
                         for (const WorkOrderSummary &order : result.value().items) {
                             if (order.number.compare(wanted, Qt::CaseInsensitive) == 0) {
                                 done(std::optional<QString>(order.id));
                                 return;
                             }
                         }
                         done(std::optional<QString>());
                     });
}

QString numberNotCachedMessage(const QString &number)
{
    return QCoreApplication::translate(
               "fentu::cli::GetCommand",
               "%1 is not in the offline cache, and the server cannot look up a number: run "
               "fentu-cli sync first, or give the id")
        .arg(number.trimmed());
}

} // namespace fentu::cli
