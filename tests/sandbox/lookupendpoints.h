#pragma once

#include "httpexchange.h"

namespace fentu::sandbox {

class DirectoryStore;

/// The lookups of assumptions.md: customers (paged, searchable), one customer with its
/// contacts, technicians (paged).
class LookupEndpoints
{
public:
    explicit LookupEndpoints(const DirectoryStore &directory);

    HttpAnswer customers(const HttpRequest &request) const;
    HttpAnswer customer(const QString &id) const;
    HttpAnswer technicians(const HttpRequest &request) const;

private:
    const DirectoryStore &m_directory;
};

} // namespace fentu::sandbox
