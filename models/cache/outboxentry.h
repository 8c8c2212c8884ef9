#pragma once

#include "api/apierror.h"
#include "domain/newworkorder.h"
#include "domain/workorderpatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fentu {

/// One change of the user's, kept in the outbox table from the moment it is saved until the
/// server has it or the user gives it up. Every edit is one, online or offline; entries are
/// sent in `seq` order. Stored and read back by outboxcodec (one place knows the format).
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
        Pending,        // waits to be sent
        Sending,        // a request for it is on its way (a kill here leaves it PossiblySent)
        PossiblySent,   // a create whose answer was lost: looked for on the server before it is
                        // ever sent again; not found, it waits for the user (errorMessage set)
        NeedsAttention, // the server refused it (or its outcome is unknown): the user decides
        Conflict,       // the server changed a field it changes: the user decides
    };

    qint64 seq = 0; // assigned by the cache; replay order
    Kind kind = Kind::Update;
    QString orderId; // a "local-<uuid>" id for an order created offline until the server's

    NewWorkOrder newOrder; // Kind::Create: the POST
    QString localNumber;   // Kind::Create: "NEW-<n>", shown until the server numbers it
    WorkOrderPatch patch;  // Kind::Update: the PUT
    /// The values of the fields `patch` sets, as the user saw them when making the change, in
    /// PUT-body terms. A field missing here was not known (a list row holds no notes): the
    /// conflict check shows it rather than passing it.
    QJsonObject baseValues;

    State state = State::Pending;
    QString errorMessage;            // the server's refusal, in words, for Needs Attention
    QList<FieldError> refusal;       // the fields the server named, for the edit dialog
    bool sendAgainConfirmed = false; // the user said "send again" to a possibly-sent create
    QDateTime createdAt;             // UTC, set by the cache
    QDateTime sentAt;                // UTC, when a request for it last left; invalid before
    int attempts = 0;
    QDateTime lastAttemptAt; // UTC; invalid before the first attempt

    bool isWaitingForUser() const
    {
        return state == State::NeedsAttention || state == State::Conflict ||
               (state == State::PossiblySent && !errorMessage.isEmpty());
    }

    /// A new temporary id for an order created offline: "local-<uuid>".
    static QString newLocalId();
    static bool isLocalId(QStringView id);

    static QString kindToText(Kind kind);
    static std::optional<Kind> kindFromText(QStringView text);
    static QString stateToText(State state);
    static std::optional<State> stateFromText(QStringView text);
};

} // namespace fentu
