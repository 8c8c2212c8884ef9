#pragma once

#include <QStyledItemDelegate>

namespace fentu {

/// Paints a row of SavedViewListModel: the name (bold for the view shown, with "changed"
/// when it was changed by hand since), its Ctrl+N shortcut, and its count right-aligned.
class ViewListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fentu
