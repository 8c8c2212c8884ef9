#pragma once

#include <QString>

namespace fentu::buildinfo {

/// The project version, e.g. "0.1.0".
QString version();

/// The commit the binary was built from (short hash, "-dirty" with uncommitted changes), or
/// "unknown" when built from a tree without git (a source tarball).
QString commit();

/// What --version shows after the program's name: "0.1.0 (commit 1a2b3c4d5e6f)".
QString versionText();

} // namespace fentu::buildinfo
