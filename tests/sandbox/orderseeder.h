#pragma once

#include "seededdirectory.h"

#include <QDate>

class QRandomGenerator;

namespace fentu::sandbox {

class SandboxDatabase;

/// Seeds work orders that look like a real calendar around the anchor date: ±60 days, the
/// past mostly completed, the future open or assigned, a few unscheduled; every status and
/// priority; assigned and in-progress orders always have a technician; most have tasks.
class OrderSeeder
{
public:
    OrderSeeder(SandboxDatabase &database, QRandomGenerator &random,
                const SeededDirectory &directory, QDate anchor);

    /// Writes `count` orders and their tasks (inside the caller's transaction) and sets the
    /// id and number counters. False with `error` set on failure.
    bool seed(int count, QString *error);

private:
    struct Skeleton; // an order's drawn essentials, see orderseeder.cpp

    Skeleton drawSkeleton();
    QString drawTechnician(bool activeOnly);
    bool write(const std::vector<Skeleton> &skeletons, QString *error);

    SandboxDatabase &m_database;
    QRandomGenerator &m_random;
    const SeededDirectory &m_directory;
    qint64 m_now; // the anchor's midnight, UTC: nothing seeded is later
};

} // namespace fentu::sandbox
