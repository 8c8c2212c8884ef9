#include "badgestyle.h"

namespace fentu {

namespace {

BadgeStyle tinted(QRgb background, QRgb text)
{
    return {QColor::fromRgb(background), QColor::fromRgb(text), QColor(), false, false};
}

BadgeStyle bordered(QRgb background, QRgb text, QRgb border)
{
    BadgeStyle style = tinted(background, text);
    style.border = QColor::fromRgb(border);
    return style;
}

// Light: pale tints with dark text of the same hue, readable on a selected (dark blue) row as
// well as on a plain one, and calm enough for a table of thousands of rows.
BadgeStyle lightBadge(Status status)
{
    switch (status) {
    case Status::Draft: {
        BadgeStyle style = bordered(0xf1f5f9, 0x334155, 0x64748b);
        style.dashed = true;
        return style;
    }
    case Status::Open:
        return tinted(0xdbeafe, 0x1e40af);
    case Status::Assigned:
        return tinted(0xe0e7ff, 0x3730a3);
    case Status::InProgress:
        return tinted(0xccfbf1, 0x115e59);
    case Status::OnHold:
        return tinted(0xfef3c7, 0x92400e);
    case Status::Completed:
        return tinted(0xdcfce7, 0x166534);
    case Status::Cancelled:
        return tinted(0xe5e7eb, 0x374151);
    case Status::Unknown:
        break;
    }
    return bordered(0xffffff, 0x111827, 0x6b7280);
}

// Dark: the same hues, deep, with pale text: pale tints would be the brightest thing on a dark
// screen and pull the eye to every row.
BadgeStyle darkBadge(Status status)
{
    switch (status) {
    case Status::Draft: {
        BadgeStyle style = bordered(0x1e293b, 0xcbd5e1, 0x94a3b8);
        style.dashed = true;
        return style;
    }
    case Status::Open:
        return tinted(0x1e3a8a, 0xdbeafe);
    case Status::Assigned:
        return tinted(0x3730a3, 0xe0e7ff);
    case Status::InProgress:
        return tinted(0x115e59, 0xccfbf1);
    case Status::OnHold:
        return tinted(0x78350f, 0xfef3c7);
    case Status::Completed:
        return tinted(0x166534, 0xdcfce7);
    case Status::Cancelled:
        return tinted(0x4b5563, 0xf3f4f6);
    case Status::Unknown:
        break;
    }
    return bordered(0x111827, 0xf9fafb, 0x9ca3af);
}

BadgeStyle lightBadge(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tinted(0xf1f5f9, 0x334155);
    case Priority::Medium:
        return tinted(0xe0f2fe, 0x075985);
    case Priority::High:
        return tinted(0xffedd5, 0x9a3412);
    case Priority::Urgent:
        break;
    case Priority::Unknown:
        return bordered(0xffffff, 0x111827, 0x6b7280);
    }
    BadgeStyle urgent = tinted(0xb91c1c, 0xffffff);
    urgent.bold = true;
    return urgent;
}

BadgeStyle darkBadge(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tinted(0x1e293b, 0xcbd5e1);
    case Priority::Medium:
        return tinted(0x0c4a6e, 0xe0f2fe);
    case Priority::High:
        return tinted(0x7c2d12, 0xffedd5);
    case Priority::Urgent:
        break;
    case Priority::Unknown:
        return bordered(0x111827, 0xf9fafb, 0x9ca3af);
    }
    // The one saturated badge in both schemes: urgent must shout on either background.
    BadgeStyle urgent = tinted(0xb91c1c, 0xffffff);
    urgent.bold = true;
    return urgent;
}

} // namespace

BadgeStyle badgeStyle(Status status, ColourScheme scheme)
{
    return scheme == ColourScheme::Dark ? darkBadge(status) : lightBadge(status);
}

BadgeStyle badgeStyle(Priority priority, ColourScheme scheme)
{
    return scheme == ColourScheme::Dark ? darkBadge(priority) : lightBadge(priority);
}

} // namespace fentu
