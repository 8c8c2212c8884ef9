#pragma once

namespace fentu::cli {

/// fentu-cli's exit statuses, documented in `fentu-cli --help`. Scripts rely on them: never
/// renumber one.
enum class ExitCode
{
    Ok = 0,
    Usage = 1,       // bad command line or values, refused before anything was sent
    Refused = 2,     // the server answered no: 400, 401, 403, 404, 409, 422, 429...
    Unreachable = 3, // no answer: nothing listening, DNS, timeout, connection lost, TLS
    BadResponse = 4, // an answer that cannot be used: malformed, truncated, 5xx
    Local = 5,       // this computer: nothing configured, keychain, cache, not cached
};

} // namespace fentu::cli
