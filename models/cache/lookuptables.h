#pragma once

#include "cache/cacheresult.h"
#include "domain/customer.h"
#include "domain/workorder.h"

#include <QList>

namespace fentu {

class StatementCache;

/// The customers, contacts and technicians tables: what the filter panel and the edit
/// dialogs offer offline. Filled from the lookups and from every order written, so they work
/// even when a server lacks the lookup calls. Callers hold the transaction.
class LookupTables
{
public:
    explicit LookupTables(StatementCache &statements) : m_statements(statements) {}

    /// Records the customer, technician and contact an order mentions (names win; an address
    /// or an active flag already known is kept).
    CacheError noteParties(const WorkOrderSummary &order, const std::optional<Contact> &contact);
    /// The same for a whole page: each customer and technician is written once.
    CacheError notePartiesOf(const QList<WorkOrderSummary> &orders);
    /// Full rows from the customer lookups; their contacts too when listed.
    CacheError upsertCustomer(const Customer &customer);
    CacheError upsertTechnician(const Technician &technician);

    /// Sorted by name; `search` matches the name case-insensitively (empty = all).
    CacheResult<QList<Customer>> customers(const QString &search);
    CacheResult<QList<Contact>> contacts(const QString &customerId);
    CacheResult<QList<Technician>> technicians();

private:
    CacheError noteCustomer(const Customer &customer);
    CacheError noteTechnician(const Technician &technician);
    CacheError upsertContact(const Contact &contact, const QString &customerId);

    StatementCache &m_statements;
};

} // namespace fentu
