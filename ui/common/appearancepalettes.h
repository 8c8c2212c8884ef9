#pragma once

#include <QPalette>

namespace fentu {

/// The explicit palettes of Settings ▸ Appearance ▸ Light and Dark, made for the Fusion style.
/// Every text role is readable on the surface it is drawn on (4.5:1; disabled and placeholder
/// text at least 3:1), whatever the desktop's own colours are.
QPalette lightAppearancePalette();
QPalette darkAppearancePalette();

} // namespace fentu
