#include "statuscountdelegate.h"

#include "badgestyle.h"

#include "itemmodels/statusfiltermodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace fentu {

namespace {

constexpr int kGap = 8;

QString countText(const QModelIndex &index)
{
    const int count = index.data(StatusFilterModel::CountRole).toInt();
    return count < 0 ? QString() : QLocale().toString(count);
}

int swatchSize(const QFontMetrics &metrics)
{
    return metrics.height() * 2 / 3;
}

} // namespace

void StatusCountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear(); // the style paints background, selection and focus; the text is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // A little air at the right edge, so the count never touches the frame.
    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(0, 0, -4, 0);
    const QFontMetrics metrics(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setFont(opt.font);
    const int swatch = swatchSize(metrics);
    QRect nameRect = area.adjusted(swatch + kGap, 0, 0, 0);
    const QString status = index.data(StatusFilterModel::StatusRole).toString();
    if (const auto parsed = statusFromApi(status)) {
        const BadgeStyle badge = badgeStyle(*parsed, colourSchemeOf(opt.palette));
        const QRect box(area.left(), area.center().y() - swatch / 2, swatch, swatch);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(badge.border.isValid() ? badge.border : badge.text);
        painter->setBrush(badge.background);
        painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    }
    const QString count = countText(index);
    if (!count.isEmpty()) {
        QColor countColor = textColor;
        if (!selected)
            countColor.setAlphaF(0.7f); // secondary to the name, still readable
        painter->setPen(countColor);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, count);
        nameRect.setRight(area.right() - metrics.horizontalAdvance(count) - kGap);
    }
    painter->setPen(textColor);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

QSize StatusCountDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    // Room for the swatch and a five-digit count, so counts arriving never widen the list.
    size.rwidth() +=
        swatchSize(metrics) + 2 * kGap + metrics.horizontalAdvance(QStringLiteral("00000"));
    size.setHeight(qMax(size.height(), metrics.height() + 6));
    return size;
}

} // namespace fentu
