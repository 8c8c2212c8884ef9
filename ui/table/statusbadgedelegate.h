#pragma once

#include <QStyledItemDelegate>

namespace fentu {

/// Paints a work order's status or priority as a rounded badge: a colour per value AND the
/// value's name, so the cell reads the same to someone who cannot tell the colours apart.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind
    {
        Status,
        Priority
    };

    explicit StatusBadgeDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The width of a cell that shows the widest badge of its kind, in this language, whichever
    /// values the rows happen to hold: "Dringend" must not be cut because page 1 had none.
    int widestBadgeWidth(const QFont &cellFont) const;

private:
    Kind m_kind;
};

} // namespace fentu
