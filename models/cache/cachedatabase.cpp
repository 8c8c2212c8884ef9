#include "cache/cachedatabase.h"

#include "cache/cachelogging.h"
#include "cache/cachemigrator.h"
#include "cache/cachepaths.h"
#include "cache/lookuptables.h"
#include "cache/outboxtable.h"
#include "cache/cacheschema.h"
#include "cache/pendingoverlay.h"
#include "cache/statementcache.h"
#include "cache/syncstatetable.h"
#include "cache/workorderjson.h"
#include "cache/workordertable.h"
#include "domain/codec.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>

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
    m_overlay = std::make_unique<PendingOverlay>(*m_statements, *m_workOrders, *m_outbox);
    // A request that was on its way when the last run ended may or may not have arrived.
    if (CacheError e = write([&] { return m_outbox->settleInterrupted(); }); e.isError())
        qCWarning(lcCache) << "could not settle interrupted sends:" << e.technicalDetail();
    keepSearchInStep();
    if (salvaged.isEmpty())
        return report;
    const CacheError error = write([&] {
        for (const OutboxEntry &entry : salvaged) {
            if (CacheError e = m_outbox->restore(entry); e.isError())
                return e;
        }
        // The new file has no rows yet: the salvaged changes show as soon as it does.
        for (const OutboxEntry &entry : salvaged) {
            if (auto shown = m_overlay->refresh(entry.orderId, 0); !shown)
                return shown.error();
        }
        return CacheError();
    });
    if (error.isError())
        qCWarning(lcCache) << "could not restore the salvaged outbox:" << error.technicalDetail();
    else
        qCInfo(lcCache) << "restored" << salvaged.size() << "outbox entries from a damaged file";
    return report;
}

void CacheDatabase::keepSearchInStep()
{
    // The triggers keep the index in step; a file changed by other means (an older program
    // that knew no index, a damaged page) may not be. Counting both is cheap; a mismatch, or
    // an index that cannot even be counted, is rebuilt from the orders.
    auto counts = StatementCache::column(
        m_statements->database(),
        u"SELECT (SELECT count(*) FROM work_orders) = (SELECT count(*) FROM work_orders_search)"
        " AND (SELECT count(*) FROM work_orders) = (SELECT count(*) FROM search_order)"_s,
        u"counting the search index"_s);
    if (counts && counts.value().value(0) == u"1"_s)
        return;
    qCWarning(lcCache) << "the search index is out of step with the orders"
                       << (counts ? QString() : counts.error().technicalDetail())
                       << "- rebuilding it";
    const CacheError error = write([&] {
        for (const QString &statement : cacheschema::rebuildSearchStatements()) {
            auto done = StatementCache::column(m_statements->database(), statement,
                                               u"rebuilding the search index"_s);
            if (!done)
                return done.error();
        }
        return CacheError();
    });
    if (error.isError())
        qCWarning(lcCache) << "could not rebuild the search index:" << error.technicalDetail();
}

void CacheDatabase::dropTables()
{
    m_overlay.reset();
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
    return m_statements->inTransaction([&] {
        const CacheError error = fn();
        // The search index follows in the same transaction: searched, the orders are as
        // written, and a failure rolls back both.
        return error.isError() ? error : flushSearch();
    });
}

CacheError CacheDatabase::flushSearch()
{
    static const QStringList statements = cacheschema::searchFlushStatements();
    for (const QString &sql : statements) {
        CacheError error;
        QSqlQuery *query = m_statements->prepared(sql, &error);
        if (!query)
            return error;
        error = StatementCache::exec(*query, u"keeping the search index in step"_s);
        query->finish();
        if (error.isError())
            return error;
    }
    return CacheError();
}

CacheResult<QList<WorkOrderSummary>>
CacheDatabase::writeThroughPage(const QList<WorkOrderSummary> &orders)
{
    QList<WorkOrderSummary> shown;
    const CacheResult<CacheDone> written = upsertSummaries(orders, {}, &shown);
    if (!written)
        return written.error();
    return shown;
}

