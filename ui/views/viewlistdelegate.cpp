#include "viewlistdelegate.h"

#include "views/savedviewlistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace fentu {

namespace {

constexpr int kGap = 8;

QColor secondary(QColor color, bool selected)
{
    if (!selected)
        color.setAlphaF(0.7f); // secondary to the name, still readable
    return color;
}

} // namespace

void ViewListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QString name = opt.text;
    opt.text.clear(); // the style paints background, selection and focus; the text is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -4, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const bool current = index.data(SavedViewListModel::CurrentRole).toBool();
    if (index.data(SavedViewListModel::ChangedRole).toBool())
        name = tr("%1 (changed)").arg(name);

    painter->save();
    QRect nameRect = area;
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const int count = index.data(SavedViewListModel::CountRole).toInt();
    if (count >= 0) {
        const QString text = QLocale().toString(count);
        painter->setFont(opt.font);
        painter->setPen(secondary(textColor, selected));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
        nameRect.setRight(area.right() - QFontMetrics(opt.font).horizontalAdvance(text) - kGap);
    }
    const QString shortcut = index.data(SavedViewListModel::ShortcutRole).toString();
    if (!shortcut.isEmpty()) {
        // Before the count, smaller: a hint, not a value.
        painter->setFont(small);
        painter->setPen(secondary(textColor, selected));
        painter->drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter, shortcut);
        nameRect.setRight(nameRect.right() - smallMetrics.horizontalAdvance(shortcut) - kGap);
    }
    QFont nameFont = opt.font;
    nameFont.setBold(current);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

QSize ViewListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    // Room for a shortcut and a six-digit count, so counts arriving never widen the list.
    size.rwidth() += 3 * kGap + metrics.horizontalAdvance(QStringLiteral("Ctrl+9 000000"));
    size.setHeight(qMax(size.height(), metrics.height() + 8));
    return size;
}

} // namespace fentu
