#pragma once

#include "seededdirectory.h"
#include "seededorder.h"

#include <QDate>
#include <QList>

#include <vector>

class QRandomGenerator;

namespace fentu::sandbox {

/// The demo data's dispatch weeks: on the working days (Monday to Friday) around the anchor,
/// every active technician has 3 to 6 orders a day, mostly back to back with gaps, with a few
/// clashes (two of a technician's orders overlapping, one per technician and week), a
/// few unassigned open orders on the days to come and a few late ones (due but not started, in
/// progress past their end). Inactive technicians get none of these days' work.
///
/// Times are UTC (the sandbox knows no time zone): orders start 07:00 or later and end by
/// 18:00. The demo's clock reads 12:00 UTC on the anchor day: what ended before is mostly
/// completed, what runs then mostly in progress, what comes after assigned. (Seeded
/// timestamps still never pass the anchor's midnight, so they never lie in the real future
/// when the anchor is today.)
class DispatchWeek
{
public:
    static constexpr int reach = 14;    // days are planned up to this far either side
    static constexpr int minPerDay = 3; // orders per active technician and day
    static constexpr int maxPerDay = 6;
    static constexpr int maxUnassigned = 3; // unassigned orders per day, at most
    static constexpr int workStartHour = 7; // UTC
    static constexpr int workEndHour = 18;  // UTC
    static constexpr int clockHour = 12;    // "now" on the anchor day, UTC

    /// The planned days, ascending: the working days within `reach` of the anchor, as many
    /// of the nearest ones (the anchor's own day first, then alternately the next and the
    /// previous) as `orderCount` has room for even when every technician gets the most
    /// orders. None when `orderCount` cannot fill one day.
    static QList<QDate> days(QDate anchor, int orderCount, int activeTechnicians);

    /// How many clashes `days` planned days have: one per technician-week, at least one.
    /// Each is a pair of one technician's orders on one day that overlap.
    static int clashCount(int days, int activeTechnicians);

    DispatchWeek(QRandomGenerator &random, const SeededDirectory &directory, QDate anchor);

    /// The orders of days(anchor, orderCount, ...): at most `orderCount` of them, with
    /// scheduled, status, technician, type, priority and duration drawn (planned = true).
    std::vector<SeededOrder> plan(int orderCount);

private:
    void planTechnicianDay(QDate day, const QString &technician, bool clash,
                           std::vector<SeededOrder> *orders);
    void planUnassigned(QDate day, std::vector<SeededOrder> *orders);
    SeededOrder order(const QString &type, qint64 start, int minutes, bool hasDuration, QDate day);
    QString statusFor(QDate day, qint64 start, qint64 end);
    void ensureLate(std::vector<SeededOrder> *orders);

    QRandomGenerator &m_random;
    const SeededDirectory &m_directory;
    QDate m_anchor;
    qint64 m_clock; // the demo's "now", see above
};

} // namespace fentu::sandbox
