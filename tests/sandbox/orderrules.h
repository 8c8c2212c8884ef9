#pragma once

#include "fielderror.h"
#include "workorderinput.h"

namespace fentu::sandbox {

class DirectoryStore;
struct OrderState;

/// The rules a create or update must pass beyond JSON types: the customer, contact and
/// technician exist, the contact belongs to the customer, and the status rules of
/// assumptions.md (no assigned/in_progress without a technician, nothing leaves
/// completed/cancelled, a new order starts as draft or open).
class OrderRules
{
public:
    explicit OrderRules(const DirectoryStore &directory);

    /// Adds to `errors` what is wrong with a POST body; fields already in `errors` are skipped.
    void checkCreate(const WorkOrderInput &input, FieldErrors *errors) const;
    /// Adds to `errors` what is wrong with a PUT body applied to `current`.
    void checkUpdate(const WorkOrderInput &input, const OrderState &current,
                     FieldErrors *errors) const;

private:
    void checkTechnician(const WorkOrderInput &input, FieldErrors *errors) const;
    void checkContact(const QString &contactId, const QString &customerId, bool customerKnown,
                      FieldErrors *errors) const;

    const DirectoryStore &m_directory;
};

} // namespace fentu::sandbox
