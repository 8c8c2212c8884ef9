#include "itemmodels/workordertablemodel.h"

#include "api/apicall.h"
#include "itemmodels/itemmodelslogging.h"
#include "itemmodels/workordercolumns.h"
#include "itemmodels/workorderrows.h"
#include "pages/workorderpagesource.h"

#include <QPointer>
#include <QSet>

namespace fentu {

class WorkOrderTableModel::Private
{
public:
    explicit Private(WorkOrderTableModel *model) : q(model) {}

    // Marks the model as emitting its own change signals; see canFetchMore().
    struct Busy
    {
        explicit Busy(Private *d) : m_d(d) { ++m_d->busy; }
        ~Busy() { --m_d->busy; }
        Busy(const Busy &) = delete;
        Busy &operator=(const Busy &) = delete;
        Private *m_d;
    };

    void restart(bool keepRows);
    void request(int page);
    void onPage(quint64 replyGeneration, int page, ApiResult<Page<WorkOrderSummary>> result);
    int replaceRows(const QList<WorkOrderSummary> &items);
    int mergeRows(const QList<WorkOrderSummary> &items);
    bool isLastPage(const Page<WorkOrderSummary> &page, int pageNumber, int added) const;
    void sortWithLayoutChange();
    void emitRowChanged(int row, const QList<int> &roles = {});
    void setLoading(bool value);
    void setTotalCount(int value);
    WorkOrderSummary heldCopy(const WorkOrderSummary &order);

    WorkOrderTableModel *q;
    QPointer<WorkOrderPageSource> source;
    QMetaObject::Connection sourceDestroyed;
    WorkOrderFilter filter;
    int pageSize = 100;
    WorkOrderRows rows;
    /// The text many rows repeat, each value once (see heldCopy()).
    QSet<QString> sharedText;
    QSet<QString> pendingIds;

