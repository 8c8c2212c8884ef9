#include "credentials/apikeyfromenvironment.h"

#include <QtGlobal>

namespace fentu {

std::optional<QString> apiKeyFromEnvironment()
{
    // Trimmed because a key pasted into a shell profile often carries a stray newline or space.
    const QString key = qEnvironmentVariable("FENTU_API_KEY").trimmed();
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

} // namespace fentu
