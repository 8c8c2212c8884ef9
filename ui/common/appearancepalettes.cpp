#include "appearancepalettes.h"

namespace fentu {

namespace {

/// The colours one palette is made of; the rest (3D shades) follow from them.
struct Swatch
{
    QRgb window, windowText, base, alternateBase, text, button, highlight, highlightedText;
    QRgb link, linkVisited, toolTipBase, toolTipText, placeholder;
    QRgb light, midlight, mid, dark, shadow;
    QRgb disabledText, disabledHighlight, disabledHighlightedText;
};

QPalette paletteOf(const Swatch &s)
{
    QPalette p;
    const auto both = [&p](QPalette::ColorRole role, QRgb value) {
        p.setColor(QPalette::Active, role, QColor::fromRgb(value));
        p.setColor(QPalette::Inactive, role, QColor::fromRgb(value));
    };
    const auto all = [&p](QPalette::ColorRole role, QRgb value) {
        p.setColor(QPalette::All, role, QColor::fromRgb(value));
    };
    all(QPalette::Window, s.window);
    all(QPalette::Base, s.base);
    all(QPalette::AlternateBase, s.alternateBase);
    all(QPalette::Button, s.button);
    all(QPalette::ToolTipBase, s.toolTipBase);
    all(QPalette::ToolTipText, s.toolTipText);
    all(QPalette::Link, s.link);
    all(QPalette::LinkVisited, s.linkVisited);
    all(QPalette::Light, s.light);
    all(QPalette::Midlight, s.midlight);
    all(QPalette::Mid, s.mid);
    all(QPalette::Dark, s.dark);
    all(QPalette::Shadow, s.shadow);
    all(QPalette::BrightText, 0xffffff);
    all(QPalette::PlaceholderText, s.placeholder);
    both(QPalette::WindowText, s.windowText);
    both(QPalette::Text, s.text);
    both(QPalette::ButtonText, s.windowText);
    both(QPalette::Highlight, s.highlight);
    both(QPalette::HighlightedText, s.highlightedText);
    // Disabled text is dimmer but still legible: a greyed-out field must say what it holds.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor::fromRgb(s.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(s.disabledHighlight));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText,
               QColor::fromRgb(s.disabledHighlightedText));
    return p;
}

} // namespace

QPalette lightAppearancePalette()
{
    return paletteOf({.window = 0xefefef,
                      .windowText = 0x1d1d1d,
                      .base = 0xffffff,
                      .alternateBase = 0xf3f4f6,
                      .text = 0x1d1d1d,
                      .button = 0xefefef,
                      .highlight = 0x2f65ca,
                      .highlightedText = 0xffffff,
                      .link = 0x1a56b0,
                      .linkVisited = 0x6b3fa0,
                      .toolTipBase = 0xffffdc,
                      .toolTipText = 0x1d1d1d,
                      .placeholder = 0x6b6b6b,
                      .light = 0xffffff,
                      .midlight = 0xe3e3e3,
                      .mid = 0xb4b4b4,
                      .dark = 0x9f9f9f,
                      .shadow = 0x767676,
                      .disabledText = 0x7f7f7f,
                      .disabledHighlight = 0xc7c7c7,
                      .disabledHighlightedText = 0x1d1d1d});
}

QPalette darkAppearancePalette()
{
    return paletteOf({.window = 0x2b2b2b,
                      .windowText = 0xe8e8e8,
                      .base = 0x1f1f1f,
                      .alternateBase = 0x2d2e32,
                      .text = 0xe8e8e8,
                      .button = 0x353535,
                      .highlight = 0x2f65ca,
                      .highlightedText = 0xffffff,
                      .link = 0x8ab4f8,
                      .linkVisited = 0xc58af9,
                      .toolTipBase = 0x3c3c3c,
                      .toolTipText = 0xe8e8e8,
                      .placeholder = 0x9e9e9e,
                      .light = 0x505050,
                      .midlight = 0x424242,
                      .mid = 0x5c5c5c,
                      .dark = 0x1a1a1a,
                      .shadow = 0x0d0d0d,
                      .disabledText = 0x808080,
                      .disabledHighlight = 0x404040,
                      .disabledHighlightedText = 0xb0b0b0});
}

} // namespace fentu
