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

namespace {

constexpr std::pair<OutboxEntry::State, QLatin1StringView> kStateNames[] = {
    {OutboxEntry::State::Pending, QLatin1StringView("pending")},
    {OutboxEntry::State::Sending, QLatin1StringView("sending")},
    {OutboxEntry::State::PossiblySent, QLatin1StringView("possibly_sent")},
    {OutboxEntry::State::NeedsAttention, QLatin1StringView("needs_attention")},
    {OutboxEntry::State::Conflict, QLatin1StringView("conflict")},
};

} // namespace

QString OutboxEntry::stateToText(State state)
{
    for (const auto &[value, name] : kStateNames) {
        if (value == state)
            return name;
    }
    return u"pending"_s;
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromText(QStringView text)
{
    for (const auto &[value, name] : kStateNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace fentu
