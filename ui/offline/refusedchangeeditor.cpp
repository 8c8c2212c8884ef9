#include "refusedchangeeditor.h"

#include "workorderdialog.h"

#include "cache/cachestore.h"
#include "cache/pendingchange.h"
#include "domain/codec.h"
#include "sync/namebookloader.h"
#include "sync/orderfields.h"
#include "sync/orderlookups.h"
#include "sync/outboxreplayer.h"

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

/// The detail fields (description, notes, contact) neither the cached row nor the queued change
/// holds: the dialog must not show them as empty.
QStringList unknownDetailFields(const std::optional<CachedWorkOrder> &cached,
                                const QJsonObject &queued)
{
    if (cached && cached->hasDetail)
        return {};
    QStringList unknown;
    for (const QString &field : {u"description"_s, u"notes"_s, u"contact_id"_s}) {
        if (!queued.contains(field))
            unknown.append(field);
    }
    return unknown;
}

} // namespace

RefusedChangeEditor::RefusedChangeEditor(const Services &services, QWidget *window,
                                         QObject *parent)
    : QObject(parent), m_services(services), m_window(window),
      m_lookups(new OrderLookups(services.client, services.store, this))
{
    Q_ASSERT(services.store && services.writer && services.replayer);
    m_lookups->setMonitor(services.monitor);
}

bool RefusedChangeEditor::canEdit(const OutboxEntry &entry)
{
    return entry.kind == OutboxEntry::Kind::Create || entry.kind == OutboxEntry::Kind::Update;
}

void RefusedChangeEditor::edit(const OutboxEntry &entry)
{
    if (!canEdit(entry) || m_dialog)
        return;
    CacheStore *store = m_services.store;
    store->getWorkOrder(
        entry.orderId, this, [this, entry](CacheResult<std::optional<CachedWorkOrder>> r) {
            const std::optional<CachedWorkOrder> cached = r.isOk() ? r.value() : std::nullopt;
            const QJsonObject queued = entry.kind == OutboxEntry::Kind::Create
                                           ? codec::encode(entry.newOrder)
                                           : entry.patch.toJson();
            WorkOrder row;
            if (cached)
                row = cached->order;
            row.id = entry.orderId;
            if (!m_services.store)
                return;
            loadNameBook(m_services.store, this,
                         queued.value(u"customer_id"_s).toString(row.customer.id),
                         [this, entry, cached, queued, row](const NameBook &names) {
                             // The user's values: the queued change over what the cache has.
                             WorkOrder order = PendingChange::applied(row, queued, names);
                             if (entry.kind == OutboxEntry::Kind::Create)
                                 order = PendingChange::created(entry.newOrder, entry.orderId,
                                                                row.number, names, row.createdAt);
                             const QStringList unknown = entry.kind == OutboxEntry::Kind::Create
                                                             ? QStringList()
                                                             : unknownDetailFields(cached, queued);
                             open(entry, order, unknown);
                         });
        });
}

void RefusedChangeEditor::open(const OutboxEntry &entry, const WorkOrder &order,
                               const QStringList &unknown)
{
    if (m_dialog)
        return;
    const bool isCreate = entry.kind == OutboxEntry::Kind::Create;
    // The one edit dialog of the application, in the mode of the queued change.
    auto *dialog = isCreate ? new WorkOrderDialog(m_services.writer, m_lookups, m_window)
                            : new WorkOrderDialog(order, m_services.writer, m_lookups, m_window);
    if (isCreate)
        dialog->form()->setOrder(order);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("Correct %1").arg(order.number.isEmpty() ? tr("the new work order") : order.number));
    dialog->form()->setUnknownFields(unknown);
    dialog->showEarlierRefusal(entry.errorMessage, entry.refusal);

    const QJsonObject queued = entry.patch.toJson();
    OutboxReplayer *replayer = m_services.replayer;
    const qint64 seq = entry.seq;
    // Fields the correction adds start from the row as it is shown (the server's values).
    const QJsonObject shownValues = OrderFields::wireValues(order, OrderFields::editable());
    dialog->setSender([replayer, dialog, seq, isCreate, queued, shownValues](
                          const QJsonObject &body, std::function<void(WriteResult)> done) {
        // An edit's form holds the user's values: what it changed goes over the queued change.
        QJsonObject corrected = isCreate ? body : queued;
        if (!isCreate) {
            for (auto it = body.begin(); it != body.end(); ++it)
                corrected.insert(it.key(), it.value());
        }
        replayer->amend(seq, corrected, shownValues, dialog, std::move(done));
    });
    connect(dialog, &WorkOrderDialog::saved, this, [this](const WriteResult &result) {
        emit message(result.outcome == WriteResult::Outcome::Sent
                         ? tr("The corrected change was sent to the server")
                         : tr("The corrected change waits to be sent"));
    });
    m_dialog = dialog;
    dialog->open();
}

} // namespace fentu
