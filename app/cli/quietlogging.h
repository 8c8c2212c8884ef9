#pragma once

namespace fentu::cli {

/// Keeps the libraries' diagnostics (qDebug ... qWarning, from Fentu's models and from Qt) off
/// stderr, where a script expects nothing but fentu-cli's one-line failure; --verbose lets
/// them through, with the debug and info levels of Fentu's categories turned on. Fatal messages
/// always pass.
void installQuietLogging(bool verbose);

} // namespace fentu::cli
