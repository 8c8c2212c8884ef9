#pragma once

#include <QStringView>

namespace fentu {

/// Compares text the way a person sorts it: case-insensitive, and runs of digits by their
/// numeric value, so "WO-2024-999" sorts before "WO-2024-1000". A total order: texts that differ
/// only in case or leading zeros still compare unequal. Returns <0, 0 or >0.
int naturalCompare(QStringView a, QStringView b);

} // namespace fentu
