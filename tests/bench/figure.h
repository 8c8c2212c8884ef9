#pragma once

#include <QString>

#include <cmath>
#include <limits>

namespace fentu::bench {

/// One measured figure and its goal: a line of the report and an entry of --json.
struct Figure
{
    enum class Goal
    {
        Below,
        AtMost
    };

    QString key;   // stable name for --json, e.g. "sync_ratio"
    QString title; // what was measured, for a person
    double value = std::numeric_limits<double>::quiet_NaN(); // NaN: could not be measured
    QString unit;                                            // "ms", "MB", "x"
    double goal = 0;
    Goal comparison = Goal::Below;
    QString detail; // how it was measured: runs, setup, anything a reader needs to trust it
    /// Set when the value was measured but cannot fairly be held against the goal (the setup
    /// distorted it); says why. Such a figure neither passes nor misses.
    QString caveat;

    bool isMeasured() const { return !std::isnan(value); }
    bool isJudged() const { return isMeasured() && caveat.isEmpty(); }
    bool passes() const
    {
        return isJudged() && (comparison == Goal::Below ? value < goal : value <= goal);
    }
};

} // namespace fentu::bench
