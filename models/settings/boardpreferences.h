#pragma once

#include <QTime>

namespace fentu {

/// How the schedule board shows time, kept per user. Read with AppSettings::boardPreferences().
struct BoardPreferences
{
    bool boardShown = false;   // View ▸ Board (true) or View ▸ List, as last left
    int days = 1;              // the zoom: 1 (day), 7 (week) or 14 (two weeks)
    QTime workStart = QTime(7, 0);
    QTime workEnd = QTime(19, 0);
    bool showNights = false;   // false: each day shows its working hours only
    bool showWeekends = true;
    int snapMinutes = 15;      // a drag lands on multiples of this
    int refreshSeconds = 60;   // re-read the visible range this often while online; 0: never
    int defaultDurationMinutes = 60; // an order without a duration is drawn this long
    bool clashesOnly = false;

    friend bool operator==(const BoardPreferences &, const BoardPreferences &) = default;
};

} // namespace fentu
