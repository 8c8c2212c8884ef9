#pragma once

#include "board/boardlayout.h"
#include "domain/workorderpatch.h"
#include "filter/workorderfilter.h"
#include "sync/writeresult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace fentu {

class ApiCall;
class CacheStore;
class LookupLoader;
class OrderWriter;
class WorkOrderPageSource;

/// The schedule board's data: the orders of a span of local days (every page, from the
/// window's page source: the server written through to the cache online, the cache offline),
/// the technicians, laid out by BoardLayout; moves (reschedule, reassign, assign, unassign)
/// through the one write path, with undo of the last; a re-read every refresh interval so
/// that other dispatchers' moves show, those orders marked for a while. Widgets-free.
class BoardModel : public QObject
{
    Q_OBJECT
public:
    /// Where a move takes its orders: along time and/or to another row.
    struct Move
    {
        QStringList orderIds;
        qint64 shiftSeconds = 0;            // along time; 0 keeps the times
        /// Another row; "" = the Unassigned tray. An assigned order put in the tray becomes
        /// open, an open one taken from the tray to a technician assigned.
        std::optional<QString> technicianId;
        /// Schedules the orders from this instant, one after another (orders from the "Not
        /// scheduled" list have no time to shift); shiftSeconds is then not used.
        std::optional<QDateTime> startAt = std::nullopt;
    };

    /// How many waiting orders the board lists at most (the rest are counted).
    static constexpr int kWaitingLimit = 200;

    /// None is owned; all must outlive the model. `technicians` loads the rows (server, or
    /// cache when offline); `writer` carries every move.
    BoardModel(WorkOrderPageSource *source, LookupLoader *technicians, OrderWriter *writer,
               QObject *parent = nullptr);
    ~BoardModel() override;

    /// Where the orders waiting for a date and a technician come from: the cache, kept
    /// current by sync and by this window's writes (no server filter selects them). Without
    /// one, the board lists none.
    void setWaitingSource(CacheStore *store);

    const BoardSpan &span() const { return m_span; }
    /// Another span loads its orders (the old ones stay shown until the new ones are in).
    void setSpan(const BoardSpan &span);
    /// The status and customer parts of the window's filter apply; its dates and technician
    /// do not (the span and the rows are the board's own).
    void setFilter(const WorkOrderFilter &filter);
    /// Only the rows with a clash (and the tray).
    void setClashesOnly(bool only);
    bool clashesOnly() const { return m_clashesOnly; }
    /// Only these technicians' rows (and the tray), in the board's order: a supervisor's team.
    /// Empty, or naming none of the technicians loaded, shows every row; ids not loaded (a
    /// technician gone from the server) are kept and ignored.
    void setShownTechnicians(const QStringList &ids);
    const QStringList &shownTechnicians() const { return m_shownTechnicians; }
    /// Whether shownTechnicians() narrows the rows now (it names a technician loaded).
    bool isNarrowedToTechnicians() const;
    /// The technicians the rows are made of, in the board's order.
    const QList<Technician> &technicians() const { return m_technicians; }
    /// Re-reads the span every `ms` (0: never). The caller turns it off while offline.
    void setRefreshInterval(int ms);
    /// How often lateness is worked out again, for a board left open (default a minute): an
    /// order becomes late as time passes, with or without a re-read.
    void setLatenessInterval(int ms) { m_tick.start(ms); }
    /// How long an order changed by someone else stays marked (default 30 s).
    void setChangedMarkMs(int ms) { m_changedMarkMs = ms; }
    /// What "now" is, for lateness and the current-time line (tests; default the clock).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    /// Loads the technicians and the span's orders again.
    void reload();
    /// Reads the span's orders again (the periodic re-read; the technicians stay).
    void reloadOrders();
    bool isLoading() const { return m_loading; }
    /// Why the last load failed, in words; empty when it did not.
    QString loadError() const { return m_loadError; }

    const QList<BoardRow> &rows() const { return m_rows; }
    /// Orders with neither a date nor a technician, not completed or cancelled, that pass the
    /// status and customer filter: at most kWaitingLimit, by number.
    const QList<WorkOrderSummary> &waiting() const { return m_waiting; }
    /// How many such orders the cache holds (more than waiting() shows when past the limit).
    int waitingTotal() const { return m_waitingTotal; }
    /// The rows of the technicians shown (setShownTechnicians), whatever "Clashes only" hides:
    /// what the day sheets are made of (a technician's sheet is the whole day).
    const QList<BoardRow> &teamRows() const { return m_teamRows; }
    /// The status and customer parts of the window's filter that the board applies.
    const WorkOrderFilter &filter() const { return m_filter; }
    /// The bar of `orderId` and its row, if shown.
    const BoardBar *bar(const QString &orderId, int *row = nullptr) const;
    /// Orders the last re-read found changed by someone else, still marked.
    bool isChangedElsewhere(const QString &orderId) const;
    /// Pending marks: orders with unsent edits (the window's PendingOrders set).
    void setPending(const QSet<QString> &ids);
    bool isPending(const QString &orderId) const { return m_pending.contains(orderId); }
    /// The server's last refusal of a move of `orderId`, in words, until it moves again.
    QString refusal(const QString &orderId) const { return m_refusals.value(orderId); }

