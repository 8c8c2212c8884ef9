#include "boardmodel.h"

#include "api/apicall.h"
#include "cache/cachestore.h"
#include "domain/codec.h"
#include "pages/workorderpagesource.h"
#include "sync/lookuploader.h"
#include "sync/orderwriter.h"

#include <QCollator>

#include <algorithm>

namespace fentu {

namespace {
constexpr int kPerPage = 100;
constexpr int kMaxPages = 1000; // 100,000 orders in a span is far past any board
/// A re-read within this long of a move made here does not call that order "changed by
/// someone else": the change seen is most likely this window's own.
constexpr qint64 kOwnMoveSeconds = 120;

QString numberOf(const WorkOrderSummary &order)
{
    return order.number.isEmpty() ? order.id : order.number;
}

/// What a refused or failed move says on the status bar.
QString problemText(const WorkOrderSummary &order, const WriteResult &result)
{
    if (result.outcome == WriteResult::Outcome::Conflict)
        return BoardModel::tr("%1 was changed by someone else meanwhile and now shows their "
                              "version")
            .arg(numberOf(order));
    return BoardModel::tr("%1: %2").arg(numberOf(order), result.message());
}

QString technicianOf(const WorkOrderSummary &order)
{
    return order.technician ? order.technician->id : QString();
}

/// The date, technician and status a move leaves `seen` with.
WorkOrderSummary movedBy(WorkOrderSummary seen, const WorkOrderPatch &patch)
{
    const QJsonObject &fields = patch.toJson();
    if (fields.contains(u"scheduled_date"))
        seen.scheduledDate = codec::parseDateTime(fields.value(u"scheduled_date").toString());
    if (fields.contains(u"technician_id")) {
        const QString id = fields.value(u"technician_id").toString();
        seen.technician = id.isEmpty() ? std::nullopt : std::optional(Technician{id, {}, true});
    }
    if (fields.contains(u"status"))
        seen.status = statusFromApi(fields.value(u"status").toString()).value_or(seen.status);
    return seen;
}
} // namespace

struct BoardModel::Load
{
    BoardSpan span;
    WorkOrderFilter filter;
    bool withTechnicians = false;
    bool ordersDone = false;
    bool techniciansDone = true;
    bool waitingDone = true;
    bool waitingRead = false;
    QList<WorkOrderSummary> orders;
    QList<WorkOrderSummary> waiting;
    int waitingTotal = 0;
    QList<Technician> technicians;
    /// Orders the window changed while this load was on its way: what the load read of them
    /// is older than what the board holds, and must not put a moved bar back.
    QSet<QString> changedMeanwhile;
    QString error;
    QPointer<ApiCall> call;
};

BoardModel::BoardModel(WorkOrderPageSource *source, LookupLoader *technicians,
                       OrderWriter *writer, QObject *parent)
    : QObject(parent), m_source(source), m_technicianLoader(technicians), m_writer(writer)
{
    m_refresh.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!m_loading)
            reloadOrders();
    });
    m_tick.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            relayOut(); // lateness and the current-time line follow the clock
    });
    m_tick.start(60 * 1000);
    m_unmark.setSingleShot(true);
    connect(&m_unmark, &QTimer::timeout, this, [this] {
        const QDateTime current = QDateTime::currentDateTimeUtc();
        for (auto it = m_changedElsewhere.begin(); it != m_changedElsewhere.end();) {
            if (it.value() <= current)
                it = m_changedElsewhere.erase(it);
            else
                ++it;
        }
        if (!m_changedElsewhere.isEmpty())
            m_unmark.start(m_changedMarkMs);
        emit changed();
    });
    if (writer) {
        connect(writer, &OrderWriter::orderChanged, this, &BoardModel::orderChanged);
        connect(writer, &OrderWriter::orderRemoved, this, &BoardModel::orderRemoved);
    }
}

BoardModel::~BoardModel()
{
    if (m_load && m_load->call)
        m_load->call->cancel();
}

void BoardModel::setWaitingSource(CacheStore *store)
{
    m_waitingStore = store;
}

