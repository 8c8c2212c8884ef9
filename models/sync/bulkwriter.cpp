#include "sync/bulkwriter.h"

#include "sync/orderfields.h"
#include "sync/orderwriter.h"
#include "sync/synclogging.h"

#include <QCoreApplication>

#include <algorithm>

namespace fentu {

namespace {

// Why one order of a bulk action was not saved, in the words the user reads in the report.
QString failureMessage(const WriteResult &result)
{
    if (result.outcome == WriteResult::Outcome::Conflict) {
        return QCoreApplication::translate(
            "fentu::BulkWriter",
            "Someone else changed this order on the server meanwhile; open it to decide.");
    }
    const ApiError &error = result.apiError;
    // A 422 names the field and the rule: that is the useful part for a dispatcher.
    if (!error.details().isEmpty()) {
        QStringList parts;
        for (const FieldError &detail : error.details())
            parts.append(
                QStringLiteral("%1: %2").arg(OrderFields::label(detail.field), detail.message));
        return parts.join(QStringLiteral("; "));
    }
    const QString message = result.message();
    return message.isEmpty() ? error.userMessage() : message;
}

} // namespace

BulkWriter::BulkWriter(OrderWriter *writer, QObject *parent) : QObject(parent), m_writer(writer)
{
    Q_ASSERT(writer);
    // Orders of the server being left must not be changed in the next one's outbox.
    connect(writer, &OrderWriter::parked, this, &BulkWriter::cancel);
}

void BulkWriter::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
}

void BulkWriter::update(const QList<Item> &items, const WorkOrderPatch &patch)
{
    if (m_running)
        return;
    m_patch = patch;
    m_removing = false;
    start(items);
}

void BulkWriter::remove(const QList<Item> &items)
{
    if (m_running)
        return;
    m_patch = {};
    m_removing = true;
    start(items);
}

void BulkWriter::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    finishIfIdle();
}

void BulkWriter::start(const QList<Item> &items)
{
    m_items = items;
    m_report = {};
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    emit progress(0, total());
    if (m_items.isEmpty()) {
        finishIfIdle();
        return;
    }
    launchMore();
}

void BulkWriter::launchMore()
{
    while (!m_cancelled && m_writer && m_inFlight < m_maxConcurrent && m_next < total()) {
        const Item item = m_items.at(m_next++);
        ++m_inFlight;
        auto done = [this, item](WriteResult result) { oneFinished(item, result); };
        if (m_removing)
            m_writer->remove(item.orderId, this, done);
        else {
            WorkOrder seen;
            static_cast<WorkOrderSummary &>(seen) = item.seen;
            m_writer->update(item.orderId, m_patch, OrderWriter::seenValues(seen, false, m_patch),
                             this, done);
        }
    }
    finishIfIdle();
}

void BulkWriter::oneFinished(const Item &item, const WriteResult &result)
{
    --m_inFlight;
    ++m_done;
    switch (result.outcome) {
    case WriteResult::Outcome::Sent:
        m_report.sent.append(item.orderId);
        break;
    case WriteResult::Outcome::Queued:
        m_report.queued.append(item.orderId);
        break;
    default:
        m_report.failed.append({item.orderId, item.label, failureMessage(result), result.conflict});
        qCInfo(lcSync) << "bulk action: order" << item.orderId << "not saved";
        break;
    }
    emit progress(m_done, total());
    launchMore();
}

void BulkWriter::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && m_next < total())
        return;
    m_running = false;
    m_report.cancelled = m_cancelled;
    m_report.skipped = total() - m_next;
    const BulkReport report = m_report;
    emit finished(report);
}

} // namespace fentu
