#pragma once

#include "listquery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fentu::sandbox {

class SandboxDatabase;

/// One page of rows and the number of rows over all pages.
struct StoredPage
{
    QJsonArray rows;
    qint64 totalCount = 0;
};

/// Customers, their contacts and the technicians: the lookups of assumptions.md, and the
/// reference checks behind a work order's customer_id, contact_id and technician_id.
class DirectoryStore
{
public:
    explicit DirectoryStore(SandboxDatabase &database);

    /// {id, name, address} by name; `search` matches a part of the name, any case.
    std::optional<StoredPage> customers(const std::optional<QString> &search,
                                        const PageRequest &page) const;
    /// {id, name, address, contacts: [{id, name, phone, email}]}, nothing if unknown.
    std::optional<QJsonObject> customer(const QString &id) const;
    /// {id, name, active} by name.
    std::optional<StoredPage> technicians(const PageRequest &page) const;

    bool customerExists(const QString &id) const;
    bool technicianExists(const QString &id) const;
    /// The customer a contact belongs to, nothing if the contact is unknown.
    std::optional<QString> customerOfContact(const QString &contactId) const;

private:
    bool exists(const QString &table, const QString &id) const;

    SandboxDatabase &m_database;
};

} // namespace fentu::sandbox