CacheResult<CacheDone> CacheDatabase::upsertSummaries(const QList<WorkOrderSummary> &orders,
                                                      const QList<QByteArray> &rawJson,
                                                      QList<WorkOrderSummary> *shown)
{
    const QString now = nowIso();
    const bool hasRaw = rawJson.size() == orders.size();
    const CacheError error = write([&] {
        if (CacheError e = m_overlay->loadPendingIds(); e.isError())
            return e;
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const WorkOrderSummary &order = orders.at(i);
            const QByteArray json = hasRaw ? rawJson.at(i) : QByteArray();
            CacheError e = m_overlay->hasEntries(order.id)
                               ? writeServerVersion(order, json, false, now)
                               : m_workOrders->upsertSummary(order, json, m_syncGeneration, now);
            if (e.isError())
                return e;
        }
        if (shown) {
            // Each order as the cache now holds it: with unsent changes laid over the server's
            // copy, and newer than this page if the page left the server before an answer
            // already written (a row refused as older is not shown either); one whose delete
            // is not sent yet stays hidden.
            shown->clear();
            for (const WorkOrderSummary &order : orders) {
                auto row = shownRow(order.id);
                if (!row)
                    return row.error();
                if (row.value())
                    shown->append(*row.value());
            }
        }
        return m_lookups->notePartiesOf(orders);
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<CacheDone> CacheDatabase::upsertWorkOrder(const WorkOrder &order)
{
    return upsertWorkOrders({order});
}

CacheResult<CacheDone> CacheDatabase::upsertWorkOrders(const QList<WorkOrder> &orders)
{
    const QString now = nowIso();
    const CacheError error = write([&] {
        if (CacheError e = m_overlay->loadPendingIds(); e.isError())
            return e;
        for (const WorkOrder &order : orders) {
            CacheError e = m_lookups->noteParties(order, order.contact);
            if (e.isError())
                return e;
            e = m_overlay->hasEntries(order.id)
                    ? writeServerVersion(order, {}, true, now)
                    : m_workOrders->upsertDetail(order, m_syncGeneration, now);
            if (e.isError())
                return e;
        }
        return CacheError();
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<QStringList> CacheDatabase::idsNeedingDetail(const DetailWindow &window)
{
    if (!isOpen())
        return notOpen();
    return m_workOrders->idsNeedingDetail(window);
}

CacheResult<CacheDone> CacheDatabase::removeWorkOrder(const QString &id)
{
    // The server no longer has it: its copy goes; unsent changes of it stay (and are refused
    // when sent, which Needs Attention then shows).
    const CacheError error = write([&] {
        CacheError e = m_overlay->loadPendingIds();
        return e.isError() ? e : m_overlay->forgetServerCopy(id);
    });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheError CacheDatabase::writeServerVersion(const WorkOrderSummary &order, const QByteArray &json,
                                             bool isDetail, const QString &fetchedAt)
{
    if (!m_overlay->hasEntries(order.id)) {
        if (isDetail)
            return m_workOrders->upsertDetail(static_cast<const WorkOrder &>(order),
                                              m_syncGeneration, fetchedAt);
        return m_workOrders->upsertSummary(order, json, m_syncGeneration, fetchedAt);
    }
    QByteArray bytes = json;
    if (bytes.isEmpty()) {
        const QJsonObject object =
            isDetail ? workorderjson::forDetail(static_cast<const WorkOrder &>(order))
                     : workorderjson::forSummary(order);
        bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return m_overlay->writeServerVersion(order, bytes, isDetail, m_syncGeneration);
}

CacheResult<std::optional<WorkOrder>> CacheDatabase::shownRow(const QString &id)
{
    auto row = m_workOrders->get(id);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<WorkOrder>();
    return std::optional<WorkOrder>(row.value()->order);
}

CacheResult<QString> CacheDatabase::mappedId(const QString &id)
{
    if (!OutboxEntry::isLocalId(id))
        return id;
    CacheError error;
    QSqlQuery *query =
        m_statements->prepared(u"SELECT server_id FROM id_map WHERE local_id = ?"_s, &error);
    if (!query)
        return error;
    query->bindValue(0, id);
    error = StatementCache::exec(*query, u"reading the id map"_s);
    if (error.isError())
        return error;
    const QString mapped = query->next() ? query->value(0).toString() : id;
    query->finish();
    return mapped;
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

CacheResult<int> CacheDatabase::countOrders(const FilterSql &filter)
{
    if (!isOpen())
        return notOpen();
    return m_workOrders->count(filter);
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

CacheResult<OutboxWrite> CacheDatabase::enqueueOutbox(OutboxEntry entry)
{
    if (!isOpen())
        return notOpen();
    // An edit the UI reports as saved must survive a power cut too, not only a crash: this
    // one commit is synced to disk (FULL) whatever the connection's NORMAL setting.
    QSqlQuery pragma(m_statements->database());
    pragma.exec(u"PRAGMA synchronous = FULL"_s);
    OutboxWrite written;
    const CacheError error = write([&] {
        auto id = mappedId(entry.orderId);
        if (!id)
            return id.error();
        entry.orderId = id.value();
        if (entry.kind == OutboxEntry::Kind::Create && entry.localNumber.isEmpty()) {
            // Kept in the cache so that numbers stay unique across restarts.
            auto stored = m_syncState->value(u"next_local_order_number"_s);
            if (!stored)
                return stored.error();
            const int number = std::max(1, stored.value().value_or(u"1"_s).toInt());
            entry.localNumber = u"NEW-%1"_s.arg(number);
            if (CacheError e = m_syncState->setValue(u"next_local_order_number"_s,
                                                     QString::number(number + 1));
                e.isError())
                return e;
        }
        if (CacheError e = m_overlay->loadPendingIds(); e.isError())
            return e;
        if (!m_overlay->hasEntries(entry.orderId) && !OutboxEntry::isLocalId(entry.orderId)) {
            if (CacheError e = m_overlay->keepServerCopy(entry.orderId); e.isError())
                return e;
        }
        auto stored = m_outbox->enqueue(entry, QDateTime::currentDateTimeUtc());
        if (!stored)
            return stored.error();
        written.entry = stored.value();
        written.orderId = written.previousOrderId = entry.orderId;
        auto shown = m_overlay->refresh(entry.orderId, m_syncGeneration);
        if (!shown)
            return shown.error();
        written.shown = shown.value();
        return CacheError();
    });
    pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
    if (error.isError())
        return error;
    return written;
}

CacheResult<QList<OutboxEntry>> CacheDatabase::outbox(std::optional<OutboxEntry::State> state)
{
    if (!isOpen())
        return notOpen();
    return m_outbox->list(state);
}

CacheResult<std::optional<OutboxEntry>> CacheDatabase::outboxEntry(qint64 seq)
{
    if (!isOpen())
        return notOpen();
    return m_outbox->get(seq);
}

CacheResult<bool> CacheDatabase::markOutboxSending(qint64 seq)
{
    bool marked = false;
    const CacheError error = write([&] {
        auto result = m_outbox->markSending(seq, QDateTime::currentDateTimeUtc());
        if (!result)
            return result.error();
        marked = result.value();
        return CacheError();
    });
    if (error.isError())
        return error;
    return marked;
}

CacheResult<CacheDone> CacheDatabase::setOutboxState(qint64 seq, OutboxEntry::State state,
                                                     const QString &message)
{
    const CacheError error = write([&] { return m_outbox->setState(seq, state, message); });
    if (error.isError())
        return error;
    return CacheDone{};
}

CacheResult<OutboxWrite> CacheDatabase::replaceOutboxEntry(const OutboxEntry &entry)
{
    OutboxWrite written;
    const CacheError error = write([&] {
        auto held = m_outbox->get(entry.seq);
        if (!held)
            return held.error();
        if (!held.value())
            return CacheError(CacheError::Kind::InvalidArgument, u"the change is gone"_s);
        OutboxEntry replaced = entry;
        replaced.orderId = held.value()->orderId; // a remap may have renamed it since
        replaced.kind = held.value()->kind;
        if (CacheError e = m_outbox->replace(replaced); e.isError())
            return e;
        written.entry = replaced;
        written.orderId = written.previousOrderId = replaced.orderId;
        auto shown = m_overlay->refresh(replaced.orderId, m_syncGeneration);
        if (!shown)
            return shown.error();
        written.shown = shown.value();
        return CacheError();
    });
    if (error.isError())
        return error;
    return written;
}

CacheResult<OutboxWrite> CacheDatabase::removeOutbox(qint64 seq)
{
    OutboxWrite written;
    const CacheError error = write([&] {
        auto held = m_outbox->get(seq);
        if (!held)
            return held.error();
        if (!held.value())
            return CacheError();
        written.entry = *held.value();
        written.orderId = written.previousOrderId = written.entry.orderId;
        // A new order given up takes its later changes with it: they were made on top of it.
        if (written.entry.kind == OutboxEntry::Kind::Create) {
            if (auto removed = m_outbox->removeAllFor(written.entry.orderId); !removed)
                return removed.error();
        } else if (CacheError e = m_outbox->remove(seq); e.isError()) {
            return e;
        }
        auto shown = m_overlay->refresh(written.entry.orderId, m_syncGeneration);
        if (!shown)
            return shown.error();
        written.shown = shown.value();
        return CacheError();
    });
    if (error.isError())
        return error;
    return written;
}

CacheResult<OutboxWrite> CacheDatabase::completeOutbox(qint64 seq,
                                                       const std::optional<WorkOrder> &answer)
{
    OutboxWrite written;
    const CacheError error = write([&] {
        auto held = m_outbox->get(seq);
        if (!held)
            return held.error();
        if (!held.value())
            return CacheError(); // completed already (another process, or twice)
        const OutboxEntry entry = *held.value();
        written.entry = entry;
        written.previousOrderId = entry.orderId;
        QString target = entry.orderId;
        if (CacheError e = m_outbox->remove(seq); e.isError())
            return e;
        if (entry.kind == OutboxEntry::Kind::Create && answer && !answer->id.isEmpty()) {
            target = answer->id;
            CacheError e;
            QSqlQuery *map = m_statements->prepared(
                u"INSERT OR REPLACE INTO id_map (local_id, server_id) VALUES (?, ?)"_s, &e);
            if (!map)
                return e;
            map->bindValue(0, entry.orderId);
            map->bindValue(1, target);
            e = StatementCache::exec(*map, u"writing the id map"_s);
            map->finish();
            if (e.isError())
                return e;
            if (auto remapped = m_outbox->remapOrderId(entry.orderId, target); !remapped)
                return remapped.error();
            if (auto local = m_overlay->refresh(entry.orderId, m_syncGeneration); !local)
                return local.error(); // the local row goes: nothing is left of it
        }
        written.orderId = target;
        if (entry.kind == OutboxEntry::Kind::Delete) {
            if (CacheError e = m_overlay->loadPendingIds(); e.isError())
                return e;
            if (CacheError e = m_overlay->forgetServerCopy(target); e.isError())
                return e;
            return CacheError();
        }
        // First the held copy becomes the row again if nothing else waits, then the answer
        // is written over it, newest version winning, as any server version is.
        if (auto settled = m_overlay->refresh(target, m_syncGeneration); !settled)
            return settled.error();
        if (answer) {
            if (CacheError e = m_overlay->loadPendingIds(); e.isError())
                return e;
            if (CacheError e = m_lookups->noteParties(*answer, answer->contact); e.isError())
                return e;
            if (CacheError e = writeServerVersion(*answer, {}, true, nowIso()); e.isError())
                return e;
        }
        auto shown = shownRow(target);
        if (!shown)
            return shown.error();
        written.shown = shown.value();
        return CacheError();
    });
    if (error.isError())
        return error;
    return written;
}

CacheResult<bool> CacheDatabase::dropUnsentCreate(const QString &localId)
{
    bool dropped = false;
    const CacheError error = write([&] {
        auto entries = m_outbox->listFor(localId);
        if (!entries)
            return entries.error();
        const auto &list = entries.value();
        const auto create = std::find_if(list.begin(), list.end(), [](const OutboxEntry &e) {
            return e.kind == OutboxEntry::Kind::Create;
        });
        // Only a create that never left (or that the server refused) can be dropped here; the
        // cache's thread runs one job at a time, so no send can start in between.
        if (create != list.end() && create->state != OutboxEntry::State::Pending &&
            create->state != OutboxEntry::State::NeedsAttention)
            return CacheError();
        if (create == list.end()) {
            // The create has completed: the order is on the server under its own id, and
            // the delete is queued for that one.
            auto mapped = mappedId(localId);
            if (!mapped)
                return mapped.error();
            if (mapped.value() != localId)
                return CacheError();
        }
        if (auto removed = m_outbox->removeAllFor(localId); !removed)
            return removed.error();
        if (CacheError e = m_workOrders->remove(localId); e.isError())
            return e;
        dropped = true;
        return CacheError();
    });
    if (error.isError())
        return error;
    return dropped;
}

CacheResult<QString> CacheDatabase::resolveOrderId(const QString &id)
{
    if (!isOpen())
        return notOpen();
    return mappedId(id);
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
