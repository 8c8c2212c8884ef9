#include "orderfieldoptions.h"

#include "subcommandparser.h"

#include "domain/ordervalidation.h"

using namespace Qt::StringLiterals;

namespace fentu::cli {

namespace {

QString clears(OrderFieldOptions::Mode mode)
{
    return mode == OrderFieldOptions::Mode::Update
               ? u' ' + OrderFieldOptions::tr("An empty value clears it.")
               : QString();
}

} // namespace

OrderFieldOptions::OrderFieldOptions(Mode mode)
    : m_mode(mode),
      m_customer(u"customer"_s,
                 mode == Mode::Create
                     ? tr("The customer's id (required).")
                     : tr("Moves the order to another customer's id (it cannot be cleared)."),
                 tr("ID")),
      m_contact(u"contact"_s, tr("The contact person's id, one of the customer's.") + clears(mode),
                tr("ID")),
      m_type(u"type"_s, tr("The work order type, free text (such as service)."), tr("TYPE")),
      m_priority(u"priority"_s,
                 tr("low, medium, high or urgent.") +
                     (mode == Mode::Create ? u' ' + tr("Default: medium.") : QString()),
                 tr("PRIORITY")),
      m_description(u"description"_s, tr("What is to be done."), tr("TEXT")),
      m_scheduled(u"scheduled"_s,
                  tr("When, in ISO 8601, such as 2024-02-01T10:00:00Z. A time with an offset is "
                     "converted to UTC; one without is taken as UTC.") +
                      clears(mode),
                  tr("DATETIME")),
      m_duration(u"duration"_s, tr("The estimated duration in whole minutes.") + clears(mode),
                 tr("MINUTES")),
      m_technician(u"technician"_s, tr("The assigned technician's id.") + clears(mode), tr("ID")),
      m_notes(u"notes"_s, tr("Notes for the technician.") + clears(mode), tr("TEXT")),
      m_draft(u"draft"_s, mode == Mode::Create
                              ? tr("Saves the order as a draft instead of submitting it.")
                              : tr("Sets the status to draft (the same as --status draft).")),
      m_status(u"status"_s,
               tr("draft, open, assigned, in_progress, on_hold, completed or cancelled."),
               tr("STATUS"))
{}

void OrderFieldOptions::addTo(SubcommandParser &parser) const
{
    // The same options for both, in the order; update adds --status.
    for (const QCommandLineOption *option :
         {&m_customer, &m_contact, &m_type, &m_priority, &m_description, &m_scheduled, &m_duration,
          &m_technician, &m_notes, &m_draft})
        parser.addOption(*option);
    if (m_mode == Mode::Update)
        parser.addOption(m_status);
}

std::optional<Failure> OrderFieldOptions::read(const SubcommandParser &parser,
                                               NewWorkOrder *order) const
{
    QList<FieldProblem> problems;
    FieldProblem problem;
    // An empty value means "not given": a new order has nothing to clear.
    const auto given = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) && !parser.value(option).trimmed().isEmpty();
    };
    order->customerId = parser.value(m_customer).trimmed();
    order->contactId = parser.value(m_contact).trimmed();
    order->workOrderType = parser.value(m_type).trimmed();
    order->description = parser.value(m_description);
    order->technicianId = parser.value(m_technician).trimmed();
    order->notes = parser.value(m_notes);
    order->draft = parser.isSet(m_draft);
    if (given(m_priority)) {
        if (const auto priority =
                OrderValidation::parsePriority(parser.value(m_priority), &problem))
            order->priority = *priority;
        else
            problems.append(problem);
    }
    if (given(m_scheduled)) {
        if (const auto scheduled =
                OrderValidation::parseScheduledDate(parser.value(m_scheduled), &problem))
            order->scheduledDate = *scheduled;
        else
            problems.append(problem);
    }
    if (given(m_duration)) {
        if (const auto minutes = OrderValidation::parseDuration(parser.value(m_duration), &problem))
            order->estimatedDuration = *minutes;
        else
            problems.append(problem);
    }
    problems.append(OrderValidation::check(*order));
    if (!problems.isEmpty())
        return Failure::invalidFields(problems);
    return std::nullopt;
}

std::optional<Failure> OrderFieldOptions::read(const SubcommandParser &parser,
                                               WorkOrderPatch *patch) const
{
    QList<FieldProblem> problems;
    FieldProblem problem;
    const auto value = [&parser](const QCommandLineOption &option) {
        return parser.value(option).trimmed();
    };
    if (parser.isSet(m_customer)) {
        // Every order has a customer: there is nothing to clear it to.
        if (value(m_customer).isEmpty())
            problems.append({u"customer_id"_s, OrderValidation::customerRequiredMessage()});
        else
            patch->setCustomerId(value(m_customer));
    }
    if (parser.isSet(m_contact))
        patch->setContactId(value(m_contact));
    if (parser.isSet(m_type))
        patch->setWorkOrderType(value(m_type));
    if (parser.isSet(m_description))
        patch->setDescription(parser.value(m_description));
    if (parser.isSet(m_technician))
        patch->setTechnicianId(value(m_technician));
    if (parser.isSet(m_notes))
        patch->setNotes(parser.value(m_notes));
    if (parser.isSet(m_priority)) {
        // Not optional: there is nothing to clear it to.
        if (const auto priority = OrderValidation::parsePriority(value(m_priority), &problem))
            patch->setPriority(*priority);
        else
            problems.append(problem);
    }
    if (parser.isSet(m_status)) {
        if (const auto status = OrderValidation::parseStatus(value(m_status), &problem))
            patch->setStatus(*status);
        else
            problems.append(problem);
    }
    if (parser.isSet(m_draft)) {
        if (parser.isSet(m_status) && value(m_status) != statusToApi(Status::Draft))
            problems.append(
                {u"status"_s,
                 tr("--draft and --status %1 contradict each other.").arg(value(m_status))});
        else
            patch->setStatus(Status::Draft);
    }
    if (parser.isSet(m_scheduled)) {
        if (value(m_scheduled).isEmpty())
            patch->setScheduledDate(QDateTime()); // null: unscheduled
        else if (const auto scheduled =
                     OrderValidation::parseScheduledDate(value(m_scheduled), &problem))
            patch->setScheduledDate(*scheduled);
        else
            problems.append(problem);
    }
    if (parser.isSet(m_duration)) {
        if (value(m_duration).isEmpty())
            patch->setEstimatedDuration(std::nullopt);
        else if (const auto minutes = OrderValidation::parseDuration(value(m_duration), &problem))
            patch->setEstimatedDuration(*minutes);
        else
            problems.append(problem);
    }
    problems.append(OrderValidation::check(*patch));
    if (!problems.isEmpty())
        return Failure::invalidFields(problems);
    return std::nullopt;
}

} // namespace fentu::cli
