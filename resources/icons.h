#pragma once

#include <QIcon>
#include <QString>

namespace fentu {

/// The Fentu Desk application icon, from the PNG renders embedded in the binary.
QIcon applicationIcon();

/// The desktop theme's icon `name` (a freedesktop name such as "view-refresh"), or Fentu's own
/// drawing of it when the theme has none: a bare system still shows every toolbar icon.
QIcon themedIcon(const QString &name);

} // namespace fentu
