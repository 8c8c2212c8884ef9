#include "placeholderdelegate.h"

namespace fentu {

PlaceholderDelegate::PlaceholderDelegate(QString placeholder, QObject *parent)
    : QStyledItemDelegate(parent), m_placeholder(std::move(placeholder))
{}

void PlaceholderDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty())
        return;
    option->text = m_placeholder;
    option->font.setItalic(true);
    // The placeholder colour is dimmer than text, yet stays readable on a selected row.
    const QColor dim = option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, dim);
}

} // namespace fentu
