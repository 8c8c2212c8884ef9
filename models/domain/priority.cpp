#include "domain/priority.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

struct PriorityName
{
    Priority priority;
    QLatin1StringView api;
};

// The reference shows "medium" and "high"; low and urgent come from assumptions.md.
constexpr std::array<PriorityName, 4> kPriorityNames = {{
    {Priority::Low, "low"_L1},
    {Priority::Medium, "medium"_L1},
    {Priority::High, "high"_L1},
    {Priority::Urgent, "urgent"_L1},
}};

} // namespace

QString priorityToApi(Priority priority)
{
    for (const PriorityName &entry : kPriorityNames) {
        if (entry.priority == priority)
            return entry.api;
    }
    return {};
}

std::optional<Priority> priorityFromApi(QStringView text)
{
    for (const PriorityName &entry : kPriorityNames) {
        if (text == entry.api)
            return entry.priority;
    }
    return std::nullopt;
}

QString priorityDisplayName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QCoreApplication::translate("fentu::Priority", "Low");
    case Priority::Medium:
        return QCoreApplication::translate("fentu::Priority", "Medium");
    case Priority::High:
        return QCoreApplication::translate("fentu::Priority", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("fentu::Priority", "Urgent");
    case Priority::Unknown:
        break;
    }
    return QCoreApplication::translate("fentu::Priority", "Unknown");
}

} // namespace fentu
