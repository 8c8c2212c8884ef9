#include "dispatchweek.h"

#include "demojobs.h"
#include "weightedchoice.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr int defaultMinutes = 60; // what the board draws for an order without a duration

int pick(QRandomGenerator &random, std::initializer_list<int> values)
{
    return *(values.begin() + random.bounded(quint32(values.size())));
}

int weightedIndex(QRandomGenerator &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (const int weight : weights)
        total += weight;
    int roll = int(random.bounded(quint32(total)));
    int index = 0;
    for (const int weight : weights) {
        roll -= weight;
        if (roll < 0)
            return index;
        ++index;
    }
    return 0;
}

qint64 midnight(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// A duration that suits the work, in quarter hours: installations take longest.
int minutesFor(QRandomGenerator &random, const QString &type)
{
    if (type == u"installation"_s)
        return int(random.bounded(8, 17)) * 15; // 2 to 4 hours
    if (type == u"emergency"_s)
        return int(random.bounded(2, 9)) * 15;
    return int(random.bounded(2, 13)) * 15; // 30 minutes to 3 hours
}

// The working days within reach of the anchor, nearest first: the anchor, then alternately
// the day after and the day before, so that a cut anywhere leaves one unbroken stretch.
QList<QDate> nearestFirst(QDate anchor, int orderCount, int activeTechnicians)
{
    QList<QDate> days;
    if (activeTechnicians <= 0)
        return days;
    const int perDay = activeTechnicians * DispatchWeek::maxPerDay + DispatchWeek::maxUnassigned;
    const int room = orderCount / perDay;
    for (int step = 0; step <= 2 * DispatchWeek::reach && days.size() < room; ++step) {
        const int offset = step % 2 ? (step + 1) / 2 : -(step / 2);
        const QDate day = anchor.addDays(offset);
        if (day.dayOfWeek() <= 5)
            days.append(day);
    }
    return days;
}

} // namespace

QList<QDate> DispatchWeek::days(QDate anchor, int orderCount, int activeTechnicians)
{
    QList<QDate> days = nearestFirst(anchor, orderCount, activeTechnicians);
    std::sort(days.begin(), days.end());
    return days;
}

int DispatchWeek::clashCount(int days, int activeTechnicians)
{
    return days > 0 && activeTechnicians > 0 ? std::max(1, days * activeTechnicians / 5) : 0;
}

DispatchWeek::DispatchWeek(QRandomGenerator &random, const SeededDirectory &directory, QDate anchor)
    : m_random(random), m_directory(directory), m_anchor(anchor),
      m_clock(midnight(anchor) + clockHour * hour)
{}

std::vector<SeededOrder> DispatchWeek::plan(int orderCount)
{
    QStringList technicians;
    for (const SeededDirectory::Technician &technician : m_directory.technicians) {
        if (technician.active)
            technicians.append(technician.id);
    }
    const QList<QDate> nearest = nearestFirst(m_anchor, orderCount, int(technicians.size()));
    std::vector<SeededOrder> orders;
    if (nearest.isEmpty())
        return orders;
    QList<QDate> days = nearest;
    std::sort(days.begin(), days.end());

    // Which technician-days have a clash: one a technician-week, at least one, drawn without
    // repeats (the first `count` of a partial shuffle).
    const qsizetype technicianDays = days.size() * technicians.size();
    QList<qsizetype> shuffled(technicianDays);
    std::iota(shuffled.begin(), shuffled.end(), 0);
    QList<bool> clashes(technicianDays, false);
    for (qsizetype i = 0; i < clashCount(int(days.size()), int(technicians.size())); ++i) {
        const qsizetype j = i + qsizetype(m_random.bounded(quint32(technicianDays - i)));
        std::swap(shuffled[i], shuffled[j]);
        clashes[shuffled.at(i)] = true;
    }

    orders.reserve(std::size_t(days.size() * technicians.size() * 5));
    for (qsizetype d = 0; d < days.size(); ++d) {
        for (qsizetype t = 0; t < technicians.size(); ++t) {
            planTechnicianDay(days.at(d), technicians.at(t), clashes.at(d * technicians.size() + t),
                              &orders);
        }
        planUnassigned(days.at(d), &orders);
    }
    ensureLate(&orders);
    Q_ASSERT(orders.size() <= std::size_t(orderCount));
    return orders;
}

