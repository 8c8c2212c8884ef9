#include "pendingmarkdelegate.h"

#include "markcolours.h"

#include "itemmodels/workordertablemodel.h"

#include <QPainter>
#include <QPixmap>

namespace fentu {

PendingMarkDelegate::PendingMarkDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_lightIcon(pendingIcon(ColourScheme::Light)),
      m_darkIcon(pendingIcon(ColourScheme::Dark))
{}

QIcon PendingMarkDelegate::pendingIcon(ColourScheme scheme)
{
    const MarkColours colours = markColours(scheme);
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal pen = size / 10.0;
        const QRectF face = QRectF(0, 0, size, size).adjusted(pen, pen, -pen, -pen);
        painter.setPen(QPen(colours.pendingRim, pen));
        painter.setBrush(colours.pendingFace);
        painter.drawEllipse(face);
        // Clock hands: "waiting".
        const QPointF centre = face.center();
        painter.setPen(QPen(colours.pendingHands, pen, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre, QPointF(centre.x(), face.top() + face.height() * 0.22));
        painter.drawLine(centre, QPointF(face.right() - face.width() * 0.25, centre.y()));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void PendingMarkDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(WorkOrderTableModel::PendingRole).toBool())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    // The view's palette at paint time: the mark follows a switch to dark at once.
    option->icon = colourSchemeOf(option->palette) == ColourScheme::Dark ? m_darkIcon : m_lightIcon;
    option->decorationSize =
        option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
}

} // namespace fentu
