#include "cache/cachestore.h"

#include "cache/cachedatabase.h"
#include "cache/cachelogging.h"
#include "cache/cachepaths.h"
#include "cache/cacheworker.h"
#include "cache/filtersql.h"
#include "filter/workorderfilter.h"

#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

const CacheError *failureOf(const CacheOpenReport &)
{
    return nullptr;
}

template <typename T> const CacheError *failureOf(const CacheResult<T> &result)
{
    return result.isOk() ? nullptr : &result.error();
}

} // namespace

CacheStore::CacheStore(QObject *parent) : CacheStore(cachepaths::defaultDirectory(), parent) {}

CacheStore::CacheStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"fentu-cache"_s);
    m_worker = new CacheWorker;
    m_worker->moveToThread(m_thread.get());
    // Deferred deletes still run after the loop stops: the connection closes on its thread.
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CacheWorker::replaced, this, &CacheStore::cacheReplaced);
    m_thread->start();
}

CacheStore::~CacheStore()
{
    // Queued behind every job already posted, so they all complete first.
    QMetaObject::invokeMethod(
        m_worker, [thread = m_thread.get()] { thread->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

QThread *CacheStore::workerThread() const
{
    return m_thread.get();
}

template <typename R>
void CacheStore::post(QObject *context, std::function<R(CacheDatabase &)> job,
                      std::function<void(R)> done, bool isWrite)
{
    Q_ASSERT(!context || context->thread() == thread());
    QPointer<QObject> guard(context ? context : this);
    // The result comes back through this store (alive until the worker has stopped), and
    // the guard is only read on this thread, so a context deleted meanwhile is never called.
    QMetaObject::invokeMethod(
        m_worker,
        [this, guard, isWrite, job = std::move(job), done = std::move(done)]() mutable {
            R result = job(m_worker->database());
            QMetaObject::invokeMethod(
                this,
                [this, guard, isWrite, done = std::move(done),
                 result = std::move(result)]() mutable {
                    if (const CacheError *error = failureOf(result); error && isWrite) {
                        qCWarning(lcCache) << "write failed:" << error->technicalDetail();
                        emit writeFailed(*error);
                    }
                    if (guard && done)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template <typename T>
void CacheStore::write(QObject *context, std::function<CacheResult<T>(CacheDatabase &)> job,
                       Callback<T> done)
{
    post<CacheResult<T>>(context, std::move(job), std::move(done), true);
}

template <typename T>
void CacheStore::read(QObject *context, std::function<CacheResult<T>(CacheDatabase &)> job,
                      Callback<T> done)
{
    post<CacheResult<T>>(context, std::move(job), std::move(done), false);
}

void CacheStore::open(const QUrl &baseUrl, QObject *context,
                      std::function<void(CacheOpenReport)> done)
{
    post<CacheOpenReport>(
        context,
        [worker = m_worker, dir = m_directory, baseUrl](CacheDatabase &) {
            return worker->open(dir, baseUrl);
        },
        std::move(done), false);
}

void CacheStore::openFile(const QString &path, const QUrl &baseUrl, QObject *context,
                          std::function<void(CacheOpenReport)> done)
{
    post<CacheOpenReport>(
        context,
        [worker = m_worker, path, baseUrl](CacheDatabase &) {
            return worker->openFile(path, baseUrl);
        },
        std::move(done), false);
}

void CacheStore::close(QObject *context, Callback<CacheDone> done)
{
    read<CacheDone>(
        context,
        [](CacheDatabase &db) -> CacheResult<CacheDone> {
            db.close();
            return CacheDone{};
        },
        std::move(done));
}

void CacheStore::upsertSummaries(const QList<WorkOrderSummary> &orders, QObject *context,
                                 Callback<CacheDone> done)
{
    upsertSummaries(orders, {}, context, std::move(done));
}

void CacheStore::writeThroughPage(const QList<WorkOrderSummary> &orders, QObject *context,
                                  Callback<QList<WorkOrderSummary>> done)
{
    write<QList<WorkOrderSummary>>(
        context, [orders](CacheDatabase &db) { return db.writeThroughPage(orders); },
        std::move(done));
}

void CacheStore::upsertSummaries(const QList<WorkOrderSummary> &orders,
                                 const QList<QByteArray> &rawJson, QObject *context,
                                 Callback<CacheDone> done)
{
    write<CacheDone>(
        context,
        [orders, rawJson](CacheDatabase &db) { return db.upsertSummaries(orders, rawJson); },
        std::move(done));
}

void CacheStore::upsertWorkOrder(const WorkOrder &order, QObject *context, Callback<CacheDone> done)
{
    write<CacheDone>(
        context, [order](CacheDatabase &db) { return db.upsertWorkOrder(order); }, std::move(done));
}

void CacheStore::upsertWorkOrders(const QList<WorkOrder> &orders, QObject *context,
                                  Callback<CacheDone> done)
{
    write<CacheDone>(
        context, [orders](CacheDatabase &db) { return db.upsertWorkOrders(orders); },
        std::move(done));
}

void CacheStore::idsNeedingDetail(const DetailWindow &window, QObject *context,
                                  Callback<QStringList> done)
{
    read<QStringList>(
        context, [window](CacheDatabase &db) { return db.idsNeedingDetail(window); },
        std::move(done));
}

void CacheStore::removeWorkOrder(const QString &id, QObject *context, Callback<CacheDone> done)
{
    write<CacheDone>(
        context, [id](CacheDatabase &db) { return db.removeWorkOrder(id); }, std::move(done));
}

void CacheStore::readPage(const FilterSql &sql, int page, int perPage, QObject *context,
                          Callback<Page<WorkOrderSummary>> done)
{
    read<Page<WorkOrderSummary>>(
        context, [sql, page, perPage](CacheDatabase &db) { return db.queryPage(sql, page, perPage); },
        std::move(done));
}

void CacheStore::queryPage(const WorkOrderQuery &query, QObject *context,
                           Callback<Page<WorkOrderSummary>> done)
{
    readPage(FilterSql::fromQuery(query), query.page, query.perPage, context, std::move(done));
}

void CacheStore::queryPage(const WorkOrderFilter &filter, int page, int perPage, QObject *context,
                           Callback<Page<WorkOrderSummary>> done)
{
    readPage(FilterSql::fromFilter(filter), page, perPage, context, std::move(done));
}

void CacheStore::searchPage(const WorkOrderFilter &filter, const QString &text, int page,
                            int perPage, QObject *context, Callback<Page<WorkOrderSummary>> done)
{
    readPage(FilterSql::fromFilter(filter).withSearch(text), page, perPage, context,
             std::move(done));
}

void CacheStore::searchPage(const WorkOrderQuery &query, const QString &text, QObject *context,
                            Callback<Page<WorkOrderSummary>> done)
{
    readPage(FilterSql::fromQuery(query).withSearch(text), query.page, query.perPage, context,
             std::move(done));
}

void CacheStore::countOrders(const WorkOrderFilter &filter, const QString &text,
                             QObject *context, Callback<int> done)
{
    const FilterSql sql = FilterSql::fromFilter(filter).withLocalPart(filter).withSearch(text);
    read<int>(
        context,
        [sql](CacheDatabase &db) { return db.countOrders(sql); },
        std::move(done));
}

void CacheStore::queryWaitingOrders(const std::optional<Status> &status,
                                    const QString &customerId, int limit, QObject *context,
                                    Callback<Page<WorkOrderSummary>> done)
{
    readPage(FilterSql::waitingOrders(status, customerId), 1, limit, context, std::move(done));
}

void CacheStore::getWorkOrder(const QString &id, QObject *context,
                              Callback<std::optional<CachedWorkOrder>> done)
{
    read<std::optional<CachedWorkOrder>>(
        context, [id](CacheDatabase &db) { return db.workOrder(id); }, std::move(done));
}

void CacheStore::upsertCustomers(const QList<Customer> &customers, QObject *context,
                                 Callback<CacheDone> done)
{
    write<CacheDone>(
        context, [customers](CacheDatabase &db) { return db.upsertCustomers(customers); },
        std::move(done));
}

void CacheStore::upsertTechnicians(const QList<Technician> &technicians, QObject *context,
                                   Callback<CacheDone> done)
{
    write<CacheDone>(
        context, [technicians](CacheDatabase &db) { return db.upsertTechnicians(technicians); },
        std::move(done));
}

void CacheStore::listCustomers(const QString &search, QObject *context,
                               Callback<QList<Customer>> done)
{
    read<QList<Customer>>(
        context, [search](CacheDatabase &db) { return db.customers(search); }, std::move(done));
}

void CacheStore::listContacts(const QString &customerId, QObject *context,
                              Callback<QList<Contact>> done)
{
    read<QList<Contact>>(
        context, [customerId](CacheDatabase &db) { return db.contacts(customerId); },
        std::move(done));
}

void CacheStore::listTechnicians(QObject *context, Callback<QList<Technician>> done)
{
    read<QList<Technician>>(
        context, [](CacheDatabase &db) { return db.technicians(); }, std::move(done));
}

void CacheStore::syncState(const QString &key, QObject *context,
                           Callback<std::optional<QString>> done)
{
    read<std::optional<QString>>(
        context, [key](CacheDatabase &db) { return db.syncState(key); }, std::move(done));
}

void CacheStore::setSyncState(const QString &key, const QString &value, QObject *context,
                              Callback<CacheDone> done)
{
    write<CacheDone>(
        context, [key, value](CacheDatabase &db) { return db.setSyncState(key, value); },
        std::move(done));
}

void CacheStore::beginFullSync(QObject *context, Callback<qint64> done)
{
    write<qint64>(
        context, [](CacheDatabase &db) { return db.beginFullSync(); }, std::move(done));
}

void CacheStore::endFullSync(bool complete, QObject *context, Callback<int> done)
{
    write<int>(
        context, [complete](CacheDatabase &db) { return db.endFullSync(complete); },
        std::move(done));
}

void CacheStore::enqueueOutbox(const OutboxEntry &entry, QObject *context,
                               Callback<OutboxWrite> done)
{
    write<OutboxWrite>(
        context, [entry](CacheDatabase &db) { return db.enqueueOutbox(entry); }, std::move(done));
}

void CacheStore::listOutbox(std::optional<OutboxEntry::State> state, QObject *context,
                            Callback<QList<OutboxEntry>> done)
{
    read<QList<OutboxEntry>>(
        context, [state](CacheDatabase &db) { return db.outbox(state); }, std::move(done));
}

void CacheStore::outboxEntry(qint64 seq, QObject *context,
                             Callback<std::optional<OutboxEntry>> done)
{
    read<std::optional<OutboxEntry>>(
        context, [seq](CacheDatabase &db) { return db.outboxEntry(seq); }, std::move(done));
}

void CacheStore::markOutboxSending(qint64 seq, QObject *context, Callback<bool> done)
{
    write<bool>(
        context, [seq](CacheDatabase &db) { return db.markOutboxSending(seq); }, std::move(done));
}

void CacheStore::setOutboxState(qint64 seq, OutboxEntry::State state, const QString &message,
                                QObject *context, Callback<CacheDone> done)
{
    write<CacheDone>(
        context,
        [seq, state, message](CacheDatabase &db) { return db.setOutboxState(seq, state, message); },
        std::move(done));
}

void CacheStore::replaceOutboxEntry(const OutboxEntry &entry, QObject *context,
                                    Callback<OutboxWrite> done)
{
    write<OutboxWrite>(
        context, [entry](CacheDatabase &db) { return db.replaceOutboxEntry(entry); },
        std::move(done));
}

void CacheStore::removeOutbox(qint64 seq, QObject *context, Callback<OutboxWrite> done)
{
    write<OutboxWrite>(
        context, [seq](CacheDatabase &db) { return db.removeOutbox(seq); }, std::move(done));
}

void CacheStore::completeOutbox(qint64 seq, const std::optional<WorkOrder> &answer,
                                QObject *context, Callback<OutboxWrite> done)
{
    write<OutboxWrite>(
        context, [seq, answer](CacheDatabase &db) { return db.completeOutbox(seq, answer); },
        std::move(done));
}

void CacheStore::dropUnsentCreate(const QString &localId, QObject *context, Callback<bool> done)
{
    write<bool>(
        context, [localId](CacheDatabase &db) { return db.dropUnsentCreate(localId); },
        std::move(done));
}

void CacheStore::resolveOrderId(const QString &id, QObject *context, Callback<QString> done)
{
    read<QString>(
        context, [id](CacheDatabase &db) { return db.resolveOrderId(id); }, std::move(done));
}

void CacheStore::orderIdsWithOutboxEntries(QObject *context, Callback<QStringList> done)
{
    read<QStringList>(
        context, [](CacheDatabase &db) { return db.orderIdsWithOutboxEntries(); }, std::move(done));
}

void CacheStore::info(QObject *context, Callback<CacheInfo> done)
{
    read<CacheInfo>(
        context, [](CacheDatabase &db) { return db.info(); }, std::move(done));
}

void CacheStore::integrityCheck(QObject *context, Callback<QStringList> done)
{
    read<QStringList>(
        context, [](CacheDatabase &db) { return db.integrityCheck(); }, std::move(done));
}

void CacheStore::setBackgroundCheckThresholdForTesting(qint64 bytes)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, bytes] { worker->database().setBackgroundCheckThreshold(bytes); },
        Qt::QueuedConnection);
}

void CacheStore::limitGrowthForTesting(int extraPages, QObject *context, Callback<CacheDone> done)
{
    read<CacheDone>(
        context, [extraPages](CacheDatabase &db) { return db.limitGrowthForTesting(extraPages); },
        std::move(done));
}

} // namespace fentu
