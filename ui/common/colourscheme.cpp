#include "colourscheme.h"

#include "contrast.h"

#include <QPalette>

namespace fentu {

namespace {
// A grey of this luminance contrasts as much with black as with white: darker backgrounds
// read better with light marks on them, lighter ones with dark marks.
constexpr double kMiddleLuminance = 0.18;
} // namespace

ColourScheme colourSchemeOf(const QPalette &palette)
{
    // Both surfaces count: a style may give a light Base inside a dark Window (or the other
    // way round), and the marks sit on both (cells and row headers).
    const double base = relativeLuminance(palette.color(QPalette::Base));
    const double window = relativeLuminance(palette.color(QPalette::Window));
    return (base + window) / 2 < kMiddleLuminance ? ColourScheme::Dark : ColourScheme::Light;
}

} // namespace fentu
