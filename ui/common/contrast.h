#pragma once

#include <QColor>

namespace fentu {

/// WCAG 2 relative luminance of an opaque colour: 0 for black, 1 for white.
double relativeLuminance(const QColor &colour);

/// WCAG 2 contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). Text
/// asks for 4.5, shapes that carry meaning for 3.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace fentu
