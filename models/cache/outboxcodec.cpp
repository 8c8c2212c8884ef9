#include "cache/outboxcodec.h"

#include "domain/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fentu::outboxcodec {

namespace {

QJsonObject bodyOf(QJsonObject payload)
{
    payload.remove(kBaseKey);
    payload.remove(kRefusalKey);
    payload.remove(kSendAgainKey);
    payload.remove(kLocalNumberKey);
    return payload;
}

} // namespace

QJsonObject encode(const OutboxEntry &entry)
{
    QJsonObject payload;
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
        payload = codec::encode(entry.newOrder);
        if (!entry.localNumber.isEmpty())
            payload.insert(kLocalNumberKey, entry.localNumber);
        break;
    case OutboxEntry::Kind::Update:
        payload = entry.patch.toJson();
        if (!entry.baseValues.isEmpty())
            payload.insert(kBaseKey, entry.baseValues);
        break;
    case OutboxEntry::Kind::Delete:
        break;
    }
    // An array, not an object: one field may be refused twice, and the order is the server's.
    QJsonArray refused;
    for (const FieldError &detail : entry.refusal)
        refused.append(QJsonObject{{u"field"_s, detail.field}, {u"message"_s, detail.message}});
    if (!refused.isEmpty())
        payload.insert(kRefusalKey, refused);
    if (entry.sendAgainConfirmed)
        payload.insert(kSendAgainKey, true);
    return payload;
}

void decode(const QJsonObject &payload, OutboxEntry &entry)
{
    const QJsonObject body = bodyOf(payload);
    entry.newOrder = {};
    entry.localNumber.clear();
    entry.patch = {};
    entry.baseValues = {};
    switch (entry.kind) {
    case OutboxEntry::Kind::Create:
        entry.newOrder = codec::decodeNewWorkOrder(body);
        entry.localNumber = payload.value(kLocalNumberKey).toString();
        break;
    case OutboxEntry::Kind::Update:
        entry.patch = WorkOrderPatch::fromJson(body);
        entry.baseValues = payload.value(kBaseKey).toObject();
        break;
    case OutboxEntry::Kind::Delete:
        break;
    }
    entry.refusal.clear();
    for (const QJsonValue &value : payload.value(kRefusalKey).toArray())
        entry.refusal.append({value[u"field"_s].toString(), value[u"message"_s].toString()});
    entry.sendAgainConfirmed = payload.value(kSendAgainKey).toBool();
}

} // namespace fentu::outboxcodec
