#pragma once

#include "views/savedview.h"

#include <QAbstractListModel>
#include <QHash>

namespace fentu {

/// The saved views as the Views list shows them: the name, its Ctrl+N shortcut, how many
/// cached orders it holds, and which one the window shows (and whether it was changed since).
class SavedViewListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CountRole,    // int; -1 while not known
        ShortcutRole, // "Ctrl+1"... for the first nine, empty after
        CurrentRole,  // bool: the view the window shows
        ChangedRole,  // bool: the current view, changed by hand since it was chosen
    };
    /// Views reached by Ctrl+1 … Ctrl+9.
    static constexpr int ShortcutCount = 9;

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<SavedView> &views() const { return m_views; }
    void setViews(const QList<SavedView> &views);
    /// The row of the view `id`, or -1.
    int rowOf(const QString &id) const;
    void setCount(const QString &id, int count);
    void clearCounts();
    void setCurrent(const QString &id, bool changed);
    QString currentId() const { return m_currentId; }
    bool isCurrentChanged() const { return m_changed; }

private:
    void emitRowChanged(const QString &id, const QList<int> &roles);

    QList<SavedView> m_views;
    QHash<QString, int> m_counts;
    QString m_currentId;
    bool m_changed = false;
};

} // namespace fentu
