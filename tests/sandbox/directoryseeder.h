#pragma once

#include "seededdirectory.h"

class QRandomGenerator;

namespace fentu::sandbox {

class SandboxDatabase;

/// Seeds 60 customers (1-3 contacts each) and 15 technicians, two of whom have left.
class DirectorySeeder
{
public:
    DirectorySeeder(SandboxDatabase &database, QRandomGenerator &random);

    /// Writes them (inside the caller's transaction); false with `error` set on failure.
    bool seed(SeededDirectory *directory, QString *error);

private:
    bool seedCustomers(SeededDirectory *directory, QString *error);
    bool seedTechnicians(SeededDirectory *directory, QString *error);

    SandboxDatabase &m_database;
    QRandomGenerator &m_random;
};

} // namespace fentu::sandbox
