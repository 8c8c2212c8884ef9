#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace fentu {

/// The seven work order statuses of the reference; Unknown keeps an order visible when a
/// server sends a status this client does not know yet.
enum class Status
{
    Unknown,
    Draft,
    Open,
    Assigned,
    InProgress,
    OnHold,
    Completed,
    Cancelled
};

inline constexpr std::array<Status, 7> kAllStatuses = {
    Status::Draft,  Status::Open,      Status::Assigned,  Status::InProgress,
    Status::OnHold, Status::Completed, Status::Cancelled,
};

/// The wire name ("in_progress"); empty for Unknown.
QString statusToApi(Status status);
/// Parses a wire name; nullopt for anything not in the reference.
std::optional<Status> statusFromApi(QStringView text);
/// The translated name a person reads ("In progress").
QString statusDisplayName(Status status);

} // namespace fentu
