#include "domain/ordervalidation.h"

#include "domain/isodatetime.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

void fill(FieldProblem *problem, const QString &field, const QString &message)
{
    if (problem)
        *problem = FieldProblem{field, message};
}

} // namespace

QList<FieldProblem> OrderValidation::check(const NewWorkOrder &order)
{
    QList<FieldProblem> problems;
    if (order.customerId.trimmed().isEmpty())
        problems.append({u"customer_id"_s, customerRequiredMessage()});
    if (order.priority == Priority::Unknown)
        problems.append({u"priority"_s, priorityMessage()});
    if (order.estimatedDuration && *order.estimatedDuration < 0)
        problems.append({u"estimated_duration"_s, durationMessage()});
    return problems;
}

QList<FieldProblem> OrderValidation::check(const WorkOrderPatch &patch)
{
    QList<FieldProblem> problems;
    const QJsonValue duration = patch.toJson().value("estimated_duration"_L1);
    // null clears the field; only a number can be out of range.
    if (duration.isDouble() && duration.toDouble() < 0)
        problems.append({u"estimated_duration"_s, durationMessage()});
    return problems;
}

std::optional<int> OrderValidation::parseDuration(QStringView text, FieldProblem *problem)
{
    const QStringView trimmed = text.trimmed();
    // Digits only: "+5", "1e3", "0x10" and " 5 min" are not what a person means by minutes.
    const bool digitsOnly = !trimmed.isEmpty() && std::all_of(trimmed.begin(), trimmed.end(),
                                                              [](QChar c) { return c.isDigit(); });
    bool ok = false;
    const int minutes = digitsOnly ? trimmed.toInt(&ok) : 0;
    if (!ok || minutes < 0) {
        fill(problem, u"estimated_duration"_s, durationMessage());
        return std::nullopt;
    }
    return minutes;
}

std::optional<Priority> OrderValidation::parsePriority(QStringView text, FieldProblem *problem)
{
    const auto priority = priorityFromApi(text.trimmed());
    if (!priority)
        fill(problem, u"priority"_s, priorityMessage());
    return priority;
}

std::optional<Status> OrderValidation::parseStatus(QStringView text, FieldProblem *problem)
{
    const auto status = statusFromApi(text.trimmed());
    if (!status)
        fill(problem, u"status"_s, statusMessage());
    return status;
}

std::optional<QDateTime> OrderValidation::parseScheduledDate(QStringView text,
                                                             FieldProblem *problem)
{
    const QDateTime scheduled = parseIsoDateTime(text.trimmed());
    if (!scheduled.isValid()) {
        fill(problem, u"scheduled_date"_s, scheduledDateMessage());
        return std::nullopt;
    }
    return scheduled;
}

QString OrderValidation::customerRequiredMessage()
{
    return tr("A customer is required.");
}

QString OrderValidation::durationMessage()
{
    return tr("The estimated duration must be a whole number of minutes, 0 or more.");
}

QString OrderValidation::priorityMessage()
{
    return tr("The priority must be one of low, medium, high or urgent.");
}

QString OrderValidation::statusMessage()
{
    return tr("The status must be one of draft, open, assigned, in_progress, on_hold, "
              "completed or cancelled.");
}

QString OrderValidation::scheduledDateMessage()
{
    return tr("The scheduled date must be an ISO 8601 date and time, such as "
              "2024-02-01T10:00:00Z.");
}

} // namespace fentu
