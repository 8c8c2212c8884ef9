#include "cache/lookuptables.h"

#include "cache/statementcache.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

CacheError LookupTables::noteParties(const WorkOrderSummary &order,
                                     const std::optional<Contact> &contact)
{
    CacheError error = noteCustomer(order.customer);
    if (!error.isError() && order.technician)
        error = noteTechnician(*order.technician);
    if (!error.isError() && contact && !contact->id.isEmpty())
        error = upsertContact(*contact, order.customer.id);
    return error;
}

CacheError LookupTables::notePartiesOf(const QList<WorkOrderSummary> &orders)
{
    // A page names the same few customers and technicians many times over.
    QHash<QString, Customer> customers;
    QHash<QString, Technician> technicians;
    for (const WorkOrderSummary &order : orders) {
        customers.insert(order.customer.id, order.customer);
        if (order.technician)
            technicians.insert(order.technician->id, *order.technician);
    }
    for (const Customer &customer : std::as_const(customers)) {
        if (CacheError error = noteCustomer(customer); error.isError())
            return error;
    }
    for (const Technician &technician : std::as_const(technicians)) {
        if (CacheError error = noteTechnician(technician); error.isError())
            return error;
    }
    return {};
}

CacheError LookupTables::noteCustomer(const Customer &customer)
{
    if (customer.id.isEmpty())
        return {};
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT INTO customers (id, name, address) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " name = CASE WHEN excluded.name = '' THEN customers.name ELSE excluded.name END,"
        " address = coalesce(excluded.address, customers.address)"
        // Unchanged rows are not rewritten: no dirty page, nothing for the WAL.
        " WHERE (excluded.name <> '' AND excluded.name IS NOT customers.name)"
        " OR (excluded.address IS NOT NULL AND excluded.address IS NOT customers.address)"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, customer.id);
    query->bindValue(1, customer.name);
    query->bindValue(2, textOrNull(customer.address));
    return StatementCache::exec(*query, u"writing customer"_s);
}

CacheError LookupTables::noteTechnician(const Technician &technician)
{
    if (technician.id.isEmpty())
        return {};
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT INTO technicians (id, name) VALUES (?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " name = CASE WHEN excluded.name = '' THEN technicians.name ELSE excluded.name END"
        " WHERE excluded.name <> '' AND excluded.name IS NOT technicians.name"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, technician.id);
    query->bindValue(1, technician.name);
    return StatementCache::exec(*query, u"writing technician"_s);
}

CacheError LookupTables::upsertCustomer(const Customer &customer)
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"INSERT INTO customers (id, name, address, raw) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                              " address = excluded.address, raw = excluded.raw"_s,
                              &error);
    if (!query)
        return error;
    const QJsonObject raw{
        {u"id"_s, customer.id}, {u"name"_s, customer.name}, {u"address"_s, customer.address}};
    query->bindValue(0, customer.id);
    query->bindValue(1, customer.name);
    query->bindValue(2, textOrNull(customer.address));
    query->bindValue(3, QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)));
    error = StatementCache::exec(*query, u"writing customer"_s);
    for (const Contact &contact : customer.contacts) {
        if (error.isError())
            break;
        error = upsertContact(contact, customer.id);
    }
    return error;
}

CacheError LookupTables::upsertContact(const Contact &contact, const QString &customerId)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT INTO contacts (id, customer_id, name, phone, email) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " customer_id = coalesce(excluded.customer_id, contacts.customer_id),"
        " name = excluded.name, phone = excluded.phone, email = excluded.email"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, contact.id);
    query->bindValue(1, textOrNull(customerId));
    query->bindValue(2, contact.name);
    query->bindValue(3, textOrNull(contact.phone));
    query->bindValue(4, textOrNull(contact.email));
    return StatementCache::exec(*query, u"writing contact"_s);
}

CacheError LookupTables::upsertTechnician(const Technician &technician)
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"INSERT INTO technicians (id, name, active) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = excluded.active"_s,
        &error);
    if (!query)
        return error;
    query->bindValue(0, technician.id);
    query->bindValue(1, technician.name);
    query->bindValue(2, technician.active ? 1 : 0);
    return StatementCache::exec(*query, u"writing technician"_s);
}

CacheResult<QList<Customer>> LookupTables::customers(const QString &search)
{
    CacheError error;
    // instr() over lower() instead of LIKE: no wildcard characters to escape in `search`.
    QSqlQuery *query =
        m_statements.prepared(u"SELECT id, name, address FROM customers"
                              " WHERE coalesce(?, '') = '' OR instr(lower(name), lower(?)) > 0"
                              " ORDER BY name COLLATE NOCASE, id"_s,
                              &error);
    if (!query)
        return error;
    query->bindValue(0, search);
    query->bindValue(1, search);
    error = StatementCache::exec(*query, u"reading customers"_s);
    if (error.isError())
        return error;
    QList<Customer> list;
    while (query->next())
        list.append(Customer{query->value(0).toString(),
                             query->value(1).toString(),
                             query->value(2).toString(),
                             {}});
    query->finish();
    return list;
}

CacheResult<QList<Contact>> LookupTables::contacts(const QString &customerId)
{
    CacheError error;
    QSqlQuery *query =
        m_statements.prepared(u"SELECT id, name, phone, email FROM contacts WHERE customer_id = ?"
                              " ORDER BY name COLLATE NOCASE, id"_s,
                              &error);
    if (!query)
        return error;
    query->bindValue(0, customerId);
    error = StatementCache::exec(*query, u"reading contacts"_s);
    if (error.isError())
        return error;
    QList<Contact> list;
    while (query->next())
        list.append(Contact{query->value(0).toString(), query->value(1).toString(),
                            query->value(2).toString(), query->value(3).toString()});
    query->finish();
    return list;
}

CacheResult<QList<Technician>> LookupTables::technicians()
{
    CacheError error;
    QSqlQuery *query = m_statements.prepared(
        u"SELECT id, name, active FROM technicians ORDER BY name COLLATE NOCASE, id"_s, &error);
    if (!query)
        return error;
    error = StatementCache::exec(*query, u"reading technicians"_s);
    if (error.isError())
        return error;
    QList<Technician> list;
    while (query->next())
        list.append(Technician{query->value(0).toString(), query->value(1).toString(),
                               query->value(2).toBool()});
    query->finish();
    return list;
}

} // namespace fentu
