#include "cache/cachedatabase.h"

#include "cache/cachelogging.h"
#include "cache/cachemigrator.h"
#include "cache/cachepaths.h"
#include "cache/lookuptables.h"
#include "cache/outboxtable.h"
#include "cache/statementcache.h"
#include "cache/syncstatetable.h"
#include "cache/workordertable.h"
#include "domain/codec.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QString nowIso()
{
    return codec::encodeDateTime(QDateTime::currentDateTimeUtc()).toString();
}

CacheError notOpen()
{
    return CacheError(CacheError::Kind::NotOpen, u"no cache file is open"_s);
}

} // namespace

CacheDatabase::CacheDatabase() = default;

CacheDatabase::~CacheDatabase()
{
    close();
}

CacheOpenReport CacheDatabase::open(const QString &directory, const QUrl &baseUrl)
{
    if (!QDir().mkpath(directory)) {
        close();
        return CacheFile::failed(
            {}, CacheError(CacheError::Kind::ReadOnly, u"cannot create the folder "_s + directory));
    }
    return openFile(QDir(directory).filePath(cachepaths::fileNameFor(baseUrl)), baseUrl);
}

CacheOpenReport CacheDatabase::openFile(const QString &path, const QUrl &baseUrl)
{
    close();
    QList<OutboxEntry> salvaged;
    CacheOpenReport report =
        m_file.open(path, cachepaths::normalisedBaseUrl(baseUrl).toString(), &salvaged);
    return adopt(std::move(report), salvaged);
}

CacheOpenReport CacheDatabase::replaceDamaged(const QString &problem)
{
    dropTables(); // their statements belong to the connection about to close
    QList<OutboxEntry> salvaged;
    CacheOpenReport report = m_file.replaceDamaged(problem, &salvaged);
    return adopt(std::move(report), salvaged);
}

CacheOpenReport CacheDatabase::adopt(CacheOpenReport report, const QList<OutboxEntry> &salvaged)
{
    if (!report.isUsable())
        return report;
    m_statements = std::make_unique<StatementCache>(m_file.database());
    m_workOrders = std::make_unique<WorkOrderTable>(*m_statements);
    m_lookups = std::make_unique<LookupTables>(*m_statements);
    m_syncState = std::make_unique<SyncStateTable>(*m_statements);
    m_outbox = std::make_unique<OutboxTable>(*m_statements);
    if (salvaged.isEmpty())
        return report;
    const CacheError error = write([&] {
        for (const OutboxEntry &entry : salvaged) {
            if (CacheError e = m_outbox->restore(entry); e.isError())
                return e;
        }
        return CacheError();
    });
    if (error.isError())
        qCWarning(lcCache) << "could not restore the salvaged outbox:" << error.technicalDetail();
    else
        qCInfo(lcCache) << "restored" << salvaged.size() << "outbox entries from a damaged file";
    return report;
}

void CacheDatabase::dropTables()
{
    m_outbox.reset();
    m_syncState.reset();
    m_lookups.reset();
    m_workOrders.reset();
    m_statements.reset(); // prepared statements must go before their connection
    m_syncGeneration = 0;
}

void CacheDatabase::close()
{
    dropTables();
    m_file.close();
}

bool CacheDatabase::isOpen() const
{
    Q_ASSERT(!m_statements || QThread::currentThread() == m_file.thread());
    return m_statements != nullptr;
}

CacheError CacheDatabase::write(const std::function<CacheError()> &fn)
{
    if (!isOpen())
        return notOpen();
    return m_statements->inTransaction(fn);
}