    // Paging state. Every request carries the generation it was made in; restart() bumps it,
    // so any reply that arrives for an older filter is recognised and dropped.
    quint64 generation = 0;
    int nextPage = 1;
    int requestedPage = 0; // the page in flight; 0 = none
    QPointer<ApiCall> call;
    bool atEnd = false;
    bool failed = false;           // the last request failed: wait for retry()
    bool replaceOnArrival = false; // refresh(): old rows stay until page 1 replaces them
    bool loading = false;
    int totalCount = -1;
    ApiError lastError;
    int busy = 0;
};

void WorkOrderTableModel::Private::restart(bool keepRows)
{
    ++generation;
    if (call)
        call->cancel(); // its Cancelled reply carries the old generation and is dropped
    call = nullptr;
    requestedPage = 0;
    nextPage = 1;
    atEnd = false;
    failed = false;
    lastError = {};
    replaceOnArrival = keepRows && source && rows.size() > 0;
    if (!replaceOnArrival) {
        Busy busyGuard(this);
        q->beginResetModel();
        rows.clear();
        sharedText.clear();
        q->endResetModel();
        setTotalCount(-1);
    }
    if (source)
        request(1);
    else
        setLoading(false);
}

void WorkOrderTableModel::Private::request(int page)
{
    const quint64 requestGeneration = generation;
    requestedPage = page;
    failed = false;
    setLoading(true);
    ApiCall *started = source->fetchPage(
        filter.toQuery(page, pageSize), q,
        [this, requestGeneration, page](ApiResult<Page<WorkOrderSummary>> result) {
            onPage(requestGeneration, page, std::move(result));
        });
    // A source that answers synchronously has already cleared requestedPage; keep no handle.
    if (generation == requestGeneration && requestedPage == page)
        call = started;
}

void WorkOrderTableModel::Private::onPage(quint64 replyGeneration, int page,
                                          ApiResult<Page<WorkOrderSummary>> result)
{
    if (replyGeneration != generation) {
        qCDebug(lcItemModels) << "dropped a reply for an older filter, page" << page;
        return;
    }
    requestedPage = 0;
    call = nullptr;

    if (!result) {
        failed = true;
        lastError = result.error();
        setLoading(false);
        qCDebug(lcItemModels) << "page" << page << "failed:" << lastError.technicalDetail();
        // Nobody here asked for a cancellation, so it came from outside (the client shutting
        // down); there is nothing to tell the user, but retry() still works.
        if (lastError.kind() != ApiError::Kind::Cancelled)
            emit q->loadFailed(lastError);
        return;
    }

    const Page<WorkOrderSummary> &pageData = result.value();
    failed = false;
    lastError = {};
    const int added = replaceOnArrival ? replaceRows(pageData.items) : mergeRows(pageData.items);
    replaceOnArrival = false;
    atEnd = isLastPage(pageData, page, added);
    nextPage = page + 1;
    qCDebug(lcItemModels) << "page" << page << "rows" << pageData.items.size() << "new" << added
                          << "last" << atEnd;
    setTotalCount(pageData.meta.totalCount);
    setLoading(false);
    emit q->pageLoaded(page);
}

bool WorkOrderTableModel::Private::isLastPage(const Page<WorkOrderSummary> &page, int pageNumber,
                                              int added) const
{
    // Never trust total_pages alone to keep paging: an empty page, or one that brought no id
    // we did not already hold (a server ignoring `page`), ends the list whatever meta says.
    // A page whose rows were all withheld here (hidden by local deletes) is no ending.
    if ((page.items.isEmpty() && page.withheld == 0) || (!page.items.isEmpty() && added == 0))
        return true;
    if (page.meta.totalPages > 0)
        return pageNumber >= page.meta.totalPages;
    // No usable meta: a short page is the last one. (With meta, a short page that meta says is
    // not the last continues: a server capping per_page below ours would otherwise stop at
    // page 1; the two rules above still end the list.)
    return page.items.size() + page.withheld < pageSize;
}

int WorkOrderTableModel::Private::replaceRows(const QList<WorkOrderSummary> &items)
{
    Busy busyGuard(this);
    q->beginResetModel();
    rows.clear();
    sharedText.clear();
    for (const WorkOrderSummary &order : items) {
        if (order.id.isEmpty())
            continue;
        if (const int held = rows.rowOf(order.id); held >= 0) {
            rows.at(held).order = heldCopy(order);
            continue;
        }
        auto row = std::make_unique<WorkOrderRow>();
        row->order = heldCopy(order);
        row->serverSeq = rows.nextServerSeq();
        rows.append(std::move(row));
    }
    if (rows.sortColumn() >= 0)
        rows.sort();
    q->endResetModel();
    return rows.size();
}

int WorkOrderTableModel::Private::mergeRows(const QList<WorkOrderSummary> &items)
{
    Busy busyGuard(this);
    std::vector<std::unique_ptr<WorkOrderRow>> fresh;
    QHash<QString, WorkOrderRow *> freshById;
    bool updatedHeld = false;
    for (const WorkOrderSummary &order : items) {
        if (order.id.isEmpty())
            continue;
        // Pages shift while we page (orders created or deleted meanwhile): a later page's copy
        // of an order we hold is newer, so it updates the row in place instead of adding one.
        if (const int held = rows.rowOf(order.id); held >= 0) {
            rows.at(held).order = heldCopy(order);
            emitRowChanged(held);
            updatedHeld = true;
            continue;
        }
        if (WorkOrderRow *earlierCopy = freshById.value(order.id)) {
            earlierCopy->order = heldCopy(order);
            continue;
        }
        auto row = std::make_unique<WorkOrderRow>();
        row->order = heldCopy(order);
        row->serverSeq = rows.nextServerSeq();
        freshById.insert(order.id, row.get());
        fresh.push_back(std::move(row));
    }
    const int added = static_cast<int>(fresh.size());
    if (added > 0) {
        // Appended in one block, then (under a column sort) re-sorted in one layout change:
        // cheaper for views than one insertion per row scattered over the table.
        q->beginInsertRows({}, rows.size(), rows.size() + added - 1);
        for (auto &row : fresh)
            rows.append(std::move(row));
        q->endInsertRows();
    }
    if (rows.sortColumn() >= 0 && (added > 0 || updatedHeld))
        sortWithLayoutChange();
    return added;
}

void WorkOrderTableModel::Private::sortWithLayoutChange()
{
    Busy busyGuard(this);
    emit q->layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = q->persistentIndexList();
    const QList<int> newRowOf = rows.sort();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << q->index(newRowOf.at(index.row()), index.column());
    q->changePersistentIndexList(before, after);
    emit q->layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WorkOrderTableModel::Private::emitRowChanged(int row, const QList<int> &roles)
{
    Busy busyGuard(this);
    emit q->dataChanged(q->index(row, 0), q->index(row, ColumnCount - 1), roles);
}

void WorkOrderTableModel::Private::setLoading(bool value)
{
    if (loading == value)
        return;
    loading = value;
    emit q->loadingChanged(loading);
}

void WorkOrderTableModel::Private::setTotalCount(int value)
{
    if (totalCount == value)
        return;
    totalCount = value;
    emit q->totalCountChanged(totalCount);
}

/// The row's copy of an order, without the JSON it was decoded from: the table shows only the
/// typed fields, and keeping every row's raw object tripled the memory of a 100,000-row table.
/// (The cache keeps the raw JSON; write-through has taken its copy before rows get here.) The
/// text rows repeat (status, priority, type, customer, technician) is one shared string per
/// value: a copy per row made the table of 200,000 cached orders 235 MB.
WorkOrderSummary WorkOrderTableModel::Private::heldCopy(const WorkOrderSummary &order)
{
    WorkOrderSummary copy = order;
    copy.raw = QJsonObject();
    const auto share = [this](QString &text) {
        if (text.isEmpty())
            return;
        auto known = sharedText.constFind(text);
        if (known == sharedText.constEnd())
            known = sharedText.insert(text);
        text = *known;
    };
    share(copy.statusText);
    share(copy.priorityText);
    share(copy.workOrderType);
    share(copy.customer.id);
    share(copy.customer.name);
    share(copy.customer.address);
    if (copy.technician) {
        share(copy.technician->id);
        share(copy.technician->name);
    }
    return copy;
}

WorkOrderTableModel::WorkOrderTableModel(QObject *parent)
    : QAbstractTableModel(parent), d(std::make_unique<Private>(this))
{}

WorkOrderTableModel::~WorkOrderTableModel()
{
    // Do not leave a request running for a table nobody will see; with the model gone as its
    // context, the cancelled callback never runs.
    if (d->call)
        d->call->cancel();
}

void WorkOrderTableModel::setSource(WorkOrderPageSource *source)
{
    disconnect(d->sourceDestroyed);
    d->source = source;
    if (source) {
        // A source that goes away takes its in-flight reply with it: stop waiting for one.
        d->sourceDestroyed = connect(source, &QObject::destroyed, this, [this] {
            ++d->generation;
            d->requestedPage = 0;
            d->call = nullptr;
            d->setLoading(false);
        });
    }
    d->restart(false);
}

WorkOrderPageSource *WorkOrderTableModel::source() const
{
    return d->source;
}

void WorkOrderTableModel::setFilter(const WorkOrderFilter &filter)
{
    d->filter = filter;
    d->restart(false);
}

const WorkOrderFilter &WorkOrderTableModel::filter() const
{
    return d->filter;
}

void WorkOrderTableModel::refresh()
{
    d->restart(true);
}

void WorkOrderTableModel::retry()
{
    fetchMore({});
}

void WorkOrderTableModel::setPageSize(int perPage)
{
    perPage = std::clamp(perPage, 1, 100);
    if (perPage == d->pageSize)
        return;
    d->pageSize = perPage;
    if (d->source)
        d->restart(false);
}

int WorkOrderTableModel::pageSize() const
{
    return d->pageSize;
}

bool WorkOrderTableModel::isLoading() const
{
    return d->loading;
}

int WorkOrderTableModel::totalCount() const
{
    return d->totalCount;
}

bool WorkOrderTableModel::hasMorePages() const
{
    return d->source && !d->atEnd;
}

const ApiError &WorkOrderTableModel::lastError() const
{
    return d->lastError;
}

const WorkOrderSummary &WorkOrderTableModel::orderAt(int row) const
{
    static const WorkOrderSummary none;
    return row >= 0 && row < d->rows.size() ? d->rows.at(row).order : none;
}

int WorkOrderTableModel::rowOfId(const QString &id) const
{
    return d->rows.rowOf(id);
}

bool WorkOrderTableModel::updateOrder(const WorkOrderSummary &order)
{
    int row = d->rows.rowOf(order.id);
    if (row < 0)
        return false;
    Private::Busy busyGuard(d.get());
    d->rows.at(row).order = d->heldCopy(order);
    if (d->rows.sortColumn() >= 0) {
        const int to = d->rows.sortedPosition(d->rows.at(row), row);
        if (to != row) {
            // beginMoveRows wants the destination in row numbers from before the move.
            beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
            d->rows.move(row, to);
            endMoveRows();
            row = to;
        }
    }
    d->emitRowChanged(row);
    return true;
}

int WorkOrderTableModel::insertOrder(const WorkOrderSummary &order)
{
    if (order.id.isEmpty())
        return -1;
    if (d->rows.contains(order.id)) {
        updateOrder(order);
        return d->rows.rowOf(order.id);
    }
    if (!d->filter.matchesServer(order))
        return -1;
    auto row = std::make_unique<WorkOrderRow>();
    row->order = d->heldCopy(order);
    row->serverSeq = d->rows.claimServerSeqFor(order);
    const int position = d->rows.sortedPosition(*row);
    {
        Private::Busy busyGuard(d.get());
        beginInsertRows({}, position, position);
        d->rows.insert(position, std::move(row));
        endInsertRows();
    }
    if (d->totalCount >= 0)
        d->setTotalCount(d->totalCount + 1);
    return position;
}

bool WorkOrderTableModel::removeOrder(const QString &id)
{
    const int row = d->rows.rowOf(id);
    if (row < 0)
        return false;
    {
        Private::Busy busyGuard(d.get());
        beginRemoveRows({}, row, row);
        d->rows.remove(row);
        endRemoveRows();
    }
    if (d->totalCount > 0)
        d->setTotalCount(d->totalCount - 1);
    return true;
}

void WorkOrderTableModel::setPending(const QString &id, bool pending)
{
    if (pending == d->pendingIds.contains(id))
        return;
    if (pending)
        d->pendingIds.insert(id);
    else
        d->pendingIds.remove(id);
    if (const int row = d->rows.rowOf(id); row >= 0)
        d->emitRowChanged(row, {PendingRole, Qt::ToolTipRole});
}

bool WorkOrderTableModel::isPending(const QString &id) const
{
    return d->pendingIds.contains(id);
}

int WorkOrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->rows.size();
}

int WorkOrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkOrderSummary &order = d->rows.at(index.row()).order;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return WorkOrderColumns::displayText(order, column);
    case Qt::ToolTipRole:
        return WorkOrderColumns::toolTip(order, column, d->pendingIds.contains(order.id));
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case RawValueRole:
        return WorkOrderColumns::rawValue(order, column);
    case IdRole:
        return order.id;
    case StatusRole:
        return static_cast<int>(order.status);
    case PriorityRole:
        return static_cast<int>(order.priority);
    case PendingRole:
        return d->pendingIds.contains(order.id);
    default:
        return {};
    }
}

QVariant WorkOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < ColumnCount) {
        return WorkOrderColumns::headerText(section);
    }
    // The header lines up with its values: durations are numbers, right-aligned.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        section == DurationColumn) {
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags WorkOrderTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

bool WorkOrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->source && d->busy == 0 && d->requestedPage == 0 && !d->atEnd &&
           !d->failed;
}

void WorkOrderTableModel::fetchMore(const QModelIndex &parent)
{
    // Unlike canFetchMore(), a failure does not block this: an explicit call is the retry.
    if (parent.isValid() || !d->source || d->busy > 0 || d->requestedPage != 0 || d->atEnd)
        return;
    d->request(d->nextPage);
}

void WorkOrderTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    d->rows.setSort(column, order);
    d->sortWithLayoutChange();
}

} // namespace fentu
