#pragma once

namespace fentu {

class ServerConnection;
struct LaunchOptions;

/// Connects to the server of `options` (the --base-url or stored URL, with FENTU_API_KEY or
/// the key in the keychain); the window follows `connection`'s signals.
void connectAtStartup(const LaunchOptions &options, ServerConnection &connection);

} // namespace fentu
