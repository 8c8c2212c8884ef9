#include "workorderinput.h"

#include "timestamps.h"
#include "vocabulary.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

constexpr int maxDurationMinutes = 60 * 24 * 365; // a year: anything above is a client bug

// Fields that accept null (it clears them), per assumptions.md.
bool isClearable(const QString &field)
{
    static const QStringList clearable{u"technician_id"_s, u"contact_id"_s, u"scheduled_date"_s,
                                       u"estimated_duration"_s, u"notes"_s};
    return clearable.contains(field);
}

void readString(const QJsonObject &body, const QString &field, Change<QString> *target,
                FieldErrors *errors)
{
    if (!body.contains(field))
        return;
    const QJsonValue value = body.value(field);
    if (value.isNull()) {
        if (isClearable(field))
            target->set(std::nullopt);
        else
            errors->append({field, u"must not be null"_s});
        return;
    }
    if (!value.isString()) {
        errors->append({field, u"must be a string"_s});
        return;
    }
    target->set(value.toString());
}

} // namespace

WorkOrderInput WorkOrderInput::fromJson(const QJsonObject &body, FieldErrors *errors)
{
    WorkOrderInput input;
    readString(body, u"customer_id"_s, &input.customerId, errors);
    readString(body, u"contact_id"_s, &input.contactId, errors);
    readString(body, u"technician_id"_s, &input.technicianId, errors);
    readString(body, u"work_order_type"_s, &input.workOrderType, errors);
    readString(body, u"description"_s, &input.description, errors);
    readString(body, u"notes"_s, &input.notes, errors);

    readString(body, u"priority"_s, &input.priority, errors);
    if (input.priority.value && !vocabulary::isPriority(*input.priority.value)) {
        errors->append(
            {u"priority"_s, u"must be one of: %1"_s.arg(vocabulary::priorities().join(u", "_s))});
    }

    readString(body, u"status"_s, &input.status, errors);
    if (input.status.value && !vocabulary::isStatus(*input.status.value)) {
        errors->append(
            {u"status"_s, u"must be one of: %1"_s.arg(vocabulary::statuses().join(u", "_s))});
    }

    readString(body, u"scheduled_date"_s, &input.scheduledDate, errors);
    if (input.scheduledDate.value) {
        const auto parsed = timestamps::parseDateTime(*input.scheduledDate.value);
        if (parsed) {
            input.scheduledDate.value = timestamps::format(*parsed);
        } else {
            errors->append({u"scheduled_date"_s,
                            u"must be an ISO 8601 date-time with a time zone, e.g. "
                            "2024-02-01T10:00:00Z"_s});
        }
    }

    const QString durationField = u"estimated_duration"_s;
    if (body.contains(durationField)) {
        const QJsonValue value = body.value(durationField);
        const double number = value.toDouble();
        if (value.isNull()) {
            input.estimatedDuration.set(std::nullopt);
        } else if (!value.isDouble() || std::floor(number) != number) {
            errors->append({durationField, u"must be a whole number of minutes"_s});
        } else if (number < 0) {
            errors->append({durationField, u"must not be negative"_s});
        } else if (number > maxDurationMinutes) {
            errors->append({durationField, u"must be at most %1"_s.arg(maxDurationMinutes)});
        } else {
            input.estimatedDuration.set(static_cast<int>(number));
        }
    }
    return input;
}

} // namespace fentu::sandbox