void BoardModel::setSpan(const BoardSpan &span)
{
    const bool sameDays = span.firstDay == m_span.firstDay && span.days == m_span.days;
    m_span = span;
    if (sameDays) {
        relayOut(); // the working hours or the default length changed
        return;
    }
    reloadOrders();
}

void BoardModel::setFilter(const WorkOrderFilter &filter)
{
    WorkOrderFilter mine;
    mine.status = filter.status;
    mine.customerId = filter.customerId;
    mine.customerName = filter.customerName;
    mine.hideClosed = filter.hideClosed;
    if (mine == m_filter)
        return;
    m_filter = mine;
    reloadOrders();
}

void BoardModel::setClashesOnly(bool only)
{
    if (m_clashesOnly == only)
        return;
    m_clashesOnly = only;
    relayOut();
}

void BoardModel::setShownTechnicians(const QStringList &ids)
{
    if (m_shownTechnicians == ids)
        return;
    m_shownTechnicians = ids;
    relayOut();
}

bool BoardModel::isNarrowedToTechnicians() const
{
    return std::any_of(m_technicians.begin(), m_technicians.end(), [this](const Technician &t) {
        return m_shownTechnicians.contains(t.id);
    });
}

void BoardModel::setRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_refresh.stop();
        return;
    }
    m_refresh.start(ms);
}

void BoardModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    relayOut();
}

QDateTime BoardModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

WorkOrderFilter BoardModel::spanFilter() const
{
    WorkOrderFilter filter = m_filter;
    // From the day before: an order that starts the evening before and runs into the first day
    // is on the board too (the load keeps what overlaps the span).
    filter.fromDate = m_span.firstDay.addDays(-1);
    filter.toDate = m_span.firstDay.addDays(qMax(m_span.days, 1) - 1);
    return filter;
}

void BoardModel::reload()
{
    startLoad(true);
}

void BoardModel::reloadOrders()
{
    startLoad(m_technicians.isEmpty() && !(m_load && m_load->withTechnicians));
}

void BoardModel::startLoad(bool withTechnicians)
{
    if (!m_source || !m_span.firstDay.isValid())
        return;
    if (m_load && m_load->call)
        m_load->call->cancel();
    if (m_load && m_load->withTechnicians && !m_load->techniciansDone)
        withTechnicians = true; // the one in flight is dropped with this load
    if (m_technicianLoader)
        m_technicianLoader->cancel();
    auto load = std::make_shared<Load>();
    load->span = m_span;
    load->filter = spanFilter();
    load->withTechnicians = withTechnicians && m_technicianLoader;
    load->techniciansDone = !load->withTechnicians;
    m_load = load;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    if (load->withTechnicians) {
        m_technicianLoader->technicians(this, [this, load](LookupLoader::Result<Technician> r) {
            if (load != m_load)
                return;
            load->technicians = r.items;
            load->techniciansDone = true;
            finishLoad(load);
        });
    }
    readWaiting(load);
    fetchPage(load, 1);
}

void BoardModel::readWaiting(const std::shared_ptr<Load> &load)
{
    if (!m_waitingStore)
        return;
    load->waitingDone = false;
    m_waitingStore->queryWaitingOrders(
        load->filter.status, load->filter.customerId, kWaitingLimit, this,
        [this, load](CacheResult<Page<WorkOrderSummary>> result) {
            if (load != m_load)
                return;
            load->waitingDone = true;
            // A cache that cannot be read lists nothing: the board's own load says what is
            // wrong with the connection, and the cache reports its own failures.
            if (result.isOk()) {
                load->waiting = result.value().items;
                load->waitingTotal = result.value().meta.totalCount;
                load->waitingRead = true;
            }
            finishLoad(load);
        });
}

bool BoardModel::isWaiting(const WorkOrderSummary &order) const
{
    if (!m_waitingStore || order.scheduledDate.isValid() ||
        (order.technician && !order.technician->id.isEmpty()) ||
        order.status == Status::Completed || order.status == Status::Cancelled)
        return false;
    if (m_filter.status && *m_filter.status != Status::Unknown && order.status != *m_filter.status)
        return false;
    return m_filter.customerId.isEmpty() || order.customer.id == m_filter.customerId;
}

