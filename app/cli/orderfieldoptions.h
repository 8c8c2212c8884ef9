#pragma once

#include "failure.h"

#include "domain/newworkorder.h"
#include "domain/workorderpatch.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

namespace fentu::cli {

class SubcommandParser;

/// The options that set a work order's fields (--customer, --priority, --duration...), shared by
/// `create` and `update`, and their checks: the same OrderValidation the edit dialogs use.
class OrderFieldOptions
{
    Q_DECLARE_TR_FUNCTIONS(fentu::cli::OrderFieldOptions)
public:
    enum class Mode
    {
        Create, // --customer is required; --draft submits as a draft
        Update, // also --status; --draft is --status draft; an empty value clears an optional
                // field (the customer cannot be cleared)
    };

    explicit OrderFieldOptions(Mode mode);
    void addTo(SubcommandParser &parser) const;

    /// The body of the POST, or why not (every problem, in one line).
    std::optional<Failure> read(const SubcommandParser &parser, NewWorkOrder *order) const;
    /// The fields of the PUT, or why not.
    std::optional<Failure> read(const SubcommandParser &parser, WorkOrderPatch *patch) const;

private:
    Mode m_mode;
    QCommandLineOption m_customer;
    QCommandLineOption m_contact;
    QCommandLineOption m_type;
    QCommandLineOption m_priority;
    QCommandLineOption m_description;
    QCommandLineOption m_scheduled;
    QCommandLineOption m_duration;
    QCommandLineOption m_technician;
    QCommandLineOption m_notes;
    QCommandLineOption m_draft;
    QCommandLineOption m_status;
};

} // namespace fentu::cli
