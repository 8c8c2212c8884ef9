#pragma once

#include "domain/detailwindow.h"

#include <QDate>

namespace fentu {

/// Which orders a sync fetches the details of (description, notes, contact and phone, tasks),
/// so that they are complete offline; a user's setting.
struct DetailScope
{
    enum class Mode
    {
        Automatic, // every order of a tenant under AutomaticAllBelow orders, else the window
        All,
        Window, // scheduled from daysBack days ago to daysAhead days ahead, and unscheduled
    };
    static constexpr int AutomaticAllBelow = 20000;
    static constexpr int MaxDays = 3650;

    Mode mode = Mode::Automatic;
    int daysBack = 30;
    int daysAhead = 90;

    /// The orders of a tenant of `orderCount` orders, on the local day `today`.
    DetailWindow windowFor(int orderCount, QDate today) const;

    friend bool operator==(const DetailScope &, const DetailScope &) = default;
};

} // namespace fentu