const WorkOrderSummary *BoardModel::held(const QString &id) const
{
    const auto found = m_orders.constFind(id);
    if (found != m_orders.constEnd())
        return &*found;
    for (const WorkOrderSummary &order : m_waiting) {
        if (order.id == id)
            return &order;
    }
    return nullptr;
}

bool BoardModel::place(const WorkOrderSummary &order, const QString &previousId)
{
    const bool hadBar = m_orders.remove(previousId) + m_orders.remove(order.id) > 0;
    const bool wasWaiting = m_waiting.removeIf([&](const WorkOrderSummary &held) {
                                return held.id == order.id || held.id == previousId;
                            }) > 0;
    const bool hasBar = order.scheduledDate.isValid() && spanFilter().matches(order);
    if (hasBar)
        m_orders.insert(order.id, order);
    const bool waits = isWaiting(order);
    if (waits)
        m_waiting.append(order);
    m_waitingTotal = std::max(0, m_waitingTotal + int(waits) - int(wasWaiting));
    return hadBar || hasBar || wasWaiting || waits;
}

void BoardModel::fetchPage(const std::shared_ptr<Load> &load, int page)
{
    load->call = m_source->fetchPage(
        load->filter.toQuery(page, kPerPage), this,
        [this, load, page](ApiResult<Page<WorkOrderSummary>> result) {
            if (load != m_load)
                return;
            if (!result.isOk()) {
                if (result.error().kind() == ApiError::Kind::Cancelled)
                    return;
                load->error = result.error().userMessage();
                load->ordersDone = true;
                finishLoad(load);
                return;
            }
            const Page<WorkOrderSummary> &got = result.value();
            // The query's UTC dates reach a day beyond the local ones on either side: keep
            // what lies in the span (bounds in UTC, worked out once: a local-time comparison
            // per order would read the zone file each time), and hide closed when asked.
            const QDateTime from = load->span.start().toUTC();
            const QDateTime until = load->span.end().toUTC();
            const int assumedMinutes = load->span.defaultDurationMinutes;
            for (const WorkOrderSummary &order : got.items) {
                if (!order.scheduledDate.isValid() || order.scheduledDate >= until)
                    continue;
                const int minutes = order.estimatedDuration && *order.estimatedDuration > 0
                                        ? *order.estimatedDuration
                                        : assumedMinutes;
                if (order.scheduledDate.addSecs(qint64(minutes) * 60) <= from)
                    continue; // over before the span begins

                if (load->filter.hideClosed && (order.status == Status::Completed ||
                                                order.status == Status::Cancelled))
                    continue;
                load->orders.append(order);
            }
            const bool more = page < got.meta.totalPages &&
                              (!got.items.isEmpty() || got.withheld > 0) && page < kMaxPages;
            if (more) {
                fetchPage(load, page + 1);
                return;
            }
            load->ordersDone = true;
            finishLoad(load);
        });
}