CacheResult<CacheDone> CacheDatabase::upsertSummaries(const QList<WorkOrderSummary> &orders,
                                                      const QList<QByteArray> &rawJson)
{
    const QString now = nowIso();
    const bool hasRaw = rawJson.size() == orders.size();
    const CacheError error = write([&] {
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const QByteArray json = hasRaw ? rawJson.at(i) : QByteArray();
            if (CacheError e =
                    m_workOrders->upsertSummary(orders.at(i), json, m_syncGeneration, now);
                e.isError())
                return e;
        }
        return m_lookups->notePartiesOf(orders);
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::upsertWorkOrder(const WorkOrder &order)
{
    const CacheError error = write([&] {
        CacheError e = m_lookups->noteParties(order, order.contact);
        return e.isError() ? e : m_workOrders->upsertDetail(order, m_syncGeneration, nowIso());
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::removeWorkOrder(const QString &id)
{
    const CacheError error = write([&] { return m_workOrders->remove(id); });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<Page<WorkOrderSummary>> CacheDatabase::queryPage(const FilterSql &filter, int page,
                                                             int perPage)
{
    if (!isOpen())
        return notOpen();
    if (page < 1 || perPage < 1)
        return CacheError(CacheError::Kind::InvalidArgument,
                          u"page %1, per_page %2"_s.arg(page).arg(perPage));
    // One read transaction: the count and the rows come from the same snapshot even while a
    // sync writes (WAL readers see a consistent state).
    QSqlDatabase &db = m_statements->database();
    if (!db.transaction())
        return CacheError::fromSql(db.lastError(), u"starting a read"_s);
    auto result = m_workOrders->queryPage(filter, page, perPage);
    db.commit();
    return result;
}

CacheResult<std::optional<CachedWorkOrder>> CacheDatabase::workOrder(const QString &id)
{
    if (!isOpen())
        return notOpen();
    return m_workOrders->get(id);
}

CacheResult<CacheDone> CacheDatabase::upsertCustomers(const QList<Customer> &customers)
{
    const CacheError error = write([&] {
        for (const Customer &customer : customers) {
            CacheError e = m_lookups->upsertCustomer(customer);
            if (e.isError())
                return e;
        }
        return CacheError();
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::upsertTechnicians(const QList<Technician> &technicians)
{
    const CacheError error = write([&] {
        for (const Technician &technician : technicians) {
            CacheError e = m_lookups->upsertTechnician(technician);
            if (e.isError())
                return e;
        }
        return CacheError();
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<QList<Customer>> CacheDatabase::customers(const QString &search)
{
    if (!isOpen())
        return notOpen();
    return m_lookups->customers(search);
}

CacheResult<QList<Contact>> CacheDatabase::contacts(const QString &customerId)
{
    if (!isOpen())
        return notOpen();
    return m_lookups->contacts(customerId);
}

CacheResult<QList<Technician>> CacheDatabase::technicians()
{
    if (!isOpen())
        return notOpen();
    return m_lookups->technicians();
}

CacheResult<std::optional<QString>> CacheDatabase::syncState(const QString &key)
{
    if (!isOpen())
        return notOpen();
    return m_syncState->value(key);
}

CacheResult<CacheDone> CacheDatabase::setSyncState(const QString &key, const QString &value)
{
    const CacheError error = write([&] { return m_syncState->setValue(key, value); });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<qint64> CacheDatabase::beginFullSync()
{
    qint64 generation = 0;
    // The generation only grows, across restarts too, so rows marked by an interrupted
    // sync never count as seen by a later one.
    const CacheError error = write([&] {
        auto stored = m_syncState->value(SyncStateTable::kSyncGeneration);
        if (!stored)
            return stored.error();
        generation = stored.value().value_or(u"0"_s).toLongLong() + 1;
        CacheError e =
            m_syncState->setValue(SyncStateTable::kSyncGeneration, QString::number(generation));
        return e.isError() ? e
                           : m_syncState->setValue(SyncStateTable::kFullSyncStartedAt, nowIso());
    });
    if (error.isError())
        return error;
    m_syncGeneration = generation;
    return generation;
}

CacheResult<int> CacheDatabase::endFullSync(bool complete)
{
    const qint64 generation = m_syncGeneration;
    m_syncGeneration = 0;
    if (!complete || generation == 0)
        return 0;
    int removed = 0;
    const CacheError error = write([&] {
        auto result = m_workOrders->removeNotSeenSince(generation);
        if (!result)
            return result.error();
        removed = result.value();
        return m_syncState->setValue(SyncStateTable::kLastFullSyncAt, nowIso());
    });
    if (error.isError())
        return error;
    qCInfo(lcCache) << "full sync complete," << removed << "orders gone from the server removed";
    return removed;
}

CacheResult<OutboxEntry> CacheDatabase::enqueueOutbox(const OutboxEntry &entry)
{
    if (!isOpen())
        return notOpen();
    // An edit the UI reports as saved must survive a power cut too, not only a crash: this
    // one commit is synced to disk (FULL) whatever the connection's NORMAL setting.
    QSqlQuery pragma(m_statements->database());
    pragma.exec(u"PRAGMA synchronous = FULL"_s);
    std::optional<OutboxEntry> stored;
    const CacheError error = write([&] {
        auto result = m_outbox->enqueue(entry, QDateTime::currentDateTimeUtc());
        if (!result)
            return result.error();
        stored = result.value();
        return CacheError();
    });
    pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
    if (error.isError())
        return error;
    return *stored;
}

CacheResult<QList<OutboxEntry>> CacheDatabase::outbox(std::optional<OutboxEntry::State> state)
{
    if (!isOpen())
        return notOpen();
    return m_outbox->list(state);
}

CacheResult<CacheDone> CacheDatabase::markOutboxNeedsAttention(qint64 seq, const QString &message)
{
    const CacheError error = write([&] {
        return m_outbox->markNeedsAttention(seq, message, QDateTime::currentDateTimeUtc());
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::markOutboxPending(qint64 seq)
{
    const CacheError error = write([&] { return m_outbox->markPending(seq); });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::updateOutboxPayload(qint64 seq, const QJsonObject &payload,
                                                          const QDateTime &baseUpdatedAt)
{
    const CacheError error =
        write([&] { return m_outbox->updatePayload(seq, payload, baseUpdatedAt); });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::removeOutbox(qint64 seq)
{
    const CacheError error = write([&] { return m_outbox->remove(seq); });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<int> CacheDatabase::remapOutboxOrderId(const QString &fromId, const QString &toId)
{
    int changed = 0;
    const CacheError error = write([&] {
        auto result = m_outbox->remapOrderId(fromId, toId);
        if (!result)
            return result.error();
        changed = result.value();
        return CacheError();
    });
    if (error.isError())
        return error;
    return changed;
}

CacheResult<QStringList> CacheDatabase::orderIdsWithOutboxEntries()
{
    if (!isOpen())
        return notOpen();
    return m_outbox->orderIdsWithEntries();
}

CacheResult<CacheInfo> CacheDatabase::info()
{
    if (!isOpen())
        return notOpen();
    QSqlDatabase &db = m_statements->database();
    CacheInfo info;
    info.filePath = m_file.path();
    info.connectionThread = m_file.thread();
    auto version = CacheMigrator::currentVersion(db);
    if (!version)
        return version.error();
    info.schemaVersion = version.value();
    const std::pair<const char16_t *, QString *> texts[] = {
        {u"SELECT base_url FROM origin WHERE id = 1", &info.baseUrl},
        {u"PRAGMA journal_mode", &info.journalMode},
    };
    for (const auto &[sql, target] : texts) {
        auto value = StatementCache::column(db, QString::fromUtf16(sql), u"reading cache info"_s);
        if (!value)
            return value.error();
        *target = value.value().value(0);
    }
    const std::pair<const char16_t *, int *> numbers[] = {
        {u"PRAGMA synchronous", &info.synchronous},
        {u"SELECT count(*) FROM work_orders", &info.orderCount},
        {u"SELECT count(*) FROM outbox", &info.outboxCount},
    };
    for (const auto &[sql, target] : numbers) {
        auto value = StatementCache::column(db, QString::fromUtf16(sql), u"reading cache info"_s);
        if (!value)
            return value.error();
        *target = value.value().value(0).toInt();
    }
    auto foreignKeys =
        StatementCache::column(db, u"PRAGMA foreign_keys"_s, u"reading cache info"_s);
    if (!foreignKeys)
        return foreignKeys.error();
    info.foreignKeys = foreignKeys.value().value(0) == u"1";
    auto newest = StatementCache::column(db, u"SELECT max(fetched_at) FROM work_orders"_s,
                                         u"reading cache info"_s);
    if (!newest)
        return newest.error();
    info.newestFetchAt = codec::parseDateTime(newest.value().value(0));
    auto lastSync = m_syncState->value(SyncStateTable::kLastFullSyncAt);
    if (!lastSync)
        return lastSync.error();
    info.lastFullSyncAt = codec::parseDateTime(lastSync.value().value_or(QString()));
    return info;
}

CacheResult<QStringList> CacheDatabase::integrityCheck()
{
    if (!isOpen())
        return notOpen();
    return StatementCache::column(m_statements->database(), u"PRAGMA integrity_check"_s,
                                  u"checking integrity"_s);
}

CacheResult<CacheDone> CacheDatabase::limitGrowthForTesting(int extraPages)
{
    if (!isOpen())
        return notOpen();
    auto pages =
        StatementCache::column(m_statements->database(), u"PRAGMA page_count"_s, u"page count"_s);
    if (!pages)
        return pages.error();
    const qint64 limit = pages.value().value(0).toLongLong() + extraPages;
    auto set = StatementCache::column(
        m_statements->database(), u"PRAGMA max_page_count = %1"_s.arg(limit), u"max_page_count"_s);
    if (!set)
        return set.error();
    return CacheDone{};
}

} // namespace fentu
