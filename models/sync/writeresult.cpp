#include "sync/writeresult.h"

namespace fentu {

QString WriteResult::message() const
{
    switch (outcome) {
    case Outcome::Sent:
        return {};
    case Outcome::Queued:
        return tr("Saved on this computer; it will be sent when the server is reachable.");
    case Outcome::Conflict:
        return tr("Someone changed this work order on the server since you opened it. "
                  "Choose which version to keep.");
    case Outcome::Refused:
        return apiError.userMessage();
    case Outcome::Failed:
        break;
    }
    return tr("Not saved: %1")
        .arg(cacheError.isError() ? cacheError.userMessage() : apiError.userMessage());
}

} // namespace fentu
