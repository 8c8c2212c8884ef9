#pragma once

#include "domain/workorder.h"

#include "domain/workorderpatch.h"
#include "sync/bulkreport.h"
#include "sync/writeresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace fentu {

class OrderWriter;

/// Runs one user action over many orders (set status, assign, reschedule, delete) through
/// OrderWriter, a few at a time, and reports the whole: progress as each order finishes, then
/// which orders failed and why. A failure never undoes or stops the others.
class BulkWriter : public QObject
{
    Q_OBJECT
public:
    /// One order to change with `patch` (from the list row the user saw, `seen`), or remove.
    struct Item
    {
        QString orderId;
        QString label;         // for the report
        WorkOrderSummary seen; // the row as shown: its values are the base of the change
    };

    /// `writer` is not owned and must outlive this object.
    explicit BulkWriter(OrderWriter *writer, QObject *parent = nullptr);

    /// Orders in flight at once (default 4): enough to hide latency, few enough to stay
    /// polite to the server and leave room for the table's pages.
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    /// Applies `patch` to every item. Ignored while running.
    void update(const QList<Item> &items, const WorkOrderPatch &patch);
    /// Moves every item to the trash. Ignored while running.
    void remove(const QList<Item> &items);
    /// Starts no further orders; those in flight finish (a write already sent cannot be
    /// recalled), then finished() reports them and counts the rest as skipped.
    void cancel();

    bool isRunning() const { return m_running; }
    int total() const { return int(m_items.size()); }
    int done() const { return m_done; }

signals:
    void progress(int done, int total);
    void finished(const fentu::BulkReport &report);

private:
    void start(const QList<Item> &items);
    void launchMore();
    void oneFinished(const Item &item, const WriteResult &result);
    void finishIfIdle();

    QPointer<OrderWriter> m_writer;
    QList<Item> m_items;
    WorkOrderPatch m_patch;
    bool m_removing = false;
    bool m_running = false;
    bool m_cancelled = false;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_maxConcurrent = 4;
    BulkReport m_report;
};

} // namespace fentu
