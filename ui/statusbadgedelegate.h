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

private:
    Kind m_kind;
};

} // namespace fentu