    /// Moves orders through the OrderWriter; the bars move at once (the writer's rows), a
    /// refused move snaps back with the server's reason on the bar. When the server refuses
    /// some orders of a multi-selection, those it took are put back too: nothing half-moved.
    /// Undoable by undo().
    void move(const Move &move);
    bool canUndo() const { return m_undo.has_value(); }
    /// Puts the orders of the last move back where they were (itself a move, not undoable).
    void undo();

    /// An order the window learnt changed (the writer's signal): the bar follows.
    void orderChanged(const WorkOrder &order, const QString &previousId);
    void orderRemoved(const QString &id);

signals:
    void changed();
    void loadingChanged(bool loading);
    /// A move ended: `message` in words for the status bar (empty when all went well).
    void moveFinished(const QString &message);

private:
    struct Load;
    void startLoad(bool withTechnicians);
    void fetchPage(const std::shared_ptr<Load> &load, int page);
    void finishLoad(const std::shared_ptr<Load> &load);
    void relayOut();
    WorkOrderFilter spanFilter() const;
    void readWaiting(const std::shared_ptr<Load> &load);
    /// True when `order` belongs in waiting() under the current filter.
    bool isWaiting(const WorkOrderSummary &order) const;
    /// The order as the board holds it, on a bar or in the waiting list; null when neither.
    const WorkOrderSummary *held(const QString &id) const;
    /// Puts `order` where it belongs now (a bar, the waiting list, or neither); true when the
    /// board changed.
    bool place(const WorkOrderSummary &order, const QString &previousId);
    using Changes = QList<std::pair<WorkOrderSummary, WorkOrderPatch>>;
    /// The refusals in words, and the orders (as they were before) that were saved.
    struct Sent
    {
        QStringList problems;                     // the refusals and conflicts, in words
        QList<WorkOrderSummary> savedBefore;      // the orders saved, as they were before
        QHash<QString, WorkOrderSummary> savedAs; // ...and as the write left them, by id
    };
    using SendDone = std::function<void(const Sent &sent)>;
    void send(const Changes &changes, SendDone done);
    void moveOne(const WorkOrderSummary &seen, const WorkOrderPatch &patch,
                 std::function<void(const WriteResult &)> done);
    void takeTheirs(const WorkOrderSummary &seen, const WriteResult &conflicted,
                    const std::function<void(const WriteResult &)> &done);
    /// What puts the orders back to how `before` had them, each from where the board holds it
    /// or, when it has left the board (moved out of the span or the filter), from `left`.
    /// With `expected`, only those still as `expected` has them (the others' numbers go to
    /// `movedSince`).
    Changes restoring(const QList<WorkOrderSummary> &before,
                      const QHash<QString, WorkOrderSummary> &left,
                      const QHash<QString, WorkOrderSummary> *expected = nullptr,
                      QStringList *movedSince = nullptr) const;
    void putBackWhatWasSaved(const Sent &sent);

    QPointer<WorkOrderPageSource> m_source;
    QPointer<LookupLoader> m_technicianLoader;
    QPointer<OrderWriter> m_writer;
    QPointer<CacheStore> m_waitingStore;
    BoardSpan m_span;
    BoardSpan m_loadedSpan; // the days m_orders were read for
    WorkOrderFilter m_filter;
    bool m_clashesOnly = false;
    QStringList m_shownTechnicians;
    std::function<QDateTime()> m_clock;

    QList<Technician> m_technicians;
    QHash<QString, WorkOrderSummary> m_orders; // the span's, by id
    QList<BoardRow> m_rows;
    QList<BoardRow> m_teamRows;
    QList<WorkOrderSummary> m_waiting;
    int m_waitingTotal = 0;
    QSet<QString> m_pending;
    QHash<QString, QString> m_refusals;
    QHash<QString, QDateTime> m_changedElsewhere; // id -> until when it stays marked
    QHash<QString, QDateTime> m_movedHere;        // id -> when this window last moved it
    int m_changedMarkMs = 30000;

    std::shared_ptr<Load> m_load; // the load in flight, if any
    bool m_loading = false;
    QString m_loadError;
    QTimer m_refresh;
    QTimer m_unmark;
    QTimer m_tick;

    struct UndoStep
    {
        QList<WorkOrderSummary> before; // the orders as they were before the move
        /// Where the move put them (date, technician, status): undo leaves an order that is
        /// no longer there alone, as someone has moved it since.
        QHash<QString, WorkOrderSummary> after;
    };
    std::optional<UndoStep> m_undo;
};

} // namespace fentu