void BoardModel::finishLoad(const std::shared_ptr<Load> &load)
{
    if (!load->ordersDone || !load->techniciansDone || !load->waitingDone)
        return;
    m_load.reset();
    m_loading = false;
    m_loadError = load->error;
    if (load->withTechnicians && !load->technicians.isEmpty()) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_technicians = load->technicians;
        std::stable_sort(m_technicians.begin(), m_technicians.end(),
                         [&collator](const Technician &a, const Technician &b) {
                             return collator.compare(a.name, b.name) < 0;
                         });
    }
    if (load->error.isEmpty()) {
        // Another reading of the same days: what changed, not moved here, is someone else's.
        // Compared with the days the orders held were read for, not with the span asked for
        // now: after a move to other days every order would look new.
        const bool sameSpan = load->span.firstDay == m_loadedSpan.firstDay &&
                              load->span.days == m_loadedSpan.days && !m_orders.isEmpty();
        const QDateTime current = QDateTime::currentDateTimeUtc();
        QHash<QString, WorkOrderSummary> next;
        next.reserve(load->orders.size());
        for (const WorkOrderSummary &order : std::as_const(load->orders)) {
            if (load->changedMeanwhile.contains(order.id))
                continue; // taken from what the board holds, below
            next.insert(order.id, order);
            if (!sameSpan)
                continue;
            const auto before = m_orders.constFind(order.id);
            const bool isNew = before == m_orders.constEnd();
            const bool differs =
                !isNew && (before->updatedAt != order.updatedAt ||
                           before->scheduledDate != order.scheduledDate ||
                           before->status != order.status ||
                           (before->technician ? before->technician->id : QString()) !=
                               (order.technician ? order.technician->id : QString()));
            const QDateTime movedHere = m_movedHere.value(order.id);
            const bool ownMove = movedHere.isValid() && movedHere.secsTo(current) < kOwnMoveSeconds;
            if ((isNew || differs) && !ownMove)
                m_changedElsewhere.insert(order.id, current.addMSecs(m_changedMarkMs));
        }
        for (const QString &id : std::as_const(load->changedMeanwhile)) {
            const auto held = m_orders.constFind(id);
            if (held != m_orders.constEnd())
                next.insert(id, *held);
        }
        m_orders = next;
        m_loadedSpan = load->span;
        if (!m_changedElsewhere.isEmpty() && !m_unmark.isActive())
            m_unmark.start(m_changedMarkMs);
    }
    if (load->waitingRead) {
        // As with the bars: what the window changed meanwhile is newer than what was read.
        QList<WorkOrderSummary> waiting;
        for (const WorkOrderSummary &order : std::as_const(load->waiting)) {
            if (!load->changedMeanwhile.contains(order.id))
                waiting.append(order);
        }
        for (const WorkOrderSummary &order : std::as_const(m_waiting)) {
            if (load->changedMeanwhile.contains(order.id))
                waiting.append(order);
        }
        m_waiting = waiting;
        m_waitingTotal = std::max(load->waitingTotal, int(m_waiting.size()));
    }
    relayOut();
    emit loadingChanged(false);
}

void BoardModel::relayOut()
{
    QList<WorkOrderSummary> orders;
    orders.reserve(m_orders.size());
    for (const WorkOrderSummary &order : std::as_const(m_orders))
        orders.append(order);
    m_teamRows = BoardLayout::layOut(m_span, m_technicians, orders, now());
    // Row 0 is the tray of unassigned orders: always shown.
    if (isNarrowedToTechnicians()) {
        m_teamRows.erase(std::remove_if(m_teamRows.begin() + 1, m_teamRows.end(),
                                        [this](const BoardRow &row) {
                                            return !m_shownTechnicians.contains(row.technician.id);
                                        }),
                         m_teamRows.end());
    }
    m_rows = m_teamRows;
    if (m_clashesOnly) {
        m_rows.erase(std::remove_if(m_rows.begin() + 1, m_rows.end(),
                                    [](const BoardRow &row) { return row.clashCount == 0; }),
                     m_rows.end());
    }
    emit changed();
}

const BoardBar *BoardModel::bar(const QString &orderId, int *row) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        for (const BoardBar &bar : m_rows[r].bars) {
            if (bar.order.id == orderId) {
                if (row)
                    *row = r;
                return &bar;
            }
        }
    }
    return nullptr;
}

bool BoardModel::isChangedElsewhere(const QString &orderId) const
{
    return m_changedElsewhere.contains(orderId);
}

void BoardModel::setPending(const QSet<QString> &ids)
{
    if (ids == m_pending)
        return;
    m_pending = ids;
    emit changed();
}

void BoardModel::orderChanged(const WorkOrder &order, const QString &previousId)
{
    if (m_load) {
        m_load->changedMeanwhile.insert(order.id);
        m_load->changedMeanwhile.insert(previousId);
    }
    if (place(order, previousId))
        relayOut();
}

void BoardModel::orderRemoved(const QString &id)
{
    if (m_load)
        m_load->changedMeanwhile.insert(id);
    const bool wasWaiting =
        m_waiting.removeIf([&](const WorkOrderSummary &held) { return held.id == id; }) > 0;
    if (wasWaiting)
        m_waitingTotal = std::max(0, m_waitingTotal - 1);
    if (m_orders.remove(id) > 0 || wasWaiting)
        relayOut();
}

