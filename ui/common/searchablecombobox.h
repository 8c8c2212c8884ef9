#pragma once

#include <QComboBox>
#include <QList>
#include <QString>
#include <QTimer>

namespace fentu {

class NameChoiceModel;

/// An editable combo box of named things with ids (customers, contacts, technicians) that
/// finds its entries by any part of their name, case-insensitively: type to search, arrows and
/// Enter to pick from the matches. Typing never invents an entry. An optional first entry with
/// an empty id stands for "none" ("Any customer", "Unassigned").
///
/// Text that names no entry is treated as its place needs:
/// - over a shared NameChoiceModel (the filter dock, which applies at once): the text only
///   searches. After a pause, text that names exactly one entry selects it and empty text
///   selects "any"; leaving the field puts back the name of the current entry.
/// - with its own list (the order form, checked on Save): the text is the value. currentId()
///   is the entry it names exactly, at once, and hasUnmatchedText() lets Save refuse a name
///   that is no entry.
class SearchableComboBox : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int TypingDelayMs = 250;

    struct Entry
    {
        QString id;
        QString name;
        QString hint; // shown as the entry's tooltip, e.g. an address
    };

    /// With a list of its own (setEntries(), setNoneText()).
    explicit SearchableComboBox(QWidget *parent = nullptr);
    /// Over `choices` (not owned; it only grows, row 0 being "any"), which it shows as is.
    explicit SearchableComboBox(NameChoiceModel *choices, QWidget *parent = nullptr);

    /// Own list: the entry meaning "none" (empty id); empty text: no such entry.
    void setNoneText(const QString &text);
    /// Own list: replaces the entries, keeping the current id selected (added if missing).
    void setEntries(const QList<Entry> &entries);
    /// Selects `id`. An unknown id is added named `name` to an own list; over shared choices
    /// it selects "any".
    void setCurrentId(const QString &id, const QString &name = {});
    /// The chosen id; empty for "none" (and, with an own list, for text that names no entry).
    QString currentId() const;
    /// The shown name of the chosen entry; empty for "none".
    QString currentName() const;
    /// True when the typed text names no entry (the user typed something unknown).
    bool hasUnmatchedText() const;

signals:
    /// The chosen id changed, by the user or by code.
    void currentIdChanged(const QString &id);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool typedTextSearchesOnly() const { return m_choices != nullptr; }
    void addEntry(const Entry &entry);
    void matchTypedText();
    void restoreText();
    QString shownText(int index) const;
    void emitIfChanged();

    NameChoiceModel *m_choices = nullptr; // null: an own list
    QString m_noneText;
    QTimer m_typing;
    QString m_lastId; // the id last announced
};

} // namespace fentu
