#include "badgestyle.h"

namespace fentu {

namespace {

BadgeStyle tinted(QRgb background, QRgb text)
{
    return {QColor::fromRgb(background), QColor::fromRgb(text), QColor(), false, false};
}

} // namespace

// Light tints with dark text of the same hue: readable on a selected (dark blue) row as well
// as on a plain one, and calm enough for a table of thousands of rows.
BadgeStyle badgeStyle(Status status)
{
    switch (status) {
    case Status::Draft: {
        BadgeStyle style = tinted(0xf1f5f9, 0x334155);
        style.border = QColor::fromRgb(0x64748b);
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
    BadgeStyle style = tinted(0xffffff, 0x111827);
    style.border = QColor::fromRgb(0x6b7280);
    return style;
}

BadgeStyle badgeStyle(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tinted(0xf1f5f9, 0x334155);
    case Priority::Medium:
        return tinted(0xe0f2fe, 0x075985);
    case Priority::High:
        return tinted(0xffedd5, 0x9a3412);
    case Priority::Urgent: {
        BadgeStyle style = tinted(0xb91c1c, 0xffffff);
        style.bold = true;
        return style;
    }
    case Priority::Unknown:
        break;
    }
    BadgeStyle style = tinted(0xffffff, 0x111827);
    style.border = QColor::fromRgb(0x6b7280);
    return style;
}

} // namespace fentu
