#include "pendingreport.h"

#include "jsonformatter.h"
#include "tableformatter.h"

#include "domain/codec.h"
#include "sync/orderfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

const QString kIndent = u"    "_s;

QString indented(const QString &text, const QString &indent)
{
    QString result;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        result += indent + line + u'\n';
    return result;
}

QJsonObject changeJson(const QString &field, const QJsonValue &value, const NameBook &names)
{
    return {{u"field"_s, field},
            {u"label"_s, OrderFields::label(field)},
            {u"value"_s, value},
            {u"text"_s, PendingReport::valueText(field, value, names)}};
}

QJsonObject comparisonJson(const ConflictField &f)
{
    QJsonObject object{{u"field"_s, f.field},
                       {u"label"_s, f.label},
                       {u"base_known"_s, f.baseKnown},
                       {u"mine"_s, f.mine},
                       {u"theirs"_s, f.theirs},
                       {u"mine_text"_s, f.mineText},
                       {u"theirs_text"_s, f.theirsText},
                       {u"changed_on_server"_s, f.changedOnServer}};
    // An unknown base is no value at all, not a null one (null is "was empty").
    if (f.baseKnown) {
        object.insert(u"base"_s, f.base);
        object.insert(u"base_text"_s, f.baseText);
    }
    return object;
}

QString comparisonText(const PendingItem &item, bool offline)
{
    if (item.entry.state != OutboxEntry::State::Conflict ||
        item.entry.kind != OutboxEntry::Kind::Update)
        return {};
    if (!item.comparisonError.isEmpty())
        return kIndent +
               PendingReport::tr("Could not compare with the server: %1")
                   .arg(item.comparisonError) +
               u'\n';
    if (!item.compared)
        return kIndent +
               (offline ? PendingReport::tr("Changed on the server since your edit; run "
                                            "\"fentu-cli pending\" without --offline to compare.")
                        : PendingReport::tr("Changed on the server since your edit.")) +
               u'\n';
    if (!item.conflict || item.conflict->fields.isEmpty())
        return kIndent +
               PendingReport::tr("The server no longer differs where this change "
                                 "matters: the next \"fentu-cli sync\" sends it.") +
               u'\n';
    QList<QStringList> rows;
    for (const ConflictField &f : item.conflict->fields)
        rows.append({f.label, f.baseKnown ? f.baseText : PendingReport::tr("(not known)"),
                     f.mineText, f.theirsText});
    return kIndent + PendingReport::tr("Changed on the server since your edit:") + u'\n' +
           indented(TableFormatter::format(
                        {PendingReport::tr("Field"), PendingReport::tr("When you edited"),
                         PendingReport::tr("Yours"), PendingReport::tr("Server now")},
                        rows),
                    kIndent + u"  "_s);
}

} // namespace

QString PendingReport::stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("pending");
    case OutboxEntry::State::Sending:
        return tr("sending");
    case OutboxEntry::State::PossiblySent:
        return tr("possibly sent");
    case OutboxEntry::State::NeedsAttention:
        return tr("needs attention");
    case OutboxEntry::State::Conflict:
        return tr("conflict");
    }
    return {};
}

QString PendingReport::kindText(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Create:
        return tr("create");
    case OutboxEntry::Kind::Update:
        return tr("update");
    case OutboxEntry::Kind::Delete:
        return tr("delete");
    }
    return {};
}

QString PendingReport::orderName(const QString &number, const QString &id)
{
    if (number.isEmpty() || number == id)
        return id;
    return tr("%1 (%2)").arg(number, id);
}

QList<std::pair<QString, QJsonValue>> PendingReport::changes(const OutboxEntry &entry)
{
    QJsonObject body;
    if (entry.kind == OutboxEntry::Kind::Create)
        body = codec::encode(entry.newOrder);
    else if (entry.kind == OutboxEntry::Kind::Update)
        body = entry.patch.toJson();
    // The customer first (a create's and a move's main field), then the form's order; a
    // field this version cannot name comes last rather than not at all.
    QStringList order = QStringList{u"customer_id"_s} + OrderFields::editable();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    QList<std::pair<QString, QJsonValue>> fields;
    for (const QString &field : std::as_const(order)) {
        if (body.contains(field))
            fields.append({field, body.value(field)});
    }
    return fields;
}

