#pragma once

class QPalette;

namespace fentu {

/// Which set of meaning colours (badges, clash, late, ...) suits a background: light tints
/// with dark text on a light desktop, deep tints with light text on a dark one.
enum class ColourScheme { Light, Dark };

/// The scheme for what paints on `palette`'s Base (tables, the board) and Window.
ColourScheme colourSchemeOf(const QPalette &palette);

} // namespace fentu
