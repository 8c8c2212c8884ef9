#pragma once

#include <QString>

#include <optional>

namespace fentu {

/// The API key from the FENTU_API_KEY environment variable, trimmed; nullopt when unset or
/// blank. The caller keeps it in memory only: it is never written to the keychain for it.
std::optional<QString> apiKeyFromEnvironment();

} // namespace fentu
