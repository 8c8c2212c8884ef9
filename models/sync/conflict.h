#pragma once

#include "cache/pendingchange.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace fentu {

/// One field of a conflict: what it was when the edit started (if known), what this user set,
/// and what the server holds now. Values are in PUT-body terms; the texts are for people.
struct ConflictField
{
    QString field; // "technician_id"
    QString label; // "Technician", translated
    bool baseKnown = false;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    /// Someone else changed this field since the edit started (always true when the base is
    /// not known: then nobody can tell who changed it).
    bool changedOnServer = true;
    QString baseText;
    QString mineText;
    QString theirsText;
};

/// An edit that started from an older version of the order than the server now holds, and
/// touches fields the server changed meanwhile. The user chooses: keep mine (send the edit
/// anyway), take theirs (drop the edit) or edit (send a new patch).
struct Conflict
{
    enum class Choice
    {
        KeepMine,
        TakeTheirs,
        Edit
    };

    qint64 seq = 0; // the outbox entry that waits for the choice
    QString orderId;
    QJsonObject mine; // the PUT body of the edit
    WorkOrder theirs; // the server's current order
    /// The fields of the edit whose value differs from the server's, in form order.
    QList<ConflictField> fields;

    /// Decides, field by field, whether the edit `mine` of `orderId` (made when its fields had
    /// `baseValues`) conflicts with the server's `theirs`: a field conflicts when the server
    /// holds neither the edit's value nor the base value. A field whose base value is not
    /// known conflicts whenever the server differs from the edit: nobody can tell who changed
    /// it, so the user is asked rather than the server's value silently overwritten.
    static std::optional<Conflict> detect(const QString &orderId, const QJsonObject &mine,
                                          const QJsonObject &baseValues, const WorkOrder &theirs);
    /// Shows technicians and contacts by the names `names` knows (the server's answer names only
    /// its own): the base and "mine" texts otherwise hold bare ids. An unknown id stays an id.
    void nameIds(const NameBook &names);

    /// `value` of `field` for people, naming the technician or contact as `order` does.
    static QString displayText(const QString &field, const QJsonValue &value,
                               const WorkOrder &order);

    /// Same instant at whole-second precision; false when either is invalid.
    static bool sameSecond(const QDateTime &a, const QDateTime &b);
};

} // namespace fentu