QString PendingReport::valueText(const QString &field, const QJsonValue &value,
                                 const NameBook &names)
{
    const QString id = value.toString();
    QString name;
    if (!id.isEmpty()) {
        if (field == "customer_id"_L1)
            name = names.customers.value(id);
        else if (field == "technician_id"_L1)
            name = names.technicians.value(id);
        else if (field == "contact_id"_L1)
            name = names.contacts.value(id);
    }
    return name.isEmpty() ? OrderFields::displayValue(field, value) : name;
}

QString PendingReport::text(const QList<PendingItem> &items, bool offline)
{
    if (items.isEmpty())
        return tr("The outbox is empty: the server has every change.") + u'\n';
    QString text =
        tr("%n change(s) saved on this computer, not yet on the server:", nullptr, items.size()) +
        u'\n';
    bool anyWaiting = false;
    for (const PendingItem &item : items) {
        const OutboxEntry &e = item.entry;
        anyWaiting = anyWaiting || e.isWaitingForUser();
        text +=
            u'\n' +
            TableFormatter::sanitized(
                tr("#%1  %2  %3  %4")
                    .arg(e.seq)
                    .arg(kindText(e.kind), orderName(item.number, e.orderId), stateText(e.state))) +
            u'\n';
        if (e.kind == OutboxEntry::Kind::Delete)
            text += kIndent + tr("Moves the work order to the trash.") + u'\n';
        for (const auto &[field, value] : changes(e))
            text += kIndent +
                    TableFormatter::sanitized(tr("%1: %2").arg(
                        OrderFields::label(field), valueText(field, value, item.names))) +
                    u'\n';
        if (!e.errorMessage.isEmpty())
            text += indented(tr("Reason: %1").arg(e.errorMessage), kIndent);
        text += comparisonText(item, offline);
    }
    if (anyWaiting)
        text += u'\n' +
                tr("Settle an entry with fentu-cli pending --keep-mine SEQ or --take-theirs SEQ "
                   "(a conflict), --send-again SEQ (possibly sent or refused), or --discard SEQ.") +
                u'\n';
    return text;
}

QString PendingReport::json(const QList<PendingItem> &items)
{
    QList<QJsonObject> objects;
    for (const PendingItem &item : items) {
        const OutboxEntry &e = item.entry;
        QJsonObject object{{u"seq"_s, e.seq},
                           {u"kind"_s, OutboxEntry::kindToText(e.kind)},
                           {u"order_id"_s, e.orderId},
                           {u"state"_s, OutboxEntry::stateToText(e.state)},
                           {u"waiting_for_user"_s, e.isWaitingForUser()},
                           {u"created_at"_s, codec::encodeDateTime(e.createdAt)},
                           {u"attempts"_s, e.attempts}};
        if (!item.number.isEmpty())
            object.insert(u"number"_s, item.number);
        if (!e.errorMessage.isEmpty())
            object.insert(u"reason"_s, e.errorMessage);
        if (!e.refusal.isEmpty()) {
            QJsonArray refusal;
            for (const FieldError &error : e.refusal)
                refusal.append(
                    QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
            object.insert(u"refusal"_s, refusal);
        }
        QJsonArray changes;
        for (const auto &[field, value] : PendingReport::changes(e))
            changes.append(changeJson(field, value, item.names));
        object.insert(u"changes"_s, changes);
        if (item.compared) {
            QJsonArray comparison;
            if (item.conflict) {
                for (const ConflictField &f : item.conflict->fields)
                    comparison.append(comparisonJson(f));
            }
            object.insert(u"comparison"_s, comparison);
        } else if (!item.comparisonError.isEmpty()) {
            object.insert(u"comparison_error"_s, item.comparisonError);
        }
        objects.append(object);
    }
    return JsonFormatter::array(objects);
}

} // namespace fentu::cli
