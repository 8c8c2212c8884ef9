#include "itemmodels/statusfiltermodel.h"

#include "itemmodels/statuscounter.h"

#include <QLocale>

namespace fentu {

namespace {

constexpr int kRows = int(kAllStatuses.size()) + 1;

} // namespace

StatusFilterModel::StatusFilterModel(StatusCounter *counter, QObject *parent)
    : QAbstractListModel(parent), m_counter(counter)
{
    if (counter)
        connect(counter, &StatusCounter::countsChanged, this, &StatusFilterModel::countsChanged);
}

std::optional<Status> StatusFilterModel::statusAt(int row) const
{
    if (row < 1 || row >= kRows)
        return std::nullopt;
    return kAllStatuses[size_t(row - 1)];
}

int StatusFilterModel::rowOf(std::optional<Status> status) const
{
    for (int row = 1; status && row < kRows; ++row) {
        if (kAllStatuses[size_t(row - 1)] == *status)
            return row;
    }
    return 0;
}

int StatusFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRows;
}

QVariant StatusFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<Status> status = statusAt(index.row());
    const int count = m_counter ? m_counter->countOf(status) : -1;
    const QString name = status ? statusDisplayName(*status) : tr("All statuses");
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case CountRole:
        return count;
    case StatusRole:
        return status ? statusToApi(*status) : QString();
    case Qt::ToolTipRole:
        return count < 0 ? QVariant() : QVariant(tr("%n work order(s)", nullptr, count));
    case Qt::AccessibleTextRole:
        // The count is painted apart from the name; a screen reader hears both.
        return count < 0 ? name : tr("%1, %2").arg(name, QLocale().toString(count));
    default:
        return {};
    }
}

void StatusFilterModel::countsChanged()
{
    emit dataChanged(index(0), index(kRows - 1),
                     {CountRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace fentu
