#pragma once

#include <QStyledItemDelegate>

namespace fentu {

/// Writes a dimmed placeholder ("Unassigned") in a cell whose value is missing, so an empty
/// cell reads as a fact about the order rather than as data that failed to load. Sorting and
/// search still see the empty value.
class PlaceholderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    PlaceholderDelegate(QString placeholder, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString m_placeholder;
};

} // namespace fentu
