#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace fentu {

/// Work order priority; Unknown keeps an order visible when a server sends something new.
enum class Priority
{
    Unknown,
    Low,
    Medium,
    High,
    Urgent
};

inline constexpr std::array<Priority, 4> kAllPriorities = {Priority::Low, Priority::Medium,
                                                           Priority::High, Priority::Urgent};

QString priorityToApi(Priority priority);
std::optional<Priority> priorityFromApi(QStringView text);
QString priorityDisplayName(Priority priority);

} // namespace fentu
