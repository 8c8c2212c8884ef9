#include "cache/cacheworker.h"

#include "cache/backgroundcheck.h"
#include "cache/cachelogging.h"

using namespace Qt::StringLiterals;

namespace fentu {

CacheOpenReport CacheWorker::open(const QString &directory, const QUrl &baseUrl)
{
    return checkLater(m_database.open(directory, baseUrl));
}

CacheOpenReport CacheWorker::openFile(const QString &path, const QUrl &baseUrl)
{
    return checkLater(m_database.openFile(path, baseUrl));
}

CacheOpenReport CacheWorker::checkLater(CacheOpenReport report)
{
    if (!report.isUsable() || !m_database.needsBackgroundCheck())
        return report;
    const quint64 session = m_database.session();
    // The continuation runs on this thread, in turn with the jobs; it is dropped if this
    // worker is gone, and ignored if the file was closed or reopened meanwhile.
    backgroundcheck::quickCheck(report.filePath)
        .then(this, [this, session](const QStringList &problems) {
            if (session != m_database.session() || problems.isEmpty())
                return;
            if (problems == QStringList{u"ok"_s}) {
                qCDebug(lcCache) << "background check: ok";
                return;
            }
            emit replaced(
                m_database.replaceDamaged(u"quick_check: "_s + problems.mid(0, 5).join(u"; "_s)));
        });
    return report;
}

} // namespace fentu
