#include "cache/outboxentry.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace fentu {

QString OutboxEntry::newLocalId()
{
    return u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool OutboxEntry::isLocalId(QStringView id)
{
    return id.startsWith(u"local-");
}

QString OutboxEntry::kindToText(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return u"create"_s;
    case Kind::Update:
        return u"update"_s;
    case Kind::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<OutboxEntry::Kind> OutboxEntry::kindFromText(QStringView text)
{
    for (Kind kind : {Kind::Create, Kind::Update, Kind::Delete}) {
        if (text == kindToText(kind))
            return kind;
    }
    return std::nullopt;
}

QString OutboxEntry::stateToText(State state)
{
    return state == State::Pending ? u"pending"_s : u"needs_attention"_s;
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromText(QStringView text)
{
    if (text == u"pending")
        return State::Pending;
    if (text == u"needs_attention")
        return State::NeedsAttention;
    return std::nullopt;
}

} // namespace fentu
