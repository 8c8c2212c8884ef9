#pragma once

#include <QDate>
#include <QString>

namespace fentu::sandbox {

class SandboxDatabase;

/// Fills an empty database with deterministic demo data, in one transaction: customers with
/// contacts and technicians (DirectorySeeder), then work orders (OrderSeeder), all drawn from
/// one generator seeded with `seed`. Indexes are the caller's business: creating them after
/// the bulk insert is faster.
class Seeder
{
public:
    /// `anchor` is "today" for the data; seeded timestamps never pass its midnight (UTC).
    Seeder(SandboxDatabase &database, quint32 seed, QDate anchor);

    bool seed(int orderCount, QString *error);

private:
    SandboxDatabase &m_database;
    quint32 m_seed;
    QDate m_anchor;
};

} // namespace fentu::sandbox
