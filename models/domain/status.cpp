#include "domain/status.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

struct StatusName
{
    Status status;
    QLatin1StringView api;
};

// The wire names of the reference's status table, in its order.
constexpr std::array<StatusName, 7> kStatusNames = {{
    {Status::Draft, "draft"_L1},
    {Status::Open, "open"_L1},
    {Status::Assigned, "assigned"_L1},
    {Status::InProgress, "in_progress"_L1},
    {Status::OnHold, "on_hold"_L1},
    {Status::Completed, "completed"_L1},
    {Status::Cancelled, "cancelled"_L1},
}};

} // namespace

QString statusToApi(Status status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status)
            return entry.api;
    }
    return {};
}

std::optional<Status> statusFromApi(QStringView text)
{
    for (const StatusName &entry : kStatusNames) {
        if (text == entry.api)
            return entry.status;
    }
    return std::nullopt;
}

QString statusDisplayName(Status status)
{
    switch (status) {
    case Status::Draft:
        return QCoreApplication::translate("fentu::Status", "Draft");
    case Status::Open:
        return QCoreApplication::translate("fentu::Status", "Open");
    case Status::Assigned:
        return QCoreApplication::translate("fentu::Status", "Assigned");
    case Status::InProgress:
        return QCoreApplication::translate("fentu::Status", "In progress");
    case Status::OnHold:
        return QCoreApplication::translate("fentu::Status", "On hold");
    case Status::Completed:
        return QCoreApplication::translate("fentu::Status", "Completed");
    case Status::Cancelled:
        return QCoreApplication::translate("fentu::Status", "Cancelled");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("fentu::Status", "Unknown");
}

} // namespace fentu
