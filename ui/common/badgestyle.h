#pragma once

#include "colourscheme.h"

#include "domain/priority.h"
#include "domain/status.h"

#include <QColor>

namespace fentu {

/// How one status or priority badge looks. In each scheme every pair of colours has a contrast
/// ratio of at least 4.5:1 (WCAG AA), because the badge paints its own background; the text
/// always names the value, so colour is never the only cue. The schemes differ so that a badge
/// neither glares on a dark table nor fades on a light one.
struct BadgeStyle
{
    QColor background;
    QColor text;
    QColor border;       // invalid: no border
    bool dashed = false; // a dashed border marks something not yet real (a draft)
    bool bold = false;   // for the one value that must stand out (urgent)
};

BadgeStyle badgeStyle(Status status, ColourScheme scheme);
BadgeStyle badgeStyle(Priority priority, ColourScheme scheme);

} // namespace fentu
