#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace fentu {

/// One unsent local edit, kept in the outbox table until the server accepts it or the user
/// discards it. Entries replay in `seq` order.
struct OutboxEntry
{
    enum class Kind
    {
        Create,
        Update,
        Delete
    };
    enum class State
    {
        Pending,
        NeedsAttention
    };

    qint64 seq = 0; // assigned by the cache; replay order
    Kind kind = Kind::Update;
    QString orderId;         // a "local-<uuid>" id for creates until the server assigns one
    QJsonObject payload;     // the request body (NewWorkOrder / WorkOrderPatch JSON)
    QDateTime baseUpdatedAt; // UTC updated_at the edit started from; invalid for creates
    QDateTime createdAt;     // UTC, set by the cache
    State state = State::Pending;
    QString errorMessage; // the server's refusal, for the "Needs attention" list
    int attempts = 0;
    QDateTime lastAttemptAt; // UTC; invalid before the first attempt

    /// A new temporary id for an order created offline: "local-<uuid>".
    static QString newLocalId();
    static bool isLocalId(QStringView id);

    static QString kindToText(Kind kind);
    static std::optional<Kind> kindFromText(QStringView text);
    static QString stateToText(State state);
    static std::optional<State> stateFromText(QStringView text);
};

} // namespace fentu
