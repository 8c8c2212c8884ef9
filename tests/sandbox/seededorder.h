#pragma once

#include <QString>

namespace fentu::sandbox {

/// An order's drawn essentials, before the seeder gives it a customer, timestamps, texts and
/// tasks and writes it.
struct SeededOrder
{
    qint64 scheduled = -1; // seconds since the epoch, -1 when unscheduled
    qint64 created = 0;
    qint64 updated = 0;
    int customer = 0;
    QString status;
    QString technician; // empty: unassigned
    QString type;
    QString priority;
    /// Planned on a dispatch day (DispatchWeek): `minutes` is its estimated_duration, 0 for
    /// none. Other orders draw theirs when written.
    bool planned = false;
    int minutes = 0;
};

} // namespace fentu::sandbox
