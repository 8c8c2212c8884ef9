#pragma once

#include <QComboBox>
#include <QList>
#include <QString>

namespace fentu {

/// A searchable combo box of named things with ids (customers, contacts, technicians): the
/// user types any part of a name and picks from the matches. An optional first entry with an
/// empty id stands for "none" ("Unassigned"). The selection survives a refill of the list.
class IdComboBox : public QComboBox
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString name;
        QString hint; // shown after the name, e.g. an address or "inactive"
    };

    explicit IdComboBox(QWidget *parent = nullptr);

    /// The entry meaning "none" (empty id); empty text: no such entry.
    void setNoneText(const QString &text);
    /// Replaces the list, keeping the current id selected (added if the new list lacks it).
    void setEntries(const QList<Entry> &entries);
    /// Selects `id`; adds it named `name` if the list does not hold it yet.
    void setCurrentId(const QString &id, const QString &name = {});
    /// The chosen id; empty for "none" or when the typed text names no entry.
    QString currentId() const;
    /// True when the typed text names no entry (the user typed something unknown).
    bool hasUnmatchedText() const;

signals:
    /// The chosen id changed (by the user or by code).
    void currentIdChanged(const QString &id);

private:
    void addEntry(const Entry &entry);
    void emitIfChanged();

    QString m_noneText;
    QString m_lastId;
};

} // namespace fentu
