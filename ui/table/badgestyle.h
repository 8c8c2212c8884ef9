#pragma once

#include "domain/priority.h"
#include "domain/status.h"

#include <QColor>

namespace fentu {

/// How one status or priority badge looks. Every pair of colours has a contrast ratio of at
/// least 6:1 (WCAG AA asks 4.5:1), whatever the desktop palette, because the badge paints its
/// own background; the text always names the value, so colour is never the only cue.
struct BadgeStyle
{
    QColor background;
    QColor text;
    QColor border;       // invalid: no border
    bool dashed = false; // a dashed border marks something not yet real (a draft)
    bool bold = false;   // for the one value that must stand out (urgent)
};

BadgeStyle badgeStyle(Status status);
BadgeStyle badgeStyle(Priority priority);

} // namespace fentu
