#include "itemmodels/namechoicemodel.h"

#include "itemmodels/naturalcompare.h"

#include <algorithm>

namespace fentu {

namespace {

QString shownName(const NameChoice &choice)
{
    return choice.name.isEmpty() ? choice.id : choice.name;
}

} // namespace

NameChoiceModel::NameChoiceModel(const QString &anyText, QObject *parent)
    : QAbstractListModel(parent), m_anyText(anyText)
{}

void NameChoiceModel::clear()
{
    if (m_choices.isEmpty())
        return;
    beginRemoveRows({}, 1, int(m_choices.size()));
    m_choices.clear();
    endRemoveRows();
}

void NameChoiceModel::addChoices(const QList<NameChoice> &choices)
{
    for (const NameChoice &choice : choices) {
        if (choice.id.isEmpty())
            continue;
        if (const int row = rowOfId(choice.id); row > 0) {
            NameChoice &held = m_choices[row - 1];
            if (held.name.isEmpty() && !choice.name.isEmpty()) {
                // Rare (an id seen before its name): remove and re-add to keep the order.
                beginRemoveRows({}, row, row);
                m_choices.removeAt(row - 1);
                endRemoveRows();
            } else {
                continue;
            }
        }
        const auto less = [](const NameChoice &a, const NameChoice &b) {
            const int order = naturalCompare(shownName(a), shownName(b));
            return order != 0 ? order < 0 : a.id < b.id;
        };
        const auto at = std::lower_bound(m_choices.begin(), m_choices.end(), choice, less);
        const int index = int(at - m_choices.begin());
        beginInsertRows({}, index + 1, index + 1);
        m_choices.insert(index, choice);
        endInsertRows();
    }
}

int NameChoiceModel::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return 0;
    // Linear: lookups are a few hundred names and this runs on user actions, not per paint.
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].id == id)
            return i + 1;
    }
    return -1;
}

QString NameChoiceModel::idAt(int row) const
{
    return row >= 1 && row <= m_choices.size() ? m_choices[row - 1].id : QString();
}

QString NameChoiceModel::nameAt(int row) const
{
    return row >= 1 && row <= m_choices.size() ? m_choices[row - 1].name : QString();
}

int NameChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size()) + 1;
}

QVariant NameChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool any = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return any ? m_anyText : shownName(m_choices[index.row() - 1]);
    case IdRole:
        return any ? QString() : m_choices[index.row() - 1].id;
    default:
        return {};
    }
}

} // namespace fentu
