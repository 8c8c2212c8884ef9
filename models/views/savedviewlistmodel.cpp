#include "views/savedviewlistmodel.h"

#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace fentu {

int SavedViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return view.name;
    case Qt::ToolTipRole: {
        WorkOrderFilter shown = view.filter;
        shown.quickSearch = view.search;
        QString tip = view.dateRule == DateRule::Fixed
                          ? shown.summary()
                          : tr("%1 · Dates: %2").arg(shown.summary(), dateRuleName(view.dateRule));
        if (view.dateRule != DateRule::Fixed && !shown.fromDate.isValid() &&
            !shown.toDate.isValid() && shown.isEmpty())
            tip = tr("Dates: %1").arg(dateRuleName(view.dateRule));
        // Names from the server or a shared file: shown as the characters they are.
        return plainToolTip(tip);
    }
    case Qt::AccessibleDescriptionRole: {
        const int count = m_counts.value(view.id, -1);
        return count < 0 ? QString() : tr("%n work order(s)", nullptr, count);
    }
    case IdRole:
        return view.id;
    case CountRole:
        return m_counts.value(view.id, -1);
    case ShortcutRole:
        if (index.row() >= ShortcutCount)
            return QString();
        // As QKeySequence writes it (no Qt Gui below the widgets).
        return tr("Ctrl+%1").arg(index.row() + 1);
    case CurrentRole:
        return view.id == m_currentId;
    case ChangedRole:
        return view.id == m_currentId && m_changed;
    default:
        return {};
    }
}

Qt::ItemFlags SavedViewListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SavedViewListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "viewId");
    names.insert(CountRole, "count");
    names.insert(ShortcutRole, "shortcut");
    names.insert(CurrentRole, "current");
    names.insert(ChangedRole, "changed");
    return names;
}

void SavedViewListModel::setViews(const QList<SavedView> &views)
{
    beginResetModel();
    m_views = views;
    // Counts of views that are gone, or whose filter changed, are of no use.
    QHash<QString, int> kept;
    for (const SavedView &view : m_views) {
        if (m_counts.contains(view.id))
            kept.insert(view.id, m_counts.value(view.id));
    }
    m_counts = kept;
    endResetModel();
}

int SavedViewListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).id == id)
            return row;
    }
    return -1;
}

void SavedViewListModel::setCount(const QString &id, int count)
{
    if (m_counts.value(id, -1) == count)
        return;
    m_counts.insert(id, count);
    emitRowChanged(id, {CountRole, Qt::AccessibleDescriptionRole});
}

void SavedViewListModel::clearCounts()
{
    if (m_counts.isEmpty())
        return;
    m_counts.clear();
    if (!m_views.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {CountRole});
}

void SavedViewListModel::setCurrent(const QString &id, bool changed)
{
    if (id == m_currentId && changed == m_changed)
        return;
    const QString previous = std::exchange(m_currentId, id);
    m_changed = changed;
    emitRowChanged(previous, {CurrentRole, ChangedRole});
    if (id != previous)
        emitRowChanged(id, {CurrentRole, ChangedRole});
}

void SavedViewListModel::emitRowChanged(const QString &id, const QList<int> &roles)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

} // namespace fentu
