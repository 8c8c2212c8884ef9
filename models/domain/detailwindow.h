#pragma once

#include <QDateTime>

namespace fentu {

/// Which orders a sync keeps complete offline (their details fetched): all of them, or those
/// scheduled in [from, until) plus every unscheduled one (work waiting for a date is work a
/// dispatcher may be phoned about).
struct DetailWindow
{
    bool everything = true;
    QDateTime from;  // with !everything: the first instant kept
    QDateTime until; // with !everything: the first instant after

    static DetailWindow all() { return {}; }
    static DetailWindow between(const QDateTime &from, const QDateTime &until)
    {
        return {false, from, until};
    }
};

} // namespace fentu
