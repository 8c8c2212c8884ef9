#pragma once

#include "colourscheme.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace fentu {

/// Puts a "pending" mark (a small clock) before the value of a row whose local edits have not
/// reached the server yet (WorkOrderTableModel::PendingRole); the model's tooltip says it in
/// words, so the mark never relies on colour alone.
class PendingMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PendingMarkDelegate(QObject *parent = nullptr);

    /// The mark in `scheme`'s colours, drawn in code so it shows on a desktop without an icon
    /// theme.
    static QIcon pendingIcon(ColourScheme scheme);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_lightIcon;
    QIcon m_darkIcon;
};

} // namespace fentu
