#include "startup.h"

#include "launchoptions.h"

#include "session/serverconnection.h"

namespace fentu {

void connectAtStartup(const LaunchOptions &options, ServerConnection &connection)
{
    // --base-url has already won over the stored URL, and FENTU_API_KEY wins over the
    // keychain: with no override the key is read from the keychain asynchronously, and the
    // window (following `connection`) says "Connecting…", shows the first-run dialog or the
    // keychain's problem. The model gets its source only once the client has URL and key, so
    // page 1 never goes out unauthenticated. The filter is the last one the user applied: the
    // window's filter panel restored it into the model (AppSettings).
    connection.start(options.baseUrl, options.apiKey);
}

} // namespace fentu
