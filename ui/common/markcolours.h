#pragma once

#include "colourscheme.h"

#include <QColor>

namespace fentu {

/// The colours that carry a meaning beyond the status, drawn straight onto the background of
/// the table or the board (outlines, stripes, lines, short texts). Each stands out against
/// its scheme's Base by at least 3:1 (WCAG for shapes); the texts by 4.5:1. Every one of them
/// goes with a word, a glyph or a line style too, so colour is never the only cue.
struct MarkColours
{
    QColor clash;      // a bar's outline: double-booked
    QColor late;       // a stripe: should have started or ended
    QColor changed;    // a halo: someone else just changed it
    QColor refused;    // a dotted outline: the server refused the move
    QColor overbooked; // a technician's day over 100 %, and the clash count (text)
    QColor nowLine;    // the line at the current time
    QColor problemText; // a sentence saying what went wrong (Settings, first run)
    QColor successText; // a sentence saying it worked

    // The pending mark: a small clock face ("not sent yet").
    QColor pendingFace;
    QColor pendingRim;
    QColor pendingHands;
};

MarkColours markColours(ColourScheme scheme);

} // namespace fentu
