#include "pendingeditguard.h"

#include "cache/cachestore.h"

#include <QMetaObject>

namespace fentu::cli {

void PendingEditGuard::check(CacheStore *cache, const QString &id, QObject *context,
                             std::function<void(std::optional<Failure>)> done)
{
    if (!cache) {
        QMetaObject::invokeMethod(
            context, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    cache->orderIdsWithOutboxEntries(context, [id, done](CacheResult<QStringList> result) {
        if (!result.isOk()) {
            done(Failure::fromCache(result.error()));
            return;
        }
        if (result.value().contains(id)) {
            done(Failure::local(tr("work order %1 has changes made offline in Fentu Desk that "
                                   "are not sent yet; open Fentu Desk to send them first")
                                    .arg(id)));
            return;
        }
        done(std::nullopt);
    });
}

} // namespace fentu::cli
