#include "workorderendpoints.h"

#include "answers.h"
#include "listquery.h"
#include "requestbody.h"
#include "timestamps.h"
#include "workorderstore.h"

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

HttpAnswer notFound()
{
    return answers::notFound(u"Work order not found"_s);
}

HttpAnswer failedAnswer(Outcome outcome)
{
    return outcome == Outcome::NotFound ? notFound() : answers::internalError();
}

} // namespace

WorkOrderEndpoints::WorkOrderEndpoints(WorkOrderStore &orders, const DirectoryStore &directory)
    : m_orders(orders), m_rules(directory)
{}

HttpAnswer WorkOrderEndpoints::list(const HttpRequest &request) const
{
    FieldErrors errors;
    const PageRequest page = ListQuery::paging(request.query, &errors);
    const OrderListFilter filter = ListQuery::orderFilter(request.query, &errors);
    if (!errors.isEmpty())
        return answers::badRequest(errors);
    const auto result = m_orders.list(filter, page);
    if (!result)
        return answers::internalError();
    return answers::page(result->rows, page.page, page.perPage, result->totalCount);
}

HttpAnswer WorkOrderEndpoints::get(const QString &id) const
{
    return currentOrder(id, 200);
}

HttpAnswer WorkOrderEndpoints::create(const HttpRequest &request)
{
    HttpAnswer failure;
    const auto body = jsonObjectBody(request, &failure);
    if (!body)
        return failure;
    FieldErrors errors;
    const WorkOrderInput input = WorkOrderInput::fromJson(*body, &errors);
    m_rules.checkCreate(input, &errors);
    if (!errors.isEmpty())
        return answers::validationFailed(errors);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    OrderRecord record;
    record.status = input.status.value.value_or(u"open"_s);
    record.priority = input.priority.value.value_or(u"medium"_s);
    record.workOrderType = input.workOrderType.value.value_or(u"service"_s);
    record.description = input.description.value.value_or(QString());
    record.notes = input.notes.value;
    record.customerId = *input.customerId.value;
    record.contactId = input.contactId.value;
    record.technicianId = input.technicianId.value;
    record.scheduledDate = input.scheduledDate.value;
    record.estimatedDuration = input.estimatedDuration.value;
    record.createdAt = timestamps::format(now);
    record.updatedAt = record.createdAt;
    const Outcome outcome = m_orders.create(&record, now);
    if (outcome != Outcome::Ok)
        return failedAnswer(outcome);
    HttpAnswer answer = currentOrder(record.id, 201);
    answer.addHeader("Location", "/api/v1/work-orders/" + record.id.toUtf8());
    return answer;
}

HttpAnswer WorkOrderEndpoints::update(const QString &id, const HttpRequest &request)
{
    OrderState current;
    if (const Outcome outcome = m_orders.state(id, &current); outcome != Outcome::Ok)
        return failedAnswer(outcome);
    HttpAnswer failure;
    const auto body = jsonObjectBody(request, &failure);
    if (!body)
        return failure;
    FieldErrors errors;
    const WorkOrderInput input = WorkOrderInput::fromJson(*body, &errors);
    m_rules.checkUpdate(input, current, &errors);
    if (!errors.isEmpty())
        return answers::validationFailed(errors);
    if (const Outcome outcome = m_orders.update(id, input, QDateTime::currentDateTimeUtc());
        outcome != Outcome::Ok) {
        return failedAnswer(outcome);
    }
    return currentOrder(id, 200);
}

HttpAnswer WorkOrderEndpoints::remove(const QString &id)
{
    const Outcome outcome = m_orders.trash(id, QDateTime::currentDateTimeUtc());
    return outcome == Outcome::Ok ? answers::noContent() : failedAnswer(outcome);
}

HttpAnswer WorkOrderEndpoints::currentOrder(const QString &id, int status) const
{
    QJsonObject order;
    const Outcome outcome = m_orders.detail(id, &order);
    return outcome == Outcome::Ok ? answers::data(status, order) : failedAnswer(outcome);
}

} // namespace fentu::sandbox