void BoardModel::move(const Move &move)
{
    if (!m_writer)
        return;
    Changes changes;
    UndoStep step;
    QDateTime nextStart = move.startAt ? move.startAt->toUTC() : QDateTime();
    for (const QString &id : move.orderIds) {
        const WorkOrderSummary *found = held(id);
        if (!found)
            continue;
        const WorkOrderSummary seen = *found;
        WorkOrderPatch patch;
        if (move.startAt) {
            // One after another from the drop point, each for its own length.
            if (seen.scheduledDate != nextStart)
                patch.setScheduledDate(nextStart);
            const int minutes = seen.estimatedDuration && *seen.estimatedDuration > 0
                                    ? *seen.estimatedDuration
                                    : m_span.defaultDurationMinutes;
            nextStart = nextStart.addSecs(qint64(minutes) * 60);
        } else if (move.shiftSeconds != 0 && seen.scheduledDate.isValid()) {
            patch.setScheduledDate(seen.scheduledDate.addSecs(move.shiftSeconds));
        }
        const QString currentTechnician = seen.technician ? seen.technician->id : QString();
        if (move.technicianId && *move.technicianId != currentTechnician) {
            patch.setTechnicianId(*move.technicianId);
            // The tray means "nobody yet": an order waiting for someone is open, one given to
            // someone is assigned. Other statuses stay (an order in progress cannot leave its
            // technician, and the server says so).
            if (move.technicianId->isEmpty() && seen.status == Status::Assigned)
                patch.setStatus(Status::Open);
            else if (currentTechnician.isEmpty() && seen.status == Status::Open)
                patch.setStatus(Status::Assigned);
        }
        if (patch.isEmpty())
            continue;
        changes.append({seen, patch});
        step.before.append(seen);
        step.after.insert(seen.id, movedBy(seen, patch));
    }
    if (changes.isEmpty())
        return;
    m_undo = step;
    send(changes, [this](const Sent &sent) {
        if (sent.problems.isEmpty())
            emit moveFinished(QString());
        else
            putBackWhatWasSaved(sent);
    });
}

void BoardModel::undo()
{
    if (!m_undo || !m_writer)
        return;
    const UndoStep step = *std::exchange(m_undo, std::nullopt);
    QStringList movedSince;
    const Changes changes = restoring(step.before, step.after, &step.after, &movedSince);
    const QString leftAlone =
        movedSince.isEmpty()
            ? QString()
            : tr("Not put back, changed since the move: %1").arg(movedSince.join(u", "));
    if (changes.isEmpty()) {
        emit moveFinished(leftAlone);
        return;
    }
    send(changes, [this, leftAlone](const Sent &sent) {
        QStringList parts;
        if (!sent.problems.isEmpty())
            parts.append(tr("Not moved: %1").arg(sent.problems.join(u"; ")));
        if (!leftAlone.isEmpty())
            parts.append(leftAlone);
        emit moveFinished(parts.join(u" · "));
    });
}

BoardModel::Changes BoardModel::restoring(const QList<WorkOrderSummary> &before,
                                          const QHash<QString, WorkOrderSummary> &left,
                                          const QHash<QString, WorkOrderSummary> *expected,
                                          QStringList *movedSince) const
{
    Changes changes;
    for (const WorkOrderSummary &was : before) {
        const WorkOrderSummary *found = held(was.id);
        if (!found) {
            // Off the board now: the move took it out of the days or the filter shown.
            const auto gone = left.constFind(was.id);
            if (gone == left.constEnd())
                continue;
            found = &*gone;
        }
        if (expected && expected->contains(was.id)) {
            const WorkOrderSummary &moved = expected->value(was.id);
            if (found->scheduledDate != moved.scheduledDate ||
                technicianOf(*found) != technicianOf(moved) || found->status != moved.status) {
                if (movedSince)
                    movedSince->append(numberOf(was));
                continue;
            }
        }
        WorkOrderPatch patch;
        if (found->scheduledDate != was.scheduledDate)
            patch.setScheduledDate(was.scheduledDate);
        const QString wasWith = was.technician ? was.technician->id : QString();
        const QString isWith = found->technician ? found->technician->id : QString();
        if (wasWith != isWith)
            patch.setTechnicianId(wasWith);
        if (found->status != was.status)
            patch.setStatus(was.status);
        if (!patch.isEmpty())
            changes.append({*found, patch});
    }
    return changes;
}

