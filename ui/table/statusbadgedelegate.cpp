#include "statusbadgedelegate.h"

#include "badgestyle.h"
#include "itemmodels/workordertablemodel.h"

#include <QApplication>
#include <QPainter>

namespace fentu {

namespace {

constexpr int kCellMargin = 4; // between the cell's edge and the badge
constexpr int kPaddingX = 8;   // between the badge's edge and its text
constexpr int kPaddingY = 2;

/// The badge for the cell at `index`, in the scheme of the palette it is painted with: the
/// view's, which follows Settings ▸ Appearance and the desktop.
BadgeStyle styleFor(StatusBadgeDelegate::Kind kind, const QModelIndex &index,
                    const QPalette &palette)
{
    const ColourScheme scheme = colourSchemeOf(palette);
    if (kind == StatusBadgeDelegate::Kind::Status)
        return badgeStyle(static_cast<Status>(index.data(WorkOrderTableModel::StatusRole).toInt()),
                          scheme);
    return badgeStyle(
        static_cast<Priority>(index.data(WorkOrderTableModel::PriorityRole).toInt()), scheme);
}

QFont badgeFont(const QFont &cellFont, const BadgeStyle &style)
{
    QFont font = cellFont;
    font.setBold(style.bold);
    return font;
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent), m_kind(kind)
{}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // The style draws the cell itself (selection, focus, alternating rows) without the text;
    // the badge goes on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return; // a missing value is an empty cell, not an empty badge

    const BadgeStyle look = styleFor(m_kind, index, option.palette);
    const QFont font = badgeFont(cell.font, look);
    const QFontMetrics metrics(font);
    const QRect area = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    const int height = qMin(metrics.height() + 2 * kPaddingY, area.height() - 2);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * kPaddingX, qMax(area.width(), 0));
    if (width <= 2 * kPaddingX)
        return;
    const QRectF badge(area.left(), area.top() + (area.height() - height) / 2.0, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (look.border.isValid())
        painter->setPen(QPen(look.border, 1, look.dashed ? Qt::DashLine : Qt::SolidLine));
    else
        painter->setPen(Qt::NoPen);
    painter->setBrush(look.background);
    const QRectF shape = badge.adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(shape, shape.height() / 2, shape.height() / 2);
    painter->setFont(font);
    painter->setPen(look.text);
    // Elide only when the name really does not fit: elidedText() measures a little differently
    // from horizontalAdvance() and would cut names that fit exactly.
    const QRectF textArea = badge.adjusted(kPaddingX, 0, -kPaddingX, 0);
    const int available = width - 2 * kPaddingX;
    const QString shown = metrics.horizontalAdvance(text) <= available
                              ? text
                              : metrics.elidedText(text, Qt::ElideRight, available);
    painter->drawText(textArea, Qt::AlignCenter, shown);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(badgeFont(option.font, styleFor(m_kind, index, option.palette)));
    hint.setWidth(
        qMax(hint.width(), metrics.horizontalAdvance(text) + 2 * (kPaddingX + kCellMargin)));
    hint.setHeight(qMax(hint.height(), metrics.height() + 2 * kPaddingY + 4));
    return hint;
}

int StatusBadgeDelegate::widestBadgeWidth(const QFont &cellFont) const
{
    int widest = 0;
    const auto measure = [&](const BadgeStyle &style, const QString &text) {
        const QFontMetrics metrics(badgeFont(cellFont, style));
        widest = qMax(widest, metrics.horizontalAdvance(text) + 2 * (kPaddingX + kCellMargin));
    };
    // Only the weight changes a badge's width, and it is the same in both schemes.
    if (m_kind == Kind::Status) {
        for (const Status status : kAllStatuses)
            measure(badgeStyle(status, ColourScheme::Light), statusDisplayName(status));
    } else {
        for (const Priority priority : kAllPriorities)
            measure(badgeStyle(priority, ColourScheme::Light), priorityDisplayName(priority));
    }
    return widest;
}

} // namespace fentu
