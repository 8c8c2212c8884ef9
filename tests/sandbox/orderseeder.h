#pragma once

#include "seededdirectory.h"
#include "seededorder.h"

#include <QDate>

class QRandomGenerator;

namespace fentu::sandbox {

class SandboxDatabase;

/// Seeds work orders that look like a real calendar around the anchor date: the working days
/// nearest the anchor as a dispatcher's weeks (DispatchWeek, as many as the count has room
/// for), the rest within ±60 days of it outside those days: the past mostly completed, the
/// future open or assigned, a few unscheduled; every status and priority; assigned and
/// in-progress orders always have a technician; most have tasks.
class OrderSeeder
{
public:
    OrderSeeder(SandboxDatabase &database, QRandomGenerator &random,
                const SeededDirectory &directory, QDate anchor);

    /// Writes `count` orders and their tasks (inside the caller's transaction) and sets the
    /// id and number counters. False with `error` set on failure.
    bool seed(int count, QString *error);

private:
    SeededOrder drawScattered();
    /// The customer and the timestamps, for planned and scattered orders alike.
    void complete(SeededOrder &order);
    QString drawTechnician(bool activeOnly);
    bool write(const std::vector<SeededOrder> &orders, QString *error);

    SandboxDatabase &m_database;
    QRandomGenerator &m_random;
    const SeededDirectory &m_directory;
    QDate m_anchor;
    qint64 m_now;           // the anchor's midnight, UTC: nothing seeded is later
    int m_plannedFirst = 0; // the planned days' span, in days from the anchor
    int m_plannedSpan = 0;  // and its length in days (0: none)
};

} // namespace fentu::sandbox
