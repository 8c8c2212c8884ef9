#pragma once

namespace fentu {

/// How the desktop client looks (Settings ▸ Appearance): the platform's own style and colours,
/// or Fusion with a light or a dark palette whatever the desktop uses.
enum class Appearance { System, Light, Dark };

} // namespace fentu