void BoardModel::putBackWhatWasSaved(const Sent &sent)
{
    // The server refused part of a move: the orders it took go back too, so that the
    // selection is never left half-moved (and there is nothing left to undo).
    m_undo.reset();
    const Changes changes = restoring(sent.savedBefore, sent.savedAs);
    const QString refused = sent.problems.join(u"; ");
    if (changes.isEmpty()) {
        emit moveFinished(tr("Not moved: %1").arg(refused));
        return;
    }
    send(changes, [this, refused](const Sent &back) {
        emit moveFinished(
            back.problems.isEmpty()
                ? tr("Not moved: %1. The other orders of the move were put back.").arg(refused)
                : tr("Not moved: %1. Some orders of the move could not be put back: %2")
                      .arg(refused, back.problems.join(u"; ")));
    });
}

void BoardModel::send(const Changes &changes, SendDone done)
{
    // One answer for the whole move, once the last order's outcome is in.
    struct Outcome
    {
        int left = 0;
        Sent sent;
        SendDone done;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->left = int(changes.size());
    outcome->done = std::move(done);
    for (const auto &[seen, patch] : changes) {
        moveOne(seen, patch, [this, seen, outcome](const WriteResult &result) {
            if (result.isSaved()) {
                outcome->sent.savedBefore.append(seen);
                if (result.order)
                    outcome->sent.savedAs.insert(seen.id, *result.order);
            } else {
                outcome->sent.problems.append(problemText(seen, result));
            }
            if (--outcome->left == 0)
                outcome->done(outcome->sent);
        });
    }
}

void BoardModel::takeTheirs(const WorkOrderSummary &seen, const WriteResult &conflicted,
                            const std::function<void(const WriteResult &)> &done)
{
    // Someone changed the order since the board read it. A move is quickly made again, and a
    // conflict left waiting would move this order alone once decided: their version wins,
    // the change is dropped from the outbox, and the bar shows where they put it.
    m_writer->resolve(*conflicted.conflict, Conflict::Choice::TakeTheirs, {}, this,
                      [this, seen, conflicted, done](const WriteResult &taken) {
                          m_refusals.insert(seen.id,
                                            tr("changed by someone else meanwhile; it now "
                                               "shows their version"));
                          // The server's order as the conflict found it, unless the
                          // answer brings a newer one.
                          const WorkOrder &now =
                              taken.order ? *taken.order : conflicted.conflict->theirs;
                          if (held(seen.id) && place(now, seen.id))
                              relayOut();
                          done(conflicted);
                      });
}

void BoardModel::moveOne(const WorkOrderSummary &seen, const WorkOrderPatch &patch,
                         std::function<void(const WriteResult &)> done)
{
    m_refusals.remove(seen.id);
    m_movedHere.insert(seen.id, QDateTime::currentDateTimeUtc());
    WorkOrder base;
    static_cast<WorkOrderSummary &>(base) = seen;
    const QJsonObject baseValues = OrderWriter::seenValues(base, false, patch);
    m_writer->update(seen.id, patch, baseValues, this,
                     [this, seen, done = std::move(done)](const WriteResult &result) {
                         if (result.outcome == WriteResult::Outcome::Conflict &&
                             result.conflict) {
                             takeTheirs(seen, result, done);
                             return;
                         }
                         if (!result.isSaved()) {
                             // The bar goes back to where it was, and says why until it is
                             // moved again.
                             m_refusals.insert(seen.id, result.message());
                             if (held(seen.id) && place(seen, seen.id))
                                 relayOut();
                         }
                         done(result);
                     });
}

} // namespace fentu
