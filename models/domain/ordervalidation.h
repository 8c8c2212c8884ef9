#pragma once

#include "domain/newworkorder.h"
#include "domain/priority.h"
#include "domain/status.h"
#include "domain/workorderpatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fentu {

/// One field of an order that fails a client-side check, named as the API names it
/// ("estimated_duration"), with the sentence to show next to it.
struct FieldProblem
{
    QString field;
    QString message;
    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

/// The checks made before a create or an update is sent, shared by the edit dialogs and
/// fentu-cli so that both refuse the same input with the same words. The server still has the
/// last word (422); these only spare a round trip for what is certainly wrong.
class OrderValidation
{
    Q_DECLARE_TR_FUNCTIONS(fentu::OrderValidation)
public:
    /// Customer required, duration >= 0, a known priority.
    static QList<FieldProblem> check(const NewWorkOrder &order);
    /// A duration, if set, >= 0. (Typed setters make the other fields valid by construction.)
    static QList<FieldProblem> check(const WorkOrderPatch &patch);

    // Typed input: the value, or nullopt with `problem` filled in.
    /// Whole minutes, 0 or more ("90").
    static std::optional<int> parseDuration(QStringView text, FieldProblem *problem);
    /// A wire name: low, medium, high or urgent.
    static std::optional<Priority> parsePriority(QStringView text, FieldProblem *problem);
    /// A wire name: one of the seven statuses.
    static std::optional<Status> parseStatus(QStringView text, FieldProblem *problem);
    /// ISO 8601, e.g. "2024-02-01T10:00:00Z" or with an offset; a bare date is midnight UTC.
    static std::optional<QDateTime> parseScheduledDate(QStringView text, FieldProblem *problem);

    static QString customerRequiredMessage();
    static QString durationMessage();
    static QString priorityMessage();
    static QString statusMessage();
    static QString scheduledDateMessage();
};

} // namespace fentu
