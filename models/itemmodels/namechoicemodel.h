#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace fentu {

/// One pickable customer or technician.
struct NameChoice
{
    QString id;
    QString name; // may be empty; the id is shown then
    friend bool operator==(const NameChoice &, const NameChoice &) = default;
};

/// A pick list of customers or technicians for a searchable combo box: row 0 is the "any"
/// entry (empty id), then the choices sorted by name. Choices are only ever added (so a view's
/// current row survives every lookup that arrives later), until another server makes them
/// meaningless: clear().
class NameChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        // QString; empty for the "any" row. Qt::UserRole, the role QComboBox's itemData() and
        // findData() read by default: a combo over this model reads ids as one with own items.
        IdRole = Qt::UserRole,
    };

    explicit NameChoiceModel(const QString &anyText, QObject *parent = nullptr);

    /// Adds the choices whose id is new (and fills in a name still missing); empty ids are
    /// ignored. Each lands at its sorted place.
    void addChoices(const QList<NameChoice> &choices);
    /// Drops every choice but "any": another server's customers and technicians are other
    /// people, whatever their ids.
    void clear();
    /// -1 when not held; 0 for an empty id.
    int rowOfId(const QString &id) const;
    QString idAt(int row) const;
    QString nameAt(int row) const;
    /// Choices without the "any" row.
    int choiceCount() const { return int(m_choices.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_anyText;
    QList<NameChoice> m_choices; // sorted by shown name
};

} // namespace fentu
