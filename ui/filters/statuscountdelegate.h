#pragma once

#include <QStyledItemDelegate>

namespace fentu {

/// Paints a row of StatusFilterModel: the status's badge colour as a small swatch (the name
/// beside it, so colour is never the only cue), the name, and its count right-aligned.
class StatusCountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fentu
