#include "markcolours.h"

namespace fentu {

namespace {

QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

} // namespace

MarkColours markColours(ColourScheme scheme)
{
    if (scheme == ColourScheme::Dark) {
        // Lighter, softer versions of the same hues: the strong reds of the light scheme all
        // but vanish on a dark grey.
        return {.clash = rgb(0xff6b6b),
                .late = rgb(0xffa040),
                .changed = rgb(0xffd54f),
                .refused = rgb(0xff8a80),
                .overbooked = rgb(0xff7b7b),
                .nowLine = rgb(0xff5c5c),
                .problemText = rgb(0xff8a80),
                .successText = rgb(0x81c995),
                .pendingFace = rgb(0xffd36b),
                .pendingRim = rgb(0xffe7a8),
                .pendingHands = rgb(0x4d3200)};
    }
    return {.clash = rgb(0xc62828),
            .late = rgb(0xe65100),
            .changed = rgb(0xb47b00),
            .refused = rgb(0xb71c1c),
            .overbooked = rgb(0xc62828),
            .nowLine = rgb(0xd32f2f),
            .problemText = rgb(0xa3261d),
            .successText = rgb(0x1e6b2e),
            .pendingFace = rgb(0xffd36b),
            .pendingRim = rgb(0x8a5a00),
            .pendingHands = rgb(0x4d3200)};
}

} // namespace fentu