void DispatchWeek::planTechnicianDay(QDate day, const QString &technician, bool clash,
                                     std::vector<SeededOrder> *orders)
{
    static_assert(minPerDay == 3 && maxPerDay == 6, "the weights below are for 3 to 6");
    const int count = minPerDay + weightedIndex(m_random, {20, 35, 30, 15});
    struct Planned
    {
        QString type;
        int minutes;      // as laid out: the board's default for an order without a duration
        bool hasDuration; // false: written without estimated_duration
        int gap;          // minutes of travel (or a late start) before it
    };
    std::vector<Planned> plan;
    for (int i = 0; i < count; ++i) {
        Planned p;
        p.type = DemoJobs::type(m_random);
        p.hasDuration = m_random.bounded(100u) >= 8;
        p.minutes = p.hasDuration ? minutesFor(m_random, p.type) : defaultMinutes;
        p.gap =
            i == 0 ? pick(m_random, {0, 0, 0, 15, 30, 60}) : pick(m_random, {0, 0, 15, 15, 30, 45});
        plan.push_back(p);
    }
    // The clash: an order booked over the second half of the one before (both with a
    // duration, so that the overlap is the data's, not the board's assumption).
    const int clashAt = clash ? int(m_random.bounded(1, count)) : -1;
    if (clash) {
        plan[std::size_t(clashAt - 1)].hasDuration = plan[std::size_t(clashAt)].hasDuration = true;
    }

    const qint64 dayStart = midnight(day) + workStartHour * hour;
    const qint64 dayEnd = midnight(day) + workEndHour * hour;
    std::vector<qint64> starts(plan.size());
    auto layOut = [&]() {
        qint64 cursor = dayStart;
        qint64 latestEnd = dayStart;
        for (std::size_t i = 0; i < plan.size(); ++i) {
            if (int(i) == clashAt) {
                const int previous = plan[i - 1].minutes;
                starts[i] = starts[i - 1] + std::max(15, previous / 30 * 15) * minute;
            } else {
                starts[i] = cursor + plan[i].gap * minute;
            }
            latestEnd = std::max(latestEnd, starts[i] + plan[i].minutes * minute);
            cursor = latestEnd;
        }
        return latestEnd;
    };
    // Too long for the day: trim the longest job or gap by a quarter hour until it fits.
    while (layOut() > dayEnd) {
        int *longest = nullptr;
        for (Planned &p : plan) {
            if (p.hasDuration && p.minutes > 30 && (!longest || p.minutes > *longest))
                longest = &p.minutes;
            if (p.gap > 0 && (!longest || p.gap > *longest))
                longest = &p.gap;
        }
        if (!longest)
            break; // cannot happen: six hour-long jobs fit with room to spare
        *longest -= 15;
    }

    for (std::size_t i = 0; i < plan.size(); ++i) {
        SeededOrder o = order(plan[i].type, starts[i], plan[i].minutes, plan[i].hasDuration, day);
        o.technician = technician;
        orders->push_back(std::move(o));
    }
}

void DispatchWeek::planUnassigned(QDate day, std::vector<SeededOrder> *orders)
{
    // Work still to hand out on the days to come; on a past day, now and then one nobody took.
    const int count =
        day >= m_anchor ? int(m_random.bounded(1, maxUnassigned + 1)) : int(m_random.bounded(0, 2));
    for (int i = 0; i < count; ++i) {
        const QString type = DemoJobs::type(m_random);
        const bool hasDuration = m_random.bounded(100u) >= 8;
        const int minutes = hasDuration ? minutesFor(m_random, type) : defaultMinutes;
        const int latestSlot = ((workEndHour - workStartHour) * 60 - minutes) / 30;
        const qint64 start = midnight(day) + workStartHour * hour +
                             qint64(m_random.bounded(0, latestSlot + 1)) * 30 * minute;
        SeededOrder o = order(type, start, minutes, hasDuration, day);
        o.status = u"open"_s;
        orders->push_back(std::move(o));
    }
}

SeededOrder DispatchWeek::order(const QString &type, qint64 start, int minutes, bool hasDuration,
                                QDate day)
{
    SeededOrder o;
    o.planned = true;
    o.type = type;
    o.priority = DemoJobs::priority(m_random, type);
    o.scheduled = start;
    o.minutes = hasDuration ? minutes : 0;
    o.status = statusFor(day, start, start + minutes * minute);
    return o;
}

QString DispatchWeek::statusFor(QDate day, qint64 start, qint64 end)
{
    if (start > m_clock)
        return u"assigned"_s;
    if (end > m_clock) // running now, or should be
        return weighted(m_random, {{u"in_progress", 85}, {u"assigned", 15}});
    if (day < m_anchor) {
        return weighted(
            m_random, {{u"completed", 93}, {u"assigned", 3}, {u"in_progress", 2}, {u"on_hold", 2}});
    }
    return weighted(m_random, {{u"completed", 84}, {u"in_progress", 8}, {u"assigned", 8}});
}

void DispatchWeek::ensureLate(std::vector<SeededOrder> *orders)
{
    // Late as the board sees it: due and not started, or in progress past its end.
    auto late = [this](const SeededOrder &o) {
        if (o.status == u"completed"_s || o.status == u"cancelled"_s)
            return false;
        const qint64 end = o.scheduled + (o.minutes > 0 ? o.minutes : defaultMinutes) * minute;
        return o.status == u"in_progress"_s ? end < m_clock : o.scheduled < m_clock;
    };
    if (std::any_of(orders->cbegin(), orders->cend(), late))
        return;
    // None drawn (a small plan): the last job finished before now was never started.
    for (auto it = orders->rbegin(); it != orders->rend(); ++it) {
        if (it->status == u"completed"_s) {
            it->status = u"assigned"_s;
            return;
        }
    }
}

} // namespace fentu::sandbox
